"""``read_certificate``: the file's kind, its text (text layer or OCR), then the fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rxtracker.exchange.certificates.fields import (
    find_eprofile,
    find_participant,
    find_provider,
    find_title,
)
from rxtracker.exchange.certificates.layout import prepare
from rxtracker.exchange.certificates.limits import open_checked
from rxtracker.exchange.certificates.numbers import find_date, find_hours, find_uan
from rxtracker.exchange.certificates.pdf_text import (
    MIN_TEXT_CHARS,
    open_pdf,
    page_images,
    pdf_text,
)
from rxtracker.exchange.certificates.reading import CertificateReading

if TYPE_CHECKING:
    from PIL.Image import Image

Progress = Callable[[int], None]


def read_certificate(path: Path, *, progress: Progress | None = None) -> CertificateReading:
    """Read the fields of a CE certificate (a PDF, a scanned PDF, a PNG or a JPEG photo).

    Args:
        path: the certificate file.
        progress: called with 0-100 as the reading goes on (OCR takes seconds).

    Returns:
        What was read; fields not found are None, and the ones not sure are in ``unsure``.

    Raises:
        InvalidInput: field "certificate", one line: missing, unreadable, over 25 MB,
            hostile (a PDF bomb, a huge image) or not a PDF, PNG or JPEG file.
    """
    kind, data = open_checked(path)
    if kind != "pdf":
        from rxtracker.exchange.certificates.images import open_image

        return _read_images([open_image(path, data)], progress)
    reader = open_pdf(path, data)
    lines = pdf_text(path, reader)
    if sum(ch.isalpha() for line in lines for ch in line) >= MIN_TEXT_CHARS:
        if progress is not None:
            progress(100)
        return fields_from_lines(prepare(lines))
    return _read_images(page_images(path, reader), progress)


def _read_images(images: list[Image], progress: Progress | None) -> CertificateReading:
    """OCR of straightened images, each line with how sure the recogniser was."""
    from rxtracker.exchange.certificates.images import straighten
    from rxtracker.exchange.certificates.ocr import read_lines
    from rxtracker.exchange.certificates.trust import doubtful_keys

    raw: list[str] = []
    confidences: list[float] = []
    for number, image in enumerate(images):

        def step(percent: int, number: int = number) -> None:
            if progress is not None:
                progress((100 * number + percent) // len(images))

        for line in read_lines(straighten(image), step):
            raw.append(line.text)
            confidences.append(line.confidence)
    lines = prepare(raw)
    reading = fields_from_lines(lines)
    doubtful = doubtful_keys(reading, raw, confidences)
    return fields_from_lines(lines, doubtful)


def fields_from_lines(
    lines: list[str], doubtful: frozenset[str] = frozenset()
) -> CertificateReading:
    """The reading from a certificate's prepared lines of text (``layout.prepare``).

    Args:
        lines: the lines, top to bottom.
        doubtful: keys to mark unsure whatever is found (OCR that was not confident).
    """
    text = "\n".join(lines)
    found = {
        "title": find_title(lines),
        "provider": find_provider(lines),
        "date": find_date(lines),
        "hours": find_hours(text),
        "uan": find_uan(text),
        "participant": find_participant(lines),
        "eprofile_id": find_eprofile(text),
    }
    unsure = {key for key, (value, sure) in found.items() if value is not None and not sure}
    unsure |= {key for key in doubtful if found[key][0] is not None}
    values = {key: value for key, (value, _) in found.items()}
    return CertificateReading(**values, unsure=frozenset(unsure))  # type: ignore[arg-type]
