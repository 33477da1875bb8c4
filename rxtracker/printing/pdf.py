"""Rendering the audit packet and the team report to PDF with QPdfWriter (QtGui only).

Works headless: with no display, Qt's "offscreen" platform is used. The report is drawn
page by page (``page_printer``); then each stored certificate follows as an attachment: an
image is drawn on its own page under a caption; a PDF gets a caption page and then its own
pages, inserted with ``pypdf``. A certificate that cannot be read is still named on a
caption page with its SHA-256, so the packet never silently drops one.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from rxtracker.disk import atomic_path
from rxtracker.exchange.packet import SHEET as PACKET_SHEET
from rxtracker.exchange.printable import Block, Sheet
from rxtracker.i18n import translate
from rxtracker.printing.fonts import print_font, register_fonts
from rxtracker.printing.page_printer import PagePrinter
from rxtracker.services.report import AuditReport, PacketFile
from rxtracker.services.team_report import REPORT_SHEET, TITLE, TeamReport

if TYPE_CHECKING:
    from pypdf import PdfReader

_APP: list[QGuiApplication] = []  # keeps the application alive for the process
logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged certificate is reported once
_RESOLUTION = 300
_MARGIN_MM = 15.0
#: Certificate PDFs kept open between their caption and the merge (bytes, all together);
#: the rest are opened again when their pages are added.
_KEEP_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The PDF written."""

    path: Path
    report_pages: int
    total_pages: int
    appended: tuple[int, ...]  # attachment numbers whose file was appended
    unreadable: tuple[int, ...]  # attachment numbers only named (file missing or damaged)


def ensure_gui_application() -> None:
    """Create a QGuiApplication if none exists (offscreen when there is no display).

    Also registers the shipped print font, so every render uses it.
    """
    if QGuiApplication.instance() is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication(["rxtracker"]))
    register_fonts()


def _writer(path: Path, title: str, margin_mm: float, *, landscape: bool = False) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            orientation,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("rxtracker")
    return writer


def render_blocks(
    blocks: Iterable[Block],
    sheet: Sheet,
    out: Path,
    title: str,
    on_rows: Callable[[int], None] | None = None,
) -> int:
    """Write printed blocks as a PDF, page by page (written aside, renamed into place).

    ``on_rows(rows drawn)`` is called every hundred table rows; an exception it raises
    (the user's Cancel) stops the writing and leaves nothing under ``out``.

    Returns:
        The number of pages.
    """
    ensure_gui_application()
    with atomic_path(out) as tmp:
        writer = _writer(tmp, title, margin_mm=0, landscape=sheet.landscape)
        painter = QPainter(writer)
        try:
            pages = PagePrinter(writer, painter, sheet, on_rows).print_all(blocks)
        finally:
            painter.end()  # writes the PDF's tail: the file is complete
    return pages


def render_team_report(
    report: TeamReport, out: Path, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write the team report as a PDF across the page; returns its pages.

    ``progress(done, total)`` is called as rows are drawn (see ``render_blocks``).
    """
    total = len(report.lines) + len(report.expiring)

    def rows(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    return render_blocks(report.blocks, REPORT_SHEET, out, translate("team_report", TITLE), rows)


def render_packet(
    report: AuditReport, out: Path, progress: Callable[[int, int], None] | None = None
) -> RenderResult:
    """Write the packet's PDF to ``out`` (written aside, then renamed into place).

    The report is drawn page by page, each certificate's caption page (an image drawn on
    it) after it in the same file; a PDF certificate's own pages are then inserted after
    its caption, with every script taken out. ``progress(done, total)`` is called as rows
    are drawn and certificates added; an exception it raises stops the writing.
    """
    ensure_gui_application()
    title = translate("pdf", "CE audit packet: {person}, {credential}").format(
        person=report.packet.person_name, credential=report.packet.credential_name
    )
    total = len(report.packet.activities) + len(report.packet.certificates) + len(report.files)

    def rows(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    with tempfile.TemporaryDirectory(prefix="rxtracker-pdf-") as work:
        body = Path(work) / "report.pdf"
        writer = _writer(body, title, margin_mm=0)
        painter = QPainter(writer)
        try:
            printer = PagePrinter(writer, painter, PACKET_SHEET, rows)
            report_pages = printer.print_all(report.blocks)
            done = printer.rows
            attached = _Attachments(writer, painter, title, report_pages)
            for item in report.files:
                attached.add(item)
                done += 1
                rows(done)
        finally:
            painter.end()  # writes the PDF's tail: the file is complete
        from rxtracker.printing.pdf_merge import finish_packet  # pypdf: imported on use

        total_pages = finish_packet(body, out, attached.inserts)
    return RenderResult(
        out,
        report_pages,
        total_pages,
        tuple(attached.appended),
        tuple(attached.unreadable),
    )


class _Attachments:
    """Caption pages drawn after the report; the PDF certificates to insert after them."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, title: str, pages: int) -> None:
        self.writer, self.painter, self.title, self.pages = writer, painter, title, pages
        self.inserts: list[tuple[int, Path | PdfReader, int]] = []  # (caption page, file, pages)
        self.captions = pages  # pages Qt has drawn so far (the report's, then captions)
        self.kept = 0  # bytes of the certificates kept open (read once, up to _KEEP_BYTES)
        self.appended: list[int] = []
        self.unreadable: list[int] = []

    def add(self, item: PacketFile) -> None:
        """Draw ``item``'s caption page (and image); note a PDF's pages to insert."""
        self.writer.newPage()
        self.pages += 1
        self.captions += 1
        if item.media_type.startswith("image/"):
            image = QImage(str(item.path))
            shown = None if image.isNull() else image
            _caption_page(self.writer, self.painter, item, shown)
            (self.appended if shown else self.unreadable).append(item.number)
            return
        reader, problem = _pdf_reader(item.path)
        count = len(reader.pages) if reader is not None else 0
        _caption_page(self.writer, self.painter, item, None, follows=count, problem=problem)
        if reader is None:
            self.unreadable.append(item.number)
            return
        size = item.path.stat().st_size
        keep = self.kept + size <= _KEEP_BYTES
        self.kept += size if keep else 0
        self.inserts.append((self.captions - 1, reader if keep else item.path, count))
        self.appended.append(item.number)
        self.pages += count


