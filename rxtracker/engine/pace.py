"""A cycle's hours over time against the steady pace, laid out for a chart.

Positions are fractions of the drawn span (0: the cycle start, 1: its end), so whoever draws
the line only scales them; the steady pace is ``cycles.steady_pace``, the one the phase uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.domain import Hours
from rxtracker.engine.cycles import steady_pace
from rxtracker.engine.result import CredentialResult


@dataclass(frozen=True, slots=True)
class PaceLine:
    """Earned hours and the steady pace over one cycle.

    Attributes:
        start: the first day drawn (the cycle start).
        end: the last day drawn: the expiration, or the as-of day for a credential that
            does not expire.
        required: the hours the cycle needs (the pace line reaches them at ``due_at``).
        earned: the hours counted so far.
        expected: the hours the steady pace has reached on the as-of day.
        due_at: where the deadline falls.
        opens_at: where the renewal window opens; None when it has none (or before the start).
        today_at: where the as-of day falls; None when it is outside the cycle.
        earned_until: where the earned line stops (the as-of day, or the end if sooner).
        steps: (position, cumulative counted hours) after each counted activity up to
            ``earned_until``, in date order.
    """

    start: dt.date
    end: dt.date
    required: Hours
    earned: Hours
    expected: Hours
    due_at: float
    opens_at: float | None
    today_at: float | None
    earned_until: float
    steps: tuple[tuple[float, Hours], ...]


def pace_line(result: CredentialResult) -> PaceLine:
    """The pace line of an evaluated cycle."""
    dates = result.dates
    end = dates.end or result.as_of
    span = max((end - dates.start).days, 1)

    def at(day: dt.date) -> float:
        return min(max((day - dates.start).days, 0), span) / span

    last = min(result.as_of, end)
    inside = dates.start <= result.as_of <= end
    return PaceLine(
        start=dates.start,
        end=end,
        required=result.required_hours,
        earned=result.counted_hours,
        expected=steady_pace(result.as_of, dates, result.required_hours),
        due_at=at(dates.deadline or end),
        opens_at=at(opens) if (opens := dates.renewal_opens) and opens >= dates.start else None,
        today_at=at(result.as_of) if inside else None,
        earned_until=at(last),
        steps=tuple((at(day), total) for day, total in _earned(result) if day <= last),
    )


def _earned(result: CredentialResult) -> list[tuple[dt.date, Hours]]:
    """Cumulative counted hours after each counted activity, in date order."""
    counted = sorted(
        (a.completed_on, a.counted)
        for a in result.activities
        if a.completed_on is not None and a.counted.hundredths > 0
    )
    points: list[tuple[dt.date, Hours]] = []
    total = Hours.zero()
    for day, hours in counted:
        total = total + hours
        points.append((day, total))
    return points
