"""Turning a table's rows into CE activities, each with its problems named.

Every non-blank row gets a ``ParsedRow``: either an activity, or the reasons it cannot be one.
Nothing here knows the database; deduplication against stored records is in ``fates``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from rxtracker.domain import Hours, InvalidInput, Uan, parse_uan
from rxtracker.exchange.mapping import ColumnMapping, DateStyle, Field
from rxtracker.exchange.tables import Cell, SourceRow, SourceTable
from rxtracker.i18n import translate

_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class ParsedActivity:
    """An activity read from a row (checked for form; the service checks it again)."""

    title: str
    provider: str
    completed_on: dt.date
    hours: Hours
    uan: str | None
    notes: str = ""
    #: The UAN as parsed from the file (None when there is none, or when built by hand):
    #: carried so that it is parsed once, not again when the row is written.
    parsed_uan: Uan | None = field(default=None, compare=False, repr=False)


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
    layout = _Layout.of(table, mapping, uan_required)
    parsed: list[ParsedRow] = []
    blank = 0
    for row in table.rows:
        if row.blank:
            blank += 1
            continue
        parsed.append(_parse_row(row, layout))
    return ParsedTable(tuple(parsed), blank)


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where each mapped field sits in the file, worked out once for all rows."""

    index: dict[Field, int]
    labels: dict[Field, str]
    hour_fields: tuple[Field, ...]
    style: DateStyle
    uan_required: bool
    #: Hour cells repeat (0, 0.5, 1, 1.5...): each distinct one is parsed once per table.
    hour_cells: dict[tuple[Field, type, Cell], Hours | InvalidInput] = field(default_factory=dict)
    hour_texts: dict[Hours, str] = field(default_factory=dict)

    @classmethod
    def of(cls, table: SourceTable, mapping: ColumnMapping, uan_required: bool) -> _Layout:
        found = {f: table.column(h) for f, h in mapping.columns.items() if h}
        labels = {f: h for f, h in mapping.columns.items() if h}
        hour_fields = tuple(
            f for f in (Field.HOURS, Field.LIVE_HOURS, Field.HOME_HOURS) if f in labels
        )
        index = {f: i for f, i in found.items() if i is not None}
        return cls(index, labels, hour_fields, mapping.date_style, uan_required)

    def hours(self, hour_field: Field, value: Cell) -> Hours:
        """``parse_cell_hours`` of a cell, remembered for the same cell in later rows.

        Raises:
            InvalidInput: named after the column.
        """
        key = (hour_field, type(value), value)
        known = self.hour_cells.get(key)
        if known is None:
            try:
                known = parse_cell_hours(value, self.labels[hour_field])
            except InvalidInput as exc:
                known = exc
            self.hour_cells[key] = known
        if isinstance(known, InvalidInput):
            raise InvalidInput(known.field, known.problem)
        return known

    def hour_text(self, hours: Hours) -> str:
        """How ``hours`` are shown in the preview."""
        text = self.hour_texts.get(hours)
        if text is None:
            text = self.hour_texts[hours] = str(hours)
        return text

    def values(self, row: SourceRow) -> dict[Field, Cell]:
        """The mapped cells of a row (a field whose column the row lacks is left out)."""
        cells = row.cells
        width = len(cells)
        return {f: cells[i] for f, i in self.index.items() if i < width}


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


def _parse_row(row: SourceRow, layout: _Layout) -> ParsedRow:
    """One row: each mapped cell is read and turned into text once, the UAN parsed once."""
    values = layout.values(row)
    labels = layout.labels
    problems: list[str] = []
    day: dt.date | None = None
    try:
        day = parse_cell_date(values.get(Field.DATE), labels[Field.DATE], layout.style)
    except InvalidInput as exc:
        problems.append(str(exc))
    hours = _hours(values, layout, problems)
    uan_text = _text(values.get(Field.UAN))
    uan: Uan | None = None
    try:
        uan = _uan(uan_text, labels.get(Field.UAN, Field.UAN.label), layout.uan_required)
    except InvalidInput as exc:
        problems.append(str(exc))
    title = _text(values.get(Field.TITLE))
    if not title:
        problems.append(str(InvalidInput(labels[Field.TITLE], translate("rows", "is empty"))))
    provider = _text(values.get(Field.PROVIDER))
    text = RowText(
        date=_text(values.get(Field.DATE)),
        title=title,
        provider=provider,
        hours=_hour_text(values, hours, layout),
        uan=uan_text,
    )
    if problems or day is None or hours is None:
        return ParsedRow(row.line, text, None, tuple(problems))
    notes = _text(values.get(Field.NOTES))
    activity = ParsedActivity(title, provider, day, hours, uan.text if uan else None, notes, uan)
    return ParsedRow(row.line, text, activity)


def _hour_text(values: dict[Field, Cell], hours: Hours | None, layout: _Layout) -> str:
    if hours is not None:
        return layout.hour_text(hours)
    hour_text = _text(values.get(Field.HOURS))
    if not hour_text:
        parts = [_text(values.get(f)) for f in (Field.LIVE_HOURS, Field.HOME_HOURS)]
        hour_text = " + ".join(p or "0" for p in parts)
    return hour_text


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
        raise InvalidInput(name, translate("rows", "is empty"))
    if style is DateStyle.US:
        expected = "MM/DD/YYYY"
    else:
        expected = translate("rows", "MM/DD/YYYY or YYYY-MM-DD")
    match = _US_DATE.fullmatch(text)
    parts = (match.group(3), match.group(1), match.group(2)) if match else None
    if parts is None and style is DateStyle.AUTO and (iso := _ISO_DATE.fullmatch(text)):
        parts = (iso.group(1), iso.group(2), iso.group(3))
    if parts is None:
        problem = translate("rows", "{text} is not a date written {expected}")
        raise InvalidInput(name, problem.format(text=repr(text), expected=expected))
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        problem = translate("rows", "{text} is not a real calendar date")
        raise InvalidInput(name, problem.format(text=repr(text))) from None


def parse_cell_hours(value: Cell, name: str) -> Hours:
    """Hours from a cell (blank is 0); negative numbers are refused.

    Raises:
        InvalidInput: named after the column.
    """
    if value is None or value == 0 or (isinstance(value, str) and not value.strip()):
        return Hours.zero()  # 0: CPE Monitor's live or home column, whichever is not used
    if isinstance(value, dt.date):
        problem = translate("rows", "{value} is a date, not a number of hours")
        raise InvalidInput(name, problem.format(value=_text(value)))
    if isinstance(value, float):
        value = str(Decimal(format(value, ".10g")))
    hours = Hours.parse(str(value), field=name)
    if hours.hundredths < 0:
        raise InvalidInput(name, translate("rows", "{hours} is negative").format(hours=hours))
    return hours


def _hours(values: dict[Field, Cell], layout: _Layout, problems: list[str]) -> Hours | None:
    total = Hours.zero()
    ok = True
    for hour_field in layout.hour_fields:
        try:
            total += layout.hours(hour_field, values.get(hour_field))
        except InvalidInput as exc:
            problems.append(str(exc))
            ok = False
    if not ok:
        return None
    if total.hundredths == 0:
        names = " + ".join(layout.labels[f] for f in layout.hour_fields)
        problems.append(translate("rows", "{names}: no hours (the total is 0)").format(names=names))
        return None
    return total


def _uan(text: str, name: str, required: bool) -> Uan | None:
    if not text:
        if required:
            raise InvalidInput(name, translate("rows", "is empty"))
        return None
    try:
        return parse_uan(text)
    except InvalidInput as exc:
        raise InvalidInput(name, exc.problem) from None
