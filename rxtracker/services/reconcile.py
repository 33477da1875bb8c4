"""Reconciling with CPE Monitor: ACPE activities that never showed up in an imported export.

PTCB checks CE against CPE Monitor (rules-reference section 1.1), and providers have 60 days
to report credit (section 6). An activity logged by hand (or from a plain CSV) with a UAN that
no imported CPE Monitor export has shown yet is listed here, so the technician chases the
provider before applying. The day counts come from ``exchange/data/cpe_monitor.toml``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rxtracker.db import Activity, Person
from rxtracker.domain import NotFound
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.convert import activity_row
from rxtracker.services.rows import ActivityRow

if TYPE_CHECKING:
    from rxtracker.exchange.mapping import CpeMonitorFormat


class Reporting(StrEnum):
    """Where a missing credit stands against the provider's reporting window."""

    WAITING = "waiting"  # inside the window; nothing to do yet
    CHASE = "chase"  # NABP advises contacting the provider
    OVERDUE = "overdue"  # past the providers' reporting limit


@dataclass(frozen=True, slots=True)
class NotInCpeMonitor:
    """An activity with a UAN that no imported CPE Monitor export has shown."""

    activity: ActivityRow
    days_since: int
    reporting: Reporting
    message: str


def not_in_cpe_monitor(
    ctx: Context, person_id: int, *, today: dt.date | None = None
) -> list[NotInCpeMonitor]:
    """A person's UAN activities never seen in an imported CPE Monitor export, oldest first.

    Raises:
        NotFound: no such person.
    """
    day = today or ctx.clock.today()
    with ctx.db.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        return _flags(session, person_id, day)


def _flags(session: Session, person_id: int, today: dt.date) -> list[NotInCpeMonitor]:
    query = (
        select(Activity)
        .where(
            Activity.person_id == person_id,
            Activity.uan.is_not(None),
            Activity.cpe_monitor_seen_on.is_(None),
        )
        .options(selectinload(Activity.tags), selectinload(Activity.attachments))
        .order_by(Activity.completed_on, Activity.id)
    )
    rows = [activity_row(a) for a in session.scalars(query)]
    # Imported here: the dashboard's check usually stops at the counts, and the exchange
    # formats (with the workbook readers) are not needed for them.
    from rxtracker.exchange.mapping import cpe_monitor_format

    fmt = cpe_monitor_format()
    return [_flag(row, today, fmt) for row in rows]


@dataclass(frozen=True, slots=True)
class CpeMonitorCheck:
    """What the dashboard says about CPE Monitor for one person."""

    uan_courses: int  # activities with a UAN (CPE Monitor knows only those)
    unseen: int  # of those, how many no imported export has shown
    flags: tuple[NotInCpeMonitor, ...]  # each unseen one; empty when never imported

    @property
    def never_imported(self) -> bool:
        """No imported CPE Monitor export has shown any of the person's UAN courses."""
        return self.unseen > 0 and self.unseen == self.uan_courses


def check_cpe_monitor(ctx: Context, person_id: int, *, today: dt.date) -> CpeMonitorCheck:
    """Counts first; the unseen courses one by one only once some transcript was imported.

    Before any import every UAN course is unseen, and the dashboard only needs their number.
    """
    with ctx.db.read() as session:
        return cpe_monitor_check(session, person_id, today)


def cpe_monitor_check(session: Session, person_id: int, today: dt.date) -> CpeMonitorCheck:
    """:func:`check_cpe_monitor` read in ``session``."""
    total, unseen = session.execute(
        select(
            func.count(Activity.id),
            func.count(Activity.id).filter(Activity.cpe_monitor_seen_on.is_(None)),
        ).where(Activity.person_id == person_id, Activity.uan.is_not(None))
    ).one()
    check = CpeMonitorCheck(int(total), int(unseen), ())
    if check.unseen == 0 or check.never_imported:
        return check
    flags = tuple(_flags(session, person_id, today))
    return CpeMonitorCheck(check.uan_courses, len(flags), flags)


def _flag(row: ActivityRow, today: dt.date, fmt: CpeMonitorFormat) -> NotInCpeMonitor:
    days = (today - row.completed_on).days
    window = fmt.provider_days
    if days > window:
        state = Reporting.OVERDUE
        message = translate(
            "reconcile",
            "not in CPE Monitor {days} days after completion, past the {window}-day limit "
            "providers have to report: contact the provider, or PTCB may not see it",
        )
    elif days > fmt.contact_provider_after_days:
        state = Reporting.CHASE
        message = translate(
            "reconcile",
            "not yet in CPE Monitor after {days} days: providers have {window} days to report; "
            "NABP advises contacting the provider now",
        )
    else:
        state = Reporting.WAITING
        left = window - days
        message = translate(
            "reconcile",
            "not yet in CPE Monitor: providers have {window} days to report (%n day(s) left)",
            None,
            left,
        )
    return NotInCpeMonitor(row, days, state, message.format(days=days, window=window))
