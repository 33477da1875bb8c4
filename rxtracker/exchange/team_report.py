"""The team compliance report: one line per person and credential, as CSV and as HTML.

The HTML is written for Qt's rich-text engine (rendered to PDF by ``rxtracker.printing.pdf``):
a summary line, the "expiring soon" list, then the whole team. Status is always written in
words; colour only repeats it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from rxtracker.domain import date_text
from rxtracker.engine import Phase
from rxtracker.exchange.csv_export import write_csv

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
    rows = [
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
    ]
    return write_csv(out, CSV_HEADERS, rows)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _date(day: dt.date | None) -> str:
    return day.strftime("%m/%d/%Y") if day else "—"


_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #000; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
p.sub { color: #333; margin-top: 0; }
td, th { font-size: 7.5pt; }
th { background-color: #e4e4e4; text-align: left; font-weight: bold; }
td.num { text-align: right; }
"""
_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="3"'
    ' style="border-collapse: collapse; border-color: #888;">'
)


def team_report_html(
    title: str,
    as_of: dt.date,
    summary: str,
    lines: Sequence[TeamReportLine],
    expiring: Sequence[TeamReportLine],
    window_days: int,
) -> str:
    """The report as one HTML document."""
    people = len({line.person for line in lines})
    parts = [
        f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p class='sub'>As of {date_text(as_of)} · {people} people, {len(lines)} credentials · "
        f"<b>{escape(summary)}</b></p>",
        f"<h2>Expiring soon: deadline within {window_days} days, or already past</h2>",
        _table(expiring) if expiring else "<p>Nobody's deadline falls in this window.</p>",
        "<h2>Whole team</h2>",
        _table(lines) if lines else "<p>No credentials recorded.</p>",
        "<p class='sub'>Deadline: the last day to apply (PTCB: the first of the expiration "
        "month or 30 days before it); days are counted from the as-of date. Hours are "
        "contact hours counted toward the current cycle.</p>",
        "</body></html>",
    ]
    return "".join(parts)


def _table(lines: Sequence[TeamReportLine]) -> str:
    head = (
        "<tr><th>Person</th><th>Credential</th><th>Status</th><th>Expires</th>"
        "<th>Deadline</th><th>Days</th><th>Hours</th><th>Still missing</th></tr>"
    )
    return _TABLE + head + "".join(_row(line) for line in lines) + "</table>"


def _row(line: TeamReportLine) -> str:
    colours = PHASE_COLOURS.get(line.phase)
    fg, bg = (colours.text, colours.back) if colours else ("#000000", "#ffffff")
    number = (
        f"<br/><span style='color:#555'>No. {escape(line.number)}</span>" if line.number else ""
    )
    hours = f"{escape(line.counted)} of {escape(line.required)}" if line.required != "0" else "—"
    days = "" if line.days_left is None else str(line.days_left)
    missing = "<br/>".join(escape(m) for m in line.missing) or "—"
    return (
        f"<tr><td><b>{escape(line.person)}</b><br/>{escape(line.role)}</td>"
        f"<td>{escape(line.credential)}{number}</td>"
        f"<td style='color:{fg}; background-color:{bg}; font-weight:bold'>"
        f"{escape(line.status)}</td>"
        f"<td>{_date(line.expires_on) if line.expires_on else 'Does not expire'}</td>"
        f"<td>{_date(line.deadline)}</td><td class='num'>{days}</td>"
        f"<td class='num'>{hours}</td><td>{missing}</td></tr>"
    )
