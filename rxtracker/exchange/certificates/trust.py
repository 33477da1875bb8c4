"""Which OCR readings to doubt: a value that rests on a line the recogniser was unsure of.

A date, an hours figure or a UAN with one digit misread is worse than none, so each of them
is checked against the lines it was read from; when no line holding it was read with
confidence, the key goes into ``unsure``.
"""

from __future__ import annotations

import re

from rxtracker.exchange.certificates.numbers import dates_in, find_hours
from rxtracker.exchange.certificates.reading import CertificateReading

#: The lowest character probability a line must have for a number on it to be trusted.
TRUSTED = 0.80


def _digits(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def _holds(key: str, reading: CertificateReading, line: str) -> bool:
    if key == "uan":
        return reading.uan is not None and _digits(reading.uan) in _digits(line)
    if key == "date":
        return any(day == reading.date for _, day in dates_in(line))
    if key == "hours":
        return find_hours(line)[0] == reading.hours
    return False


def doubtful_keys(
    reading: CertificateReading, lines: list[str], confidences: list[float]
) -> frozenset[str]:
    """The keys among date, hours and UAN that no confidently read line holds."""
    doubtful = set()
    for key in ("date", "hours", "uan"):
        if getattr(reading, key) is None:
            continue
        support = [
            c for line, c in zip(lines, confidences, strict=True) if _holds(key, reading, line)
        ]
        if not support or max(support) < TRUSTED:
            doubtful.add(key)
    return frozenset(doubtful)