def _pdf_reader(path: Path) -> tuple[PdfReader | None, str]:
    """A certificate PDF opened with its pages counted, or the problem that stops reading it."""
    from pypdf import PdfReader  # imported on use: pypdf costs 0.1 s at start-up
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise PdfReadError("the file is encrypted")
        len(reader.pages)  # reads the page tree: a damaged one fails here
        return reader, ""
    except (OSError, PdfReadError, ValueError) as exc:
        return None, str(exc)


def _caption_page(
    writer: QPdfWriter,
    painter: QPainter,
    item: PacketFile,
    image: QImage | None,
    *,
    follows: int = 0,
    problem: str = "",
) -> None:
    margin = _MARGIN_MM / 25.4 * _RESOLUTION
    area = QRectF(writer.pageLayout().fullRectPixels(_RESOLUTION))
    area = area.adjusted(margin, margin, -margin, -margin)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    painter.setPen(QColor("#000000"))
    painter.setFont(print_font(14, bold=True))
    heading = translate("pdf", "Attachment {number}").format(number=item.number)
    top = painter.drawText(area, flags, heading)  # returns the rectangle the text took
    body = QRectF(area.left(), top.bottom() + 30, area.width(), area.height())
    painter.setFont(print_font(10))
    text = _caption_text(item, image is not None, follows, problem)
    used = painter.drawText(body, flags, text)
    if image is not None:
        space = QRectF(area.left(), used.bottom() + 60, area.width(), 0)
        space.setBottom(area.bottom())
        _draw_fitted(painter, image, space)


def _draw_fitted(painter: QPainter, image: QImage, space: QRectF) -> None:
    """Draw ``image`` as large as fits in ``space``, centred horizontally, with a frame."""
    size = image.size().scaled(
        int(space.width()), int(space.height()), Qt.AspectRatioMode.KeepAspectRatio
    )
    left = space.left() + (space.width() - size.width()) / 2
    target = QRectF(left, space.top(), size.width(), size.height())
    painter.drawImage(target, image)
    painter.drawRect(target)


def _caption_text(item: PacketFile, has_image: bool, follows: int, problem: str) -> str:
    lines = [
        translate("pdf", "Certificate for \u201c{title}\u201d").format(title=item.activity_title),
        translate("pdf", "{person}, completed {date}").format(
            person=item.person_name, date=f"{item.completed_on:%m/%d/%Y}"
        ),
        translate("pdf", "File: {name}").format(name=item.original_name),
        f"SHA-256: {item.sha256}",
    ]
    if problem or (not has_image and not follows and item.media_type.startswith("image/")):
        unread = (
            translate(
                "pdf",
                "The stored file could not be read ({problem}); "
                "it is identified by the fingerprint above.",
            )
            if problem
            else translate(
                "pdf",
                "The stored file could not be read; it is identified by the fingerprint above.",
            )
        )
        lines.append(unread.format(problem=problem))
    elif follows:
        lines.append(
            translate("pdf", "The certificate's page follows.")
            if follows == 1
            else translate("pdf", "The certificate's %n pages follow.", None, follows)
        )
    return "\n".join(lines)
