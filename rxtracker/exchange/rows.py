"""Turning a table's rows into CE activities, each with its problems named.

Every non-blank row gets a ``ParsedRow``: either an activity, or the reasons it cannot be one.
Nothing here knows the database; deduplication against stored records is in ``fates``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from rxtracker.domain import Hours, InvalidInput, parse_uan
from rxtracker.exchange.mapping import ColumnMapping, DateStyle, Field
from rxtracker.exchange.tables import Cell, SourceRow, SourceTable

_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ParsedActivity:
    """An activity read from a row (checked for form; the service checks it again)."""

    title: str
    provider: str
    completed_on: dt.date
    hours: Hours
    uan: str | None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class RowText:
    """A row's fields as written in the file, for the preview."""

    date: str
    title: str
    provider: str
    hours: str
    uan: str


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One row of the file: the activity, or the problems that stop it."""

    line: int
    text: RowText
    activity: ParsedActivity | None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedTable:
    """Every non-blank row, parsed, and how many blank rows were passed over."""

    rows: tuple[ParsedRow, ...]
    blank_rows: int


def parse_table(table: SourceTable, mapping: ColumnMapping, *, uan_required: bool) -> ParsedTable:
    """Parse every row of ``table`` with ``mapping``.

    Raises:
        InvalidInput: the mapping names a column the file does not have.
    """
    mapping.check(table)
    index = {f: table.column(h) for f, h in mapping.columns.items() if h}
    labels = {f: h for f, h in mapping.columns.items() if h}
    parsed: list[ParsedRow] = []
    blank = 0
    for row in table.rows:
        if row.blank:
            blank += 1
            continue
        parsed.append(_parse_row(row, index, labels, mapping.date_style, uan_required))
    return ParsedTable(tuple(parsed), blank)


def _get(row: SourceRow, index: dict[Field, int | None], field: Field) -> Cell:
    column = index.get(field)
    if column is None or column >= len(row.cells):
        return None
    return row.cells[column]


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return format(value, ".10g")
    return " ".join(str(value).split())


def _parse_row(
    row: SourceRow,
    index: dict[Field, int | None],
    labels: dict[Field, str],
    style: DateStyle,
    uan_required: bool,
) -> ParsedRow:
    problems: list[str] = []
    day = _collect(
        problems, lambda: parse_cell_date(_get(row, index, Field.DATE), labels[Field.DATE], style)
    )
    hours = _hours(row, index, labels, problems)
    uan_name = labels.get(Field.UAN, Field.UAN.label)
    uan = _collect(problems, lambda: _uan(_get(row, index, Field.UAN), uan_name, uan_required))
    title = _text(_get(row, index, Field.TITLE))
    if not title:
        problems.append(f"{labels[Field.TITLE]}: is empty")
    text = _row_text(row, index, hours)
    if problems or day is None or hours is None:
        return ParsedRow(row.line, text, None, tuple(problems))
    activity = ParsedActivity(
        title=title,
        provider=_text(_get(row, index, Field.PROVIDER)),
        completed_on=day,
        hours=hours,
        uan=uan,
        notes=_text(_get(row, index, Field.NOTES)),
    )
    return ParsedRow(row.line, text, activity)


def _collect(problems: list[str], parse: Callable[[], T]) -> T | None:
    try:
        return parse()
    except InvalidInput as exc:
        problems.append(str(exc))
        return None


def _row_text(row: SourceRow, index: dict[Field, int | None], hours: Hours | None) -> RowText:
    hour_text = str(hours) if hours is not None else _text(_get(row, index, Field.HOURS))
    if hours is None and not hour_text:
        parts = [_text(_get(row, index, f)) for f in (Field.LIVE_HOURS, Field.HOME_HOURS)]
        hour_text = " + ".join(p or "0" for p in parts)
    return RowText(
        date=_text(_get(row, index, Field.DATE)),
        title=_text(_get(row, index, Field.TITLE)),
        provider=_text(_get(row, index, Field.PROVIDER)),
        hours=hour_text,
        uan=_text(_get(row, index, Field.UAN)),
    )


def parse_cell_date(value: Cell, name: str, style: DateStyle) -> dt.date:
    """A date from a cell: a real date cell, MM/DD/YYYY, or (AUTO) YYYY-MM-DD.

    Raises:
        InvalidInput: named after the column, saying how the date should be written.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        raise InvalidInput(name, "is empty")
    expected = "MM/DD/YYYY" if style is DateStyle.US else "MM/DD/YYYY or YYYY-MM-DD"
    match = _US_DATE.fullmatch(text)
    parts = (match.group(3), match.group(1), match.group(2)) if match else None
    if parts is None and style is DateStyle.AUTO and (iso := _ISO_DATE.fullmatch(text)):
        parts = (iso.group(1), iso.group(2), iso.group(3))
    if parts is None:
        raise InvalidInput(name, f"{text!r} is not a date written {expected}")
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise InvalidInput(name, f"{text!r} is not a real calendar date") from None


def parse_cell_hours(value: Cell, name: str) -> Hours:
    """Hours from a cell (blank is 0); negative numbers are refused.

    Raises:
        InvalidInput: named after the column.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return Hours.zero()
    if isinstance(value, dt.date):
        raise InvalidInput(name, f"{_text(value)} is a date, not a number of hours")
    if isinstance(value, float):
        value = str(Decimal(format(value, ".10g")))
    hours = Hours.parse(str(value), field=name)
    if hours.hundredths < 0:
        raise InvalidInput(name, f"{hours} is negative")
    return hours


def _hours(
    row: SourceRow,
    index: dict[Field, int | None],
    labels: dict[Field, str],
    problems: list[str],
) -> Hours | None:
    fields = [f for f in (Field.HOURS, Field.LIVE_HOURS, Field.HOME_HOURS) if f in labels]
    total = Hours.zero()
    ok = True
    for field in fields:
        try:
            total += parse_cell_hours(_get(row, index, field), labels[field])
        except InvalidInput as exc:
            problems.append(str(exc))
            ok = False
    if not ok:
        return None
    if total.hundredths == 0:
        names = " + ".join(labels[f] for f in fields)
        problems.append(f"{names}: no hours (the total is 0)")
        return None
    return total


def _uan(value: Cell, name: str, required: bool) -> str | None:
    text = _text(value)
    if not text:
        if required:
            raise InvalidInput(name, "is empty")
        return None
    try:
        return parse_uan(text).text
    except InvalidInput as exc:
        raise InvalidInput(name, exc.problem) from None
