"""The team compliance report: one line per person and credential, as CSV and as printed blocks.

The blocks (``exchange.printable``) are drawn to PDF by ``rxtracker.printing.pdf``:
a summary line, the "expiring soon" list, then the whole team. Status is always written in
words; colour only repeats it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rxtracker.domain import date_text
from rxtracker.engine import Phase
from rxtracker.exchange.csv_export import write_csv
from rxtracker.exchange.printable import (
    Block,
    Cell,
    Column,
    Heading,
    Line,
    Look,
    Paragraph,
    Sheet,
    Table,
)

CSV_HEADERS = (
    "Person",
    "Role",
    "E-mail",
    "Credential",
    "Number",
    "Home state",
    "Status",
    "Expires",
    "Deadline",
    "Days to deadline",
    "Hours counted",
    "Hours required",
    "Hours missing",
    "Missing",
    "As of",
)


@dataclass(frozen=True, slots=True)
class PhaseColours:
    """How a status is coloured, always next to its words.

    Attributes:
        text: a status cell's text (Team page grid, team report PDF).
        back: a status cell's background: a spreadsheet's green / blue / yellow / red.
        on_light: the status written on a light window (dashboard cards).
        on_dark: the status written on a dark window (system dark mode).
    """

    text: str
    back: str
    on_light: str
    on_dark: str


#: The one table of status colours (also the GUI's "good" and "problem" colours).
PHASE_COLOURS: dict[str, PhaseColours] = {
    Phase.COMPLETE: PhaseColours("#0b5d1e", "#dff3e3", "#1e7b34", "#6fcf87"),
    Phase.ON_TRACK: PhaseColours("#0b4f8a", "#e3effa", "#1f5fa8", "#82b6f0"),
    Phase.AT_RISK: PhaseColours("#6b4300", "#fff1cc", "#a35c00", "#f2b35e"),
    Phase.DUE: PhaseColours("#7a2500", "#ffdcc7", "#b3261e", "#f28b82"),
    Phase.LAPSED: PhaseColours("#8a0000", "#ffd0d0", "#b3261e", "#f28b82"),
    Phase.EXPIRED: PhaseColours("#ffffff", "#8a0000", "#b3261e", "#f28b82"),
}


@dataclass(frozen=True, slots=True)
class TeamReportLine:
    """One person's standing on one credential, as the report shows it."""

    person: str
    role: str
    email: str
    credential: str
    number: str
    state: str
    phase: str  # engine phase value: complete, on_track, at_risk, due, lapsed, expired
    status: str  # the phase in words
    expires_on: dt.date | None
    deadline: dt.date | None
    days_left: int | None
    counted: str
    required: str
    missing_hours: str
    missing: tuple[str, ...]


def write_team_csv(out: Path, lines: Sequence[TeamReportLine], as_of: dt.date) -> int:
    """Write the report as CSV (spreadsheet-safe); returns the number of lines."""
    rows = (
        [
            line.person,
            line.role,
            line.email,
            line.credential,
            line.number,
            line.state,
            line.status,
            _iso(line.expires_on) or "does not expire",
            _iso(line.deadline),
            "" if line.days_left is None else line.days_left,
            line.counted,
            line.required,
            line.missing_hours,
            "; ".join(line.missing),
            as_of.isoformat(),
        ]
        for line in lines
    )
    return write_csv(out, CSV_HEADERS, rows)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _date(day: dt.date | None) -> str:
    return day.strftime("%m/%d/%Y") if day else "—"


#: The team report's type sizes (points), printed across the page.
SHEET = Sheet(body=8, cell=7.5, small=7.5, title=15, section=11, landscape=True)
_COLUMNS = (
    Column("Person", 0.16),
    Column("Credential", 0.2),
    Column("Status", 0.09),
    Column("Expires", 0.09),
    Column("Deadline", 0.09),
    Column("Days", 0.05, right=True),
    Column("Hours", 0.1, right=True),
    Column("Still missing", 0.22),
)


def team_report_blocks(
    title: str,
    as_of: dt.date,
    summary: str,
    lines: Sequence[TeamReportLine],
    expiring: Sequence[TeamReportLine],
    window_days: int,
) -> Iterator[Block]:
    """The report as printed blocks; each table's rows are made as they are printed."""
    people = len({line.person for line in lines})
    yield Heading(title, 1)
    yield Paragraph(
        (
            Line(f"As of {date_text(as_of)} · {people} people, {len(lines)} credentials"),
            Line(summary, Look.BOLD),
        )
    )
    yield Heading(f"Expiring soon: deadline within {window_days} days, or already past")
    yield _table(expiring, "Nobody's deadline falls in this window.")
    yield Heading("Whole team")
    yield _table(lines, "No credentials recorded.")
    yield Paragraph(
        (
            Line(
                "Deadline: the last day to apply (PTCB: the first of the expiration month or "
                "30 days before it); days are counted from the as-of date. Hours are contact "
                "hours counted toward the current cycle.",
                Look.MUTED,
            ),
        )
    )


def _table(lines: Sequence[TeamReportLine], empty: str) -> Block:
    if not lines:
        return Paragraph((Line(empty),))
    return Table(_COLUMNS, (_row(line) for line in lines))


def _row(line: TeamReportLine) -> tuple[Cell, ...]:
    colours = PHASE_COLOURS.get(line.phase)
    credential = [Line(line.credential)]
    if line.number:
        credential.append(Line(f"No. {line.number}", Look.MUTED))
    hours = f"{line.counted} of {line.required}" if line.required != "0" else "—"
    expires = _date(line.expires_on) if line.expires_on else "Does not expire"
    return (
        Cell((Line(line.person, Look.BOLD), Line(line.role))),
        Cell(tuple(credential)),
        Cell(
            (Line(line.status, Look.BOLD),),
            colour=colours.text if colours else None,
            fill=colours.back if colours else None,
        ),
        Cell.of(expires),
        Cell.of(_date(line.deadline)),
        Cell.of("" if line.days_left is None else str(line.days_left)),
        Cell.of(hours),
        Cell(tuple(Line(m) for m in line.missing) or (Line("—"),)),
    )
