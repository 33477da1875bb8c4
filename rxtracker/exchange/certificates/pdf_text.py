"""The text layer of a PDF certificate, read with pypdf under tight limits."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

from rxtracker.exchange.certificates.limits import (
    MAX_PAGE_POINTS,
    MAX_PAGES,
    MAX_PAGES_READ,
    MAX_STREAM_BYTES,
    refuse,
)

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damage is reported once, by us

#: Fewer letters than this on the first pages means a scan: the pages go to OCR.
MIN_TEXT_CHARS = 40


def _limits() -> dict[str, int]:
    """The bounds of pypdf, lowered to what a certificate can need."""
    return {
        "maximum_declared_stream_length": MAX_STREAM_BYTES,
        "zlib_maximum_output_length": MAX_STREAM_BYTES,
        "lzw_maximum_output_length": MAX_STREAM_BYTES,
        "run_length_maximum_output_length": MAX_STREAM_BYTES,
        "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
        "image_maximum_buffer_size": MAX_STREAM_BYTES,
        "stream_decoding_work_maximum_length": 4 * MAX_STREAM_BYTES,
        "xform_maximum_invocations_per_extraction": 200,
    }


def open_pdf(path: Path, data: bytes) -> object:
    """A pypdf reader for ``data`` with its pages counted and sized within the limits.

    Raises:
        InvalidInput: field "certificate": damaged, encrypted, too many or too big pages.
    """
    from pypdf import PdfReader  # imported on use: pypdf costs 0.1 s at start-up
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise refuse(path, "is a password-protected PDF; save it without a password")
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise refuse(path, f"is not a readable PDF ({type(exc).__name__})") from None
    if pages == 0:
        raise refuse(path, "is a PDF without pages")
    if pages > MAX_PAGES:
        raise refuse(path, f"has {pages} pages; a certificate has at most {MAX_PAGES}")
    for page in list(reader.pages)[:MAX_PAGES_READ]:
        box = page.mediabox
        if max(abs(float(box.width)), abs(float(box.height))) > MAX_PAGE_POINTS:
            raise refuse(path, "has a page far larger than any certificate")
    return reader


def pdf_text(
    path: Path, reader: object, progress: Callable[[int], None] | None = None
) -> list[str]:
    """The lines of text on the first pages (empty for a scan without a text layer).

    Raises:
        InvalidInput: field "certificate": a stream inflates past the limit (a PDF bomb)
            or the PDF is damaged.
    """
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError, PdfReadError

    assert isinstance(reader, PdfReader)
    lines: list[str] = []
    pages = list(reader.pages)[:MAX_PAGES_READ]
    with apply_configuration(None, **_limits()):
        for number, page in enumerate(pages, start=1):
            try:
                text = page.extract_text(extraction_mode="plain")
            except LimitReachedError:
                raise refuse(path, "holds data that inflates past any certificate's size") from None
            except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
                raise refuse(path, f"is not a readable PDF ({type(exc).__name__})") from None
            lines.extend(line.strip() for line in text.splitlines() if line.strip())
            if progress is not None:
                progress(int(100 * number / len(pages)))
    return lines
