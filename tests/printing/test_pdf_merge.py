"""Certificate pages added to Qt's report as an incremental update, each after its caption."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPdfWriter

from rxtracker.printing.pdf_merge import finish_packet
from tests.conftest import make_pdf


def _report(path: Path, pages: list[str]) -> Path:
    """A PDF written by Qt, as the packet's report is: one line of text a page."""
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for number, text in enumerate(pages):
        if number:
            writer.newPage()
        painter.drawText(QPointF(100, 100), text)
    painter.end()
    return path


def _two_pages(path: Path, tmp: Path) -> Path:
    joined = PdfWriter()
    for text in ("Certificate A page one", "Certificate A page two"):
        joined.append(str(make_pdf(tmp / f"{text}.pdf", text)))
    joined.write(str(path))
    return path


def test_each_certificate_follows_its_caption_and_the_report_is_kept_as_written(
    tmp_path: Path, qapp: object
) -> None:
    body = _report(tmp_path / "body.pdf", ["Report", "Caption A", "Caption B", "Caption C"])
    first = _two_pages(tmp_path / "a.pdf", tmp_path)
    second = make_pdf(tmp_path / "b.pdf", "Certificate B")
    out = tmp_path / "packet.pdf"
    inserts: list[tuple[int, Path | PdfReader, int]] = [
        (1, first, 2),
        (2, PdfReader(str(second)), 1),
        (3, second, 1),  # the same file twice: two attachments
    ]
    assert finish_packet(body, out, inserts) == 8
    reader = PdfReader(str(out), strict=True)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(texts) == 8
    expected = ["Report", "Caption A", "Certificate A page one", "Certificate A page two",
                "Caption B", "Certificate B", "Caption C", "Certificate B"]  # fmt: skip
    assert all(want in text for want, text in zip(expected, texts, strict=True)), texts
    assert out.read_bytes().startswith(body.read_bytes())  # Qt's pages untouched


def test_without_certificates_the_report_is_copied(tmp_path: Path, qapp: object) -> None:
    body = _report(tmp_path / "body.pdf", ["One", "Two"])
    out = tmp_path / "packet.pdf"
    assert finish_packet(body, out, []) == 2
    assert out.read_bytes() == body.read_bytes()
