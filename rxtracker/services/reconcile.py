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

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from rxtracker.db import Activity, Person
from rxtracker.domain import NotFound
from rxtracker.exchange.mapping import cpe_monitor_format
from rxtracker.services.context import Context
from rxtracker.services.convert import activity_row
from rxtracker.services.rows import ActivityRow


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
    day = today or dt.date.today()
    with ctx.db.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
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
    return [_flag(row, day) for row in rows]


def uan_course_count(ctx: Context, person_id: int) -> int:
    """How many of a person's activities carry a UAN (CPE Monitor knows only those)."""
    with ctx.db.read() as session:
        query = select(func.count(Activity.id)).where(
            Activity.person_id == person_id, Activity.uan.is_not(None)
        )
        return int(session.scalar(query) or 0)


def _flag(row: ActivityRow, today: dt.date) -> NotInCpeMonitor:
    fmt = cpe_monitor_format()
    days = (today - row.completed_on).days
    window = fmt.provider_days
    if days > window:
        state = Reporting.OVERDUE
        message = (
            f"not in CPE Monitor {days} days after completion, past the {window}-day "
            "limit providers have to report: contact the provider, or PTCB may not see it"
        )
    elif days > fmt.contact_provider_after_days:
        state = Reporting.CHASE
        message = (
            f"not yet in CPE Monitor after {days} days: providers have {window} days to "
            "report; NABP advises contacting the provider now"
        )
    else:
        state = Reporting.WAITING
        message = (
            f"not yet in CPE Monitor: providers have {window} days to report "
            f"({window - days} days left)"
        )
    return NotInCpeMonitor(row, days, state, message)
