"""Real-shaped CPE Monitor exports and CSV files, written by the tests themselves."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import openpyxl

CPE_HEADERS = (
    "Activity Date",
    "ACPE UAN",
    "CreditType",
    "Source",
    "Title",
    "Provider",
    "Topic Designators",
    "Live Hours",
    "Home Hours",
)

Cell = str | int | float | dt.date | dt.datetime | None


def cpe_row(
    date: Cell,
    uan: Cell,
    title: Cell,
    provider: Cell = "Pharmacy Tech Academy",
    live: Cell = 0,
    home: Cell = 1,
    topic: str = "Law (Related to Pharm)",
) -> dict[str, Cell]:
    """One CPE Monitor row by header name."""
    return {
        "Activity Date": date,
        "ACPE UAN": uan,
        "CreditType": "CPE",
        "Source": "ACPE",
        "Title": title,
        "Provider": provider,
        "Topic Designators": topic,
        "Live Hours": live,
        "Home Hours": home,
    }


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[dict[str, Cell] | None],
    *,
    title_rows: Sequence[str] = (),
) -> Path:
    """A workbook with ``headers`` in this order; a None row is a blank row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "CPE Monitor"
    for title in title_rows:
        sheet.append([title])
    sheet.append(list(headers))
    for row in rows:
        sheet.append([] if row is None else [row.get(h) for h in headers])
    book.save(path)
    return path


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[dict[str, Cell] | None],
    *,
    encoding: str = "utf-8",
) -> Path:
    """A CSV with ``headers`` in this order; a None row is a blank line."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(
                [] if row is None else ["" if row.get(h) is None else row.get(h) for h in headers]
            )
    return path
