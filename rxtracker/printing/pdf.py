"""Rendering the audit packet to PDF with Qt's own QTextDocument and QPdfWriter (QtGui only).

Works headless: with no display, Qt's "offscreen" platform is used. The report is rendered
first; then each stored certificate follows as an attachment: an image is drawn on its own
page under a caption; a PDF gets a caption page and then its own pages, appended with
``pypdf``. A certificate that cannot be read is still named on a caption page with its
SHA-256, so the packet never silently drops one.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from rxtracker.disk import atomic_path
from rxtracker.printing.fonts import print_font, register_fonts
from rxtracker.services.report import AuditReport, PacketFile

if TYPE_CHECKING:
    from pypdf import PdfWriter

_APP: list[QGuiApplication] = []  # keeps the application alive for the process
logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged certificate is reported once
_RESOLUTION = 300
_MARGIN_MM = 15.0


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


def _writer(path: Path, title: str, margin_mm: float = _MARGIN_MM) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("rxtracker")
    return writer


def render_html(html: str, out: Path, title: str, *, landscape: bool = False) -> int:
    """Write an HTML document as a PDF (written aside, renamed into place); returns pages."""
    from pypdf import PdfReader  # imported on use: pypdf costs 0.1 s at start-up

    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(print_font(9))
    document.setHtml(html)
    with atomic_path(out) as tmp:
        writer = _writer(tmp, title, margin_mm=0)
        if landscape:
            writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        document.print_(writer)
        del writer  # QPdfWriter finishes the file when it is destroyed
        pages = len(PdfReader(str(tmp)).pages)
    return pages


def render_packet(report: AuditReport, out: Path) -> RenderResult:
    """Write the packet's PDF to ``out`` (written aside, then renamed into place)."""
    ensure_gui_application()
    packet = report.packet
    title = f"CE audit packet: {packet.person_name}, {packet.credential_name}"
    with tempfile.TemporaryDirectory(prefix="rxtracker-pdf-") as work:
        folder = Path(work)
        body = folder / "report.pdf"
        document = QTextDocument()
        document.setDefaultFont(print_font(10))
        document.setHtml(report.html)
        # print_() lays the document out on pages with its own 2 cm margin and numbers them.
        document.print_(_writer(body, title, margin_mm=0))
        from pypdf import PdfWriter  # imported on use: pypdf costs 0.1 s at start-up

        from rxtracker.printing.pdf_scripts import strip_scripts

        merged = PdfWriter()
        merged.append(str(body))
        report_pages = len(merged.pages)
        appended, unreadable = [], []
        for item in report.files:
            if _append(merged, item, folder, title):
                appended.append(item.number)
            else:
                unreadable.append(item.number)
        strip_scripts(merged)  # a certificate's JavaScript never reaches the auditor
        merged.add_metadata({"/Title": title, "/Creator": "rxtracker"})
        with atomic_path(out) as tmp, tmp.open("wb") as handle:
            merged.write(handle)
        total = len(merged.pages)
    return RenderResult(out, report_pages, total, tuple(appended), tuple(unreadable))


def _append(merged: PdfWriter, item: PacketFile, folder: Path, title: str) -> bool:
    """Append one certificate; False when only its caption could be written."""
    page = folder / f"attachment-{item.number}.pdf"
    if item.media_type.startswith("image/"):
        image = QImage(str(item.path))
        _caption_page(page, item, title, image if not image.isNull() else None)
        merged.append(str(page))
        return not image.isNull()
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(item.path))
        if reader.is_encrypted:
            raise PdfReadError("the file is encrypted")
        pages = len(reader.pages)
    except (OSError, PdfReadError, ValueError) as exc:
        _caption_page(page, item, title, None, problem=str(exc))
        merged.append(str(page))
        return False
    _caption_page(page, item, title, None, follows=pages)
    merged.append(str(page))
    merged.append(reader)
    return True


def _caption_page(
    path: Path,
    item: PacketFile,
    title: str,
    image: QImage | None,
    *,
    follows: int = 0,
    problem: str = "",
) -> None:
    writer = _writer(path, title)
    painter = QPainter(writer)
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(_RESOLUTION))
        area.moveTo(0, 0)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        painter.setFont(print_font(14, bold=True))
        heading = f"Attachment {item.number}"
        top = painter.boundingRect(area, flags, heading)
        painter.drawText(area, flags, heading)
        body = QRectF(area.left(), top.bottom() + 30, area.width(), area.height())
        painter.setFont(print_font(10))
        text = _caption_text(item, image is not None, follows, problem)
        used = painter.boundingRect(body, flags, text)
        painter.drawText(body, flags, text)
        if image is not None:
            space = QRectF(area.left(), used.bottom() + 60, area.width(), 0)
            space.setBottom(area.bottom())
            _draw_fitted(painter, image, space)
    finally:
        painter.end()


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
        f"Certificate for \u201c{item.activity_title}\u201d",
        f"{item.person_name}, completed {item.completed_on:%m/%d/%Y}",
        f"File: {item.original_name}",
        f"SHA-256: {item.sha256}",
    ]
    if problem or (not has_image and not follows and item.media_type.startswith("image/")):
        lines.append(
            "The stored file could not be read"
            + (f" ({problem})" if problem else "")
            + "; it is identified by the fingerprint above."
        )
    elif follows:
        noun = "page follows" if follows == 1 else f"{follows} pages follow"
        lines.append(f"The certificate's {noun}.")
    return "\n".join(lines)
