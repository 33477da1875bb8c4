"""The text layer of a PDF certificate, read with pypdf under tight limits."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.exchange.certificates.images import check_pixels
from rxtracker.exchange.certificates.limits import (
    MAX_PAGE_POINTS,
    MAX_PAGES,
    MAX_PAGES_READ,
    MAX_STREAM_BYTES,
    refuse,
)
from rxtracker.i18n import translate

if TYPE_CHECKING:
    from PIL.Image import Image

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damage is reported once, by us

#: Layout mode fails on some fonts where plain extraction still works.
_LAYOUT_FAILS: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    ZeroDivisionError,
    AttributeError,
)

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
            problem = translate(
                "pdf_text", "is a password-protected PDF; save it without a password"
            )
            raise refuse(path, problem)
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise refuse(path, _unreadable(exc)) from None
    if pages == 0:
        raise refuse(path, translate("pdf_text", "is a PDF without pages"))
    if pages > MAX_PAGES:
        problem = translate("pdf_text", "has {pages} pages; a certificate has at most {most}")
        raise refuse(path, problem.format(pages=pages, most=MAX_PAGES))
    for page in list(reader.pages)[:MAX_PAGES_READ]:
        box = page.mediabox
        if max(abs(float(box.width)), abs(float(box.height))) > MAX_PAGE_POINTS:
            raise refuse(path, translate("pdf_text", "has a page far larger than any certificate"))
    return reader


def _page_text(page: Any) -> str:
    """The page's text as laid out (columns kept), else in reading order when layout fails."""
    try:
        return str(page.extract_text(extraction_mode="layout"))
    except _LAYOUT_FAILS:
        return str(page.extract_text(extraction_mode="plain"))


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
                text = _page_text(page)
            except LimitReachedError:
                problem = translate(
                    "pdf_text", "holds data that inflates past any certificate's size"
                )
                raise refuse(path, problem) from None
            except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
                raise refuse(path, _unreadable(exc)) from None
            lines.extend(line.rstrip() for line in text.splitlines() if line.strip())
            if progress is not None:
                progress(int(100 * number / len(pages)))
    return lines


def _image_sizes(path: Path, page: object) -> list[tuple[int, int]]:
    """(width, height) of the images a page draws, read from their dictionaries."""
    from pypdf.generic import DictionaryObject

    assert isinstance(page, DictionaryObject)
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    objects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    objects = objects.get_object() if objects is not None else None
    sizes = []
    for ref in (objects or {}).values():
        item = ref.get_object()
        if isinstance(item, DictionaryObject) and item.get("/Subtype") == "/Image":
            sizes.append((int(item.get("/Width", 0)), int(item.get("/Height", 0))))
    return sizes


def page_images(path: Path, reader: object) -> list[Image]:
    """The largest image of each of the first pages of a scanned PDF, in grey.

    Raises:
        InvalidInput: field "certificate": an image has more pixels than any scan, inflates
            past the limit, or cannot be decoded; or the PDF holds no image at all.
    """
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError, PdfReadError

    assert isinstance(reader, PdfReader)
    found: list[Image] = []
    with apply_configuration(None, **_limits()):
        for page in list(reader.pages)[:MAX_PAGES_READ]:
            sizes = _image_sizes(path, page)
            for width, height in sizes:
                check_pixels(path, width, height)
            if not sizes:
                continue
            try:
                images = [item.image for item in page.images]
            except LimitReachedError:
                problem = translate("pdf_text", "holds an image that inflates past any scan's size")
                raise refuse(path, problem) from None
            except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
                raise refuse(
                    path,
                    translate("pdf_text", "holds an image that cannot be read ({error})").format(
                        error=type(exc).__name__
                    ),
                ) from None
            pictures = [i for i in images if i is not None]
            if pictures:
                found.append(max(pictures, key=lambda i: i.width * i.height).convert("L"))
    if not found:
        raise refuse(path, translate("pdf_text", "has neither text nor a scanned page to read"))
    return found


def _unreadable(exc: Exception) -> str:
    """'is not a readable PDF (PdfReadError)'."""
    return translate("pdf_text", "is not a readable PDF ({error})").format(error=type(exc).__name__)
