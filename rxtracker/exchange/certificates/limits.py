"""Bounds on an untrusted certificate, checked before and while it is parsed."""

from __future__ import annotations

from pathlib import Path

from rxtracker.domain import InvalidInput
from rxtracker.domain.files import check_input_file, display_name
from rxtracker.i18n import translate

#: The certificate store's own limit (services.certificates.MAX_CERTIFICATE_BYTES).
MAX_BYTES = 25 * 1024 * 1024
#: A certificate is one page, a transcript a few; only the first pages are read.
MAX_PAGES_READ = 4
#: A PDF with more pages than this is not a certificate.
MAX_PAGES = 200
#: Pixels of one image (a 12-megapixel phone photo is 12e6): more is a decompression bomb.
MAX_PIXELS = 40_000_000
#: The most one PDF stream may inflate to (a page of text or one scanned page is far less).
MAX_STREAM_BYTES = 60_000_000
#: The sides of a PDF page in points (200 inches): more is not a certificate.
MAX_PAGE_POINTS = 14_400

#: Leading bytes of the accepted file types -> kind.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
)


def refuse(path: Path, problem: str) -> InvalidInput:
    """The one-line error for a certificate that cannot be read (to raise)."""
    return InvalidInput("certificate", f"{display_name(path)} {problem}")


def open_checked(path: Path) -> tuple[str, bytes]:
    """The kind ("pdf", "png", "jpeg") and the bytes of a certificate within the limits.

    Raises:
        InvalidInput: field "certificate": missing, not a file, empty, over 25 MB, or not a
            PDF, PNG or JPEG file.
    """
    check_input_file(path, "certificate", MAX_BYTES, translate("limits", "the limit is 25 MB"))
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise refuse(path, translate("limits", "grew past 25 MB while it was read"))
    head = data[:1024]
    for magic, kind in _MAGIC:
        if head.startswith(magic) or (kind == "pdf" and magic in head):
            return kind, data
    raise refuse(path, translate("limits", "is not a PDF, PNG or JPEG file"))
