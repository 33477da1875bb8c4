"""Years of experience are computed from recorded periods (rxtracker/engine/experience.py).

Sources: full time = 30 h/week or more, part time qualifies, experience within the last 8 years
(https://ptcb.zendesk.com/hc/en-us/articles/115003215911, rules-reference 2.1).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rxtracker.engine.experience import (
    counted_days,
    matches,
    required_days,
    split_days,
    window_start,
)
from rxtracker.engine.facts import ExperienceFact
from rxtracker.services.wording.pathways import experience_text

AS_OF = dt.date(2026, 11, 25)
D = dt.date


def job(start: dt.date, end: dt.date | None, hours: int = 40, *areas: str) -> ExperienceFact:
    return ExperienceFact("Pharmacy technician", start, end, hours, frozenset(areas))


@pytest.mark.parametrize(
    ("months", "days"), [(6, 180), (12, 365), (18, 545), (36, 1095), (96, 2920)]
)
def test_required_days(months: int, days: int) -> None:
    assert required_days(months) == days


@pytest.mark.parametrize(
    ("first", "last", "months"),
    [
        # Any 6 calendar months of full-time work make 6 months, any 12 a year, any 36 three.
        (D(2025, 1, 1), D(2025, 6, 30), 6),
        (D(2025, 2, 1), D(2025, 7, 31), 6),
        (D(2023, 1, 1), D(2023, 12, 31), 12),
        (D(2021, 1, 1), D(2023, 12, 31), 36),
        (D(2021, 3, 1), D(2024, 2, 29), 36),
    ],
)
def test_calendar_months_of_full_time_work_always_qualify(
    first: dt.date, last: dt.date, months: int
) -> None:
    days = counted_days([job(first, last)], as_of=AS_OF, full_time_hours=30)
    assert days >= required_days(months)


@pytest.mark.parametrize(
    ("periods", "full_time", "expected"),
    [
        # One full-time year, inclusive of both ends.
        ([job(D(2025, 1, 1), D(2025, 12, 31))], 30, Fraction(365)),
        # Part time counts pro rata: 15 h/week is half a full-time day.
        ([job(D(2025, 1, 1), D(2025, 12, 31), 15)], 30, Fraction(365, 2)),
        # 20 h/week: two thirds.
        ([job(D(2025, 1, 1), D(2025, 12, 31), 20)], 30, Fraction(730, 3)),
        # More than full time counts as full time, never more.
        ([job(D(2025, 1, 1), D(2025, 12, 31), 60)], 30, Fraction(365)),
        # Two overlapping full-time jobs: the shared days count once.
        (
            [job(D(2025, 1, 1), D(2025, 6, 30)), job(D(2025, 1, 1), D(2025, 6, 30))],
            30,
            Fraction(181),
        ),
        # Two overlapping 15-hour jobs add up to full time.
        (
            [job(D(2025, 1, 1), D(2025, 12, 31), 15), job(D(2025, 1, 1), D(2025, 12, 31), 15)],
            30,
            Fraction(365),
        ),
        # Without a full-time threshold every covered calendar day counts once.
        (
            [job(D(2022, 1, 1), D(2023, 12, 31), 10), job(D(2023, 1, 1), D(2024, 6, 30), 40)],
            None,
            Fraction(912),
        ),
        # A current job (no end) runs to as_of; a job starting after as_of counts nothing.
        ([job(D(2026, 11, 1), None), job(D(2026, 12, 1), None)], 30, Fraction(25)),
    ],
)
def test_counted_days(
    periods: list[ExperienceFact], full_time: int | None, expected: Fraction
) -> None:
    assert counted_days(periods, as_of=AS_OF, full_time_hours=full_time) == expected


def test_the_window_cuts_off_older_days() -> None:
    start = window_start(AS_OF, 8)
    assert start == D(2018, 11, 26)
    older = job(D(2010, 1, 1), D(2018, 11, 25))
    straddling = job(D(2017, 1, 1), D(2018, 11, 30))
    assert counted_days([older], as_of=AS_OF, start=start, full_time_hours=30) == 0
    assert counted_days([straddling], as_of=AS_OF, start=start, full_time_hours=30) == 5
    assert window_start(AS_OF, None) is None


def test_areas_select_periods() -> None:
    sterile = job(D(2025, 1, 1), None, 40, "sterile-compounding", "iv")
    assert matches(sterile, frozenset({"sterile-compounding"}))
    assert not matches(sterile, frozenset({"billing"}))
    assert matches(sterile, frozenset())


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "no time"),
        (1, "1 day"),
        (45, "1 month 15 days"),
        (Fraction(1000, 3), "11 months 3 days"),
        (365, "1 year"),
        (1096, "3 years"),
        (800, "2 years 2 months"),
    ],
)
def test_describe_days(days: int | Fraction, text: str) -> None:
    assert experience_text(days) == text


def test_days_split_in_years_of_365_and_months_of_30_days() -> None:
    assert split_days(Fraction(1000, 3)) == (0, 11, 3)
    assert split_days(400) == (1, 1, 0)  # days are not said once there is a year


_dates = st.dates(min_value=D(2010, 1, 1), max_value=D(2027, 6, 30))
_periods = st.builds(
    lambda a, b, h: job(min(a, b), max(a, b), h), _dates, _dates, st.integers(1, 80)
)


@given(st.lists(_periods, max_size=6), _periods, st.sampled_from([None, 30]))
def test_adding_a_period_never_lowers_the_count(
    periods: list[ExperienceFact], extra: ExperienceFact, full_time: int | None
) -> None:
    before = counted_days(periods, as_of=AS_OF, full_time_hours=full_time)
    after = counted_days([*periods, extra], as_of=AS_OF, full_time_hours=full_time)
    assert after >= before


@given(st.lists(_periods, max_size=6), st.randoms(use_true_random=False))
def test_order_of_periods_does_not_matter(periods: list[ExperienceFact], rnd: object) -> None:
    shuffled = list(periods)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert counted_days(periods, as_of=AS_OF, full_time_hours=30) == counted_days(
        shuffled, as_of=AS_OF, full_time_hours=30
    )


@given(st.lists(_periods, max_size=6))
def test_never_more_than_the_calendar_allows(periods: list[ExperienceFact]) -> None:
    start = D(2010, 1, 1)
    assert counted_days(periods, as_of=AS_OF, start=start) <= (AS_OF - start).days + 1
