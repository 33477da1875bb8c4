"""Reading a team roster (CSV or .xlsx): one person per row, optionally one credential.

Columns are found by name (case and spacing do not matter; a few common spellings are
accepted). Each non-blank row becomes a ``RosterLine`` with its fields as text and the
problems found in its form; the service checks the values against the catalog and the
database. The file itself is read by ``rxtracker.exchange.tables`` (size, zip-bomb and
row-count limits).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rxtracker.domain import InvalidInput
from rxtracker.domain.files import display_name
from rxtracker.exchange.mapping import DateStyle
from rxtracker.exchange.rows import parse_cell_date
from rxtracker.exchange.tables import Cell, SourceRow, SourceTable, normalise_header, read_table
from rxtracker.i18n import translate


class RosterColumn(StrEnum):
    """A field of a roster row."""

    NAME = "name"
    EMAIL = "email"
    ROLE = "role"
    HOME_STATE = "home state"
    CREDENTIAL = "credential type"
    NUMBER = "credential number"
    EXPIRES = "expiration"


#: Header spellings accepted for each column (compared after ``normalise_header``).
ALIASES: dict[RosterColumn, tuple[str, ...]] = {
    RosterColumn.NAME: ("name", "full name", "technician", "person"),
    RosterColumn.EMAIL: ("email", "e-mail", "email address"),
    RosterColumn.ROLE: ("role", "position", "job"),
    RosterColumn.HOME_STATE: ("home state", "state"),
    RosterColumn.CREDENTIAL: ("credential type", "credential", "type"),
    RosterColumn.NUMBER: ("credential number", "number", "license number", "registration number"),
    RosterColumn.EXPIRES: (
        "expiration",
        "expires",
        "expiration date",
        "credential expiration",
        "expires on",
    ),
}


@dataclass(frozen=True, slots=True)
class RosterLine:
    """One row of the roster, as text, with the expiration parsed when there is one."""

    line: int
    name: str
    email: str
    role: str
    home_state: str
    credential_type: str
    credential_number: str
    expires_text: str
    expires_on: dt.date | None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Roster:
    """Every non-blank row of a roster file."""

    file_name: str
    headers: tuple[str, ...]
    lines: tuple[RosterLine, ...]
    blank_rows: int


def read_roster(path: Path) -> Roster:
    """Read a roster file (.csv or .xlsx).

    Raises:
        InvalidInput: field "file": unreadable, unsafe, too big, or without a name column.
    """
    table = read_table(path)
    columns = _columns(table)
    if columns.get(RosterColumn.NAME) is None:
        shown = ", ".join(h for h in table.headers if h) or translate("roster", "none")
        problem = translate("roster", "{file} has no 'name' column (its columns are: {shown})")
        raise InvalidInput("file", problem.format(file=display_name(path), shown=shown))
    lines, blank = [], 0
    for row in table.rows:
        if row.blank:
            blank += 1
            continue
        lines.append(_line(row, columns))
    return Roster(display_name(path), table.headers, tuple(lines), blank)


def _columns(table: SourceTable) -> dict[RosterColumn, int | None]:
    headers = [normalise_header(h) for h in table.headers]
    found: dict[RosterColumn, int | None] = {}
    for column, names in ALIASES.items():
        found[column] = next((headers.index(n) for n in names if n in headers), None)
    return found


def _text(row: SourceRow, index: int | None) -> str:
    if index is None or index >= len(row.cells):
        return ""
    value: Cell = row.cells[index]
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _line(row: SourceRow, columns: dict[RosterColumn, int | None]) -> RosterLine:
    def text(column: RosterColumn) -> str:
        return _text(row, columns.get(column))

    problems: list[str] = []
    expires_text = text(RosterColumn.EXPIRES)
    expires_on = None
    index = columns.get(RosterColumn.EXPIRES)
    if expires_text and index is not None:
        try:
            expires_on = parse_cell_date(row.cells[index], "expiration", DateStyle.AUTO)
        except InvalidInput as exc:
            problems.append(str(exc))
    if not text(RosterColumn.NAME):
        problems.append(translate("roster", "name: is empty"))
    if (expires_text or text(RosterColumn.NUMBER)) and not text(RosterColumn.CREDENTIAL):
        problems.append(
            translate("roster", "credential type: is empty, but a number or expiration is given")
        )
    return RosterLine(
        line=row.line,
        name=text(RosterColumn.NAME),
        email=text(RosterColumn.EMAIL),
        role=text(RosterColumn.ROLE),
        home_state=text(RosterColumn.HOME_STATE),
        credential_type=text(RosterColumn.CREDENTIAL),
        credential_number=text(RosterColumn.NUMBER),
        expires_text=expires_text,
        expires_on=expires_on,
        problems=tuple(problems),
    )
