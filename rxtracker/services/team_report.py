"""The team compliance report for an as-of date: CSV, or printed blocks for the PDF renderer.

One line per active person and credential (status, deadline, hours counted and required,
everything still missing), most urgent first, plus the "expiring soon" list: every
credential whose deadline is within the window or already past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rxtracker.exchange.printable import Block
from rxtracker.exchange.team_report import (
    SHEET,
    TeamReportLine,
    team_report_blocks,
    write_team_csv,
)
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.context import Context
from rxtracker.services.rows import PersonRow
from rxtracker.services.team import TeamCell, team_view
from rxtracker.services.wording import phase_label

TITLE = QT_TRANSLATE_NOOP("team_report", "Team compliance report")
#: The report's type sizes and orientation (for the PDF renderer).
REPORT_SHEET = SHEET


@dataclass(frozen=True, slots=True)
class TeamReport:
    """The report's content."""

    as_of: dt.date
    window_days: int
    summary: str
    lines: tuple[TeamReportLine, ...]
    expiring: tuple[TeamReportLine, ...]

    @property
    def blocks(self) -> Iterator[Block]:
        """The report as printed blocks (``rxtracker.printing.pdf.render_blocks`` draws them)."""
        return team_report_blocks(
            translate("team_report", TITLE),
            self.as_of,
            self.summary,
            self.lines,
            self.expiring,
            self.window_days,
        )


@dataclass(frozen=True, slots=True)
class TeamCsvResult:
    """A CSV written."""

    path: Path
    count: int


def team_report(ctx: Context, as_of: dt.date | None = None, *, window_days: int = 60) -> TeamReport:
    """Build the report of every active person on ``as_of`` (default today)."""
    view = team_view(ctx, as_of, window_days=window_days)
    pairs = [(row.person, cell) for row in view.rows for cell in row.cells]
    lines = tuple(_line(person, cell) for person, cell in pairs)
    expiring = tuple(
        _line(person, cell)
        for person, cell in sorted(pairs, key=lambda p: p[1].days_left or 0)
        if cell.due_within(window_days)
    )
    return TeamReport(view.as_of, window_days, view.summary.sentence(), lines, expiring)


def export_team_csv(ctx: Context, out: Path, as_of: dt.date | None = None) -> TeamCsvResult:
    """Write the team report as CSV (one row per person and credential)."""
    report = team_report(ctx, as_of)
    return TeamCsvResult(out, write_team_csv(out, report.lines, report.as_of))


def _line(person: PersonRow, cell: TeamCell) -> TeamReportLine:
    return TeamReportLine(
        person=person.name,
        role=person.role.value,
        email=person.email or "",
        credential=cell.type_name,
        number=cell.number or "",
        state=person.home_state or "",
        phase=cell.phase.value,
        status=phase_label(cell.phase),
        expires_on=cell.expires_on,
        deadline=cell.deadline,
        days_left=cell.days_left,
        counted=str(cell.counted),
        required=str(cell.required),
        missing_hours=str(cell.missing_hours),
        missing=cell.missing,
    )
