"""Years of work experience, computed from recorded periods (never typed).

How days are counted (rules-reference section 2.1: full time = 30 hours a week or more,
part-time qualifies, experience within the last 8 years):

* Every calendar day from a period's start to its end (or to ``as_of`` for a current job) is
  a work day of that period. Days before the window or after ``as_of`` are not counted.
* With a full-time threshold, a day counts as ``min(hours, full time) / full time`` of a
  full-time day, where ``hours`` adds up the weekly hours of every period covering that day:
  part time counts pro rata, two overlapping part-time jobs may add up to full time, and
  overlapping jobs never count a day more than once.
* Without a threshold, a day counts once if any period covers it.
* A year is 365 days and a month 30 days, so 12 calendar months of full-time work always make a
  year (and 6 calendar months always make 6 months).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from fractions import Fraction
from itertools import pairwise

from rxtracker.domain import add_months
from rxtracker.engine.facts import ExperienceFact

DAYS_PER_YEAR = 365
DAYS_PER_MONTH = 30
_ONE_DAY = dt.timedelta(days=1)


def required_days(months: int) -> int:
    """Full-time days that make ``months`` of experience (whole years count 365 days)."""
    years, rest = divmod(months, 12)
    return years * DAYS_PER_YEAR + rest * DAYS_PER_MONTH


def window_start(as_of: dt.date, within_years: int | None) -> dt.date | None:
    """The first day of the last ``within_years`` years up to ``as_of`` (None: no window)."""
    if within_years is None:
        return None
    return add_months(as_of, -12 * within_years) + _ONE_DAY


def matches(period: ExperienceFact, areas: frozenset[str]) -> bool:
    """True when the period is in one of ``areas`` (any period when ``areas`` is empty)."""
    return not areas or bool(period.areas & areas)


def counted_days(
    periods: Iterable[ExperienceFact],
    *,
    as_of: dt.date,
    start: dt.date | None = None,
    full_time_hours: int | None = None,
) -> Fraction:
    """Full-time-equivalent days worked between ``start`` and ``as_of`` (both included).

    Args:
        periods: the periods to count (already filtered by area).
        as_of: the last day counted; current jobs (no end) run to it.
        start: the first day counted (None: from the first period).
        full_time_hours: the weekly hours of a full-time day; None counts calendar days.
    """
    changes: dict[dt.date, int] = defaultdict(int)
    for period in periods:
        first = max(period.start_on, start) if start else period.start_on
        last = min(period.end_on or as_of, as_of)
        if first > last:
            continue
        changes[first] += period.hours_per_week
        changes[last + _ONE_DAY] -= period.hours_per_week
    total = Fraction(0)
    hours = 0
    days = sorted(changes)
    for day, following in pairwise(days):
        hours += changes[day]
        total += (following - day).days * _day_weight(hours, full_time_hours)
    return total


def _day_weight(hours: int, full_time_hours: int | None) -> Fraction:
    if hours <= 0:
        return Fraction(0)
    if full_time_hours is None:
        return Fraction(1)
    return Fraction(min(hours, full_time_hours), full_time_hours)


def split_days(days: Fraction | int) -> tuple[int, int, int]:
    """(years, months, days) in ``days`` rounded down to whole days; no days once a year.

    A year is 365 days and a month 30 (as counted above): 400 days -> (1, 1, 0).
    """
    years, rest = divmod(int(days), DAYS_PER_YEAR)
    months, rest_days = divmod(rest, DAYS_PER_MONTH)
    return years, months, 0 if years else rest_days
