"""CSV export that is safe to open in a spreadsheet.

A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can be run as a
formula by Excel, LibreOffice or Google Sheets ("CSV injection", OWASP). Such a cell is written
with a leading apostrophe, which spreadsheets show as text and never evaluate.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from rxtracker.disk import atomic_path

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The cell's text, prefixed with an apostrophe when a spreadsheet could run it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(DANGEROUS_FIRST) else text


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a UTF-8 (with BOM, for Excel) CSV with every cell neutralised.

    The file is written beside ``path`` and renamed into place (``atomic_path``, 0600), so a
    failure never leaves a half-written export under the chosen name.

    Returns:
        The number of data rows written.
    """
    count = 0
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([neutralise(c) for c in row])
            count += 1
    return count
