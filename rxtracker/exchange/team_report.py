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

from rxtracker.domain import Role, date_text
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
    translated,
)
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

CSV_HEADERS = (
    QT_TRANSLATE_NOOP("team_report", "Person"),
    QT_TRANSLATE_NOOP("team_report", "Role"),
    QT_TRANSLATE_NOOP("team_report", "E-mail"),
    QT_TRANSLATE_NOOP("team_report", "Credential"),
    QT_TRANSLATE_NOOP("team_report", "Number"),
    QT_TRANSLATE_NOOP("team_report", "Home state"),
    QT_TRANSLATE_NOOP("team_report", "Status"),
    QT_TRANSLATE_NOOP("team_report", "Expires"),
    QT_TRANSLATE_NOOP("team_report", "Deadline"),
    QT_TRANSLATE_NOOP("team_report", "Days to deadline"),
    QT_TRANSLATE_NOOP("team_report", "Hours counted"),
    QT_TRANSLATE_NOOP("team_report", "Hours required"),
    QT_TRANSLATE_NOOP("team_report", "Hours missing"),
    QT_TRANSLATE_NOOP("team_report", "Missing"),
    QT_TRANSLATE_NOOP("team_report", "As of"),
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
    never = translate("team_report", "does not expire")
    rows = (
        [
            line.person,
            line.role,
            line.email,
            line.credential,
            line.number,
            line.state,
            line.status,
            _iso(line.expires_on) or never,
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
    headers = tuple(translate("team_report", h) for h in CSV_HEADERS)
    return write_csv(out, headers, rows)


def _role(value: str) -> str:
    """The role in words ("technician" -> "técnico" in Spanish); an unknown value as it is."""
    try:
        return Role(value).label
    except ValueError:
        return value


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _date(day: dt.date | None) -> str:
    return day.strftime("%m/%d/%Y") if day else "—"


#: The team report's type sizes (points), printed across the page.
SHEET = Sheet(body=8, cell=7.5, small=7.5, title=15, section=11, landscape=True)
_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("team_report", "Person"), 0.16),
    Column(QT_TRANSLATE_NOOP("team_report", "Credential"), 0.2),
    Column(QT_TRANSLATE_NOOP("team_report", "Status"), 0.09),
    Column(QT_TRANSLATE_NOOP("team_report", "Expires"), 0.09),
    Column(QT_TRANSLATE_NOOP("team_report", "Deadline"), 0.09),
    Column(QT_TRANSLATE_NOOP("team_report", "Days"), 0.05, right=True),
    Column(QT_TRANSLATE_NOOP("team_report", "Hours"), 0.1, right=True),
    Column(QT_TRANSLATE_NOOP("team_report", "Still missing"), 0.22),
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
            Line(_as_of(as_of, people, len(lines))),
            Line(summary, Look.BOLD),
        )
    )
    soon = translate("team_report", "Expiring soon: deadline within {days} days, or already past")
    yield Heading(soon.format(days=window_days))
    yield _table(expiring, translate("team_report", "Nobody's deadline falls in this window."))
    yield Heading(translate("team_report", "Whole team"))
    yield _table(lines, translate("team_report", "No credentials recorded."))
    yield Paragraph(
        (
            Line(
                translate(
                    "team_report",
                    "Deadline: the last day to apply (PTCB: the first of the expiration month or "
                    "30 days before it); days are counted from the as-of date. Hours are contact "
                    "hours counted toward the current cycle.",
                ),
                Look.MUTED,
            ),
        )
    )


def _as_of(day: dt.date, people: int, credentials: int) -> str:
    """'As of Nov 25, 2026 · 3 people, 4 credentials'."""
    return translate("team_report", "As of {date} · {people}, {credentials}").format(
        date=date_text(day),
        people=translate("team_report", "%n people", None, people),
        credentials=translate("team_report", "%n credentials", None, credentials),
    )


def _table(lines: Sequence[TeamReportLine], empty: str) -> Block:
    if not lines:
        return Paragraph((Line(empty),))
    columns = translated(_COLUMNS, lambda title: translate("team_report", title))
    return Table(columns, (_row(line) for line in lines))


def _row(line: TeamReportLine) -> tuple[Cell, ...]:
    colours = PHASE_COLOURS.get(line.phase)
    credential = [Line(line.credential)]
    if line.number:
        number = translate("team_report", "No. {number}").format(number=line.number)
        credential.append(Line(number, Look.MUTED))
    hours = "—"
    if line.required != "0":
        hours = translate("team_report", "{counted} of {required}")
        hours = hours.format(counted=line.counted, required=line.required)
    expires = _date(line.expires_on)
    if not line.expires_on:
        expires = translate("team_report", "Does not expire")
    return (
        Cell((Line(line.person, Look.BOLD), Line(_role(line.role)))),
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
