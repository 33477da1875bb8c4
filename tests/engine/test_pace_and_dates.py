"""The steady pace, the pace line drawn from it, renewal dates and cycle windows."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.domain import Hours
from rxtracker.engine import CycleDates, PastCycleFact
from rxtracker.engine.cycles import (
    NoExpirationDate,
    behind_pace,
    cycle_dates,
    cycle_windows,
    next_expiration,
    renewal_dates,
    steady_pace,
)
from rxtracker.engine.pace import pace_line
from rxtracker.records import replace
from tests.engine.builders import CATALOG, credential, day, judge, t_hours

CPHT = credential("ptcb-cpht", "2027-03-31")
TWENTY = Hours.parse("20")


def _dates(start: str, deadline: str | None, end: str | None) -> CycleDates:
    return CycleDates(
        start=day(start),
        end=day(end) if end else None,
        renewal_opens=None,
        deadline=day(deadline) if deadline else None,
        reinstatement_until=None,
    )


def test_the_steady_pace_runs_from_nothing_to_every_hour_by_the_deadline() -> None:
    dates = _dates("2026-01-01", "2026-01-10", "2026-01-31")  # 10 days counting both ends
    assert steady_pace(day("2026-01-01"), dates, TWENTY) == Hours.zero()
    assert steady_pace(day("2026-01-06"), dates, TWENTY) == Hours.parse("10")
    assert steady_pace(day("2026-01-11"), dates, TWENTY) == TWENTY
    assert steady_pace(day("2026-03-01"), dates, TWENTY) == TWENTY
    assert steady_pace(day("2026-01-06"), _dates("2026-01-01", None, None), TWENTY) == Hours(0)


def test_on_the_steady_pace_is_never_behind_it() -> None:
    dates = _dates("2025-04-01", "2027-03-01", "2027-03-31")
    on = dates.start
    while on <= day("2027-03-01"):
        missing = TWENTY - steady_pace(on, dates, TWENTY)
        assert not behind_pace(on, dates, missing=missing, required=TWENTY), on
        on += dt.timedelta(days=17)


def test_the_pace_line_says_what_the_phase_measures() -> None:
    result = judge(CPHT, [t_hours("2025-06-01", "2"), t_hours("2025-09-01", "1.5")], "2026-04-01")
    line = pace_line(result)
    assert line.expected == steady_pace(result.as_of, result.dates, result.required_hours)
    assert [str(hours) for _, hours in line.steps] == ["2", "3.5"]
    assert line.earned == result.counted_hours
    assert line.today_at is not None and 0 < line.steps[0][0] < line.today_at < line.due_at < 1
    assert line.earned_until == line.today_at
    assert line.opens_at is not None and line.today_at < line.opens_at < line.due_at  # window
    after = pace_line(replace(result, as_of=day("2027-06-01")))
    assert after.today_at is None and after.earned_until == 1


def test_renewal_dates_name_each_date_once() -> None:
    ptcb = CycleDates(
        day("2025-04-01"), day("2027-03-31"), day("2027-01-01"), day("2027-03-01"), None
    )
    assert [(d.kind, d.label) for d in renewal_dates(ptcb)] == [
        ("window", "renewal window opens"),
        ("deadline", "application deadline"),
        ("expiration", "expires"),
    ]
    by_end = _dates("2025-04-01", "2027-03-31", "2027-03-31")
    assert [(d.kind, d.label) for d in renewal_dates(by_end)] == [
        ("expiration", "last day to renew")
    ]
    assert renewal_dates(_dates("2025-04-01", None, None)) == ()


def test_a_lapsed_credential_shows_its_last_day_to_reinstate() -> None:
    # PTCB: reinstatement within 1 year after expiration (https://ptcb.org/renew/reinstate).
    ptcb = CycleDates(
        day("2024-04-01"),
        day("2026-03-31"),
        day("2026-01-30"),
        day("2026-03-01"),
        day("2027-03-31"),
    )
    before = renewal_dates(ptcb, day("2026-03-31"))
    assert "reinstatement" not in [d.kind for d in before]
    lapsed = renewal_dates(ptcb, day("2026-06-01"))
    assert (lapsed[-1].kind, lapsed[-1].day, lapsed[-1].label) == (
        "reinstatement",
        day("2027-03-31"),
        "last day to reinstate",
    )
    assert "reinstatement" not in [d.kind for d in renewal_dates(ptcb, day("2027-04-01"))]


def test_cycle_windows_start_each_cycle_as_the_engine_does() -> None:
    ctype = CATALOG.get("ptcb-cpht")
    renewed = replace(
        CPHT,
        past_cycles=(
            PastCycleFact(None, day("2025-03-31"), day("2025-02-10")),
            PastCycleFact(day("2021-04-01"), day("2023-03-31"), day("2023-02-01")),
        ),
    )
    current, last, first = cycle_windows(ctype, renewed)
    assert current.current and not last.current and not first.current
    assert current.start == judge(renewed, [], "2026-01-01").dates.start
    assert current.end == day("2027-03-31")
    assert (last.start, last.end) == (day("2023-02-01"), day("2025-03-31"))
    assert (first.start, first.end) == (day("2021-04-01"), day("2023-03-31"))
    assert cycle_windows(ctype, replace(CPHT, expires_on=None)) == ()


@pytest.mark.parametrize(
    ("type_id", "expires", "renewed"),
    [
        ("ptcb-cpht", "2027-03-31", "2029-03-31"),
        (None, "2027-03-15", "2029-03-15"),
    ],
)
def test_a_renewal_is_suggested_one_cycle_later(
    type_id: str | None, expires: str, renewed: str
) -> None:
    ctype = CATALOG.get(type_id) if type_id else None
    assert next_expiration(ctype, day(expires)) == day(renewed)


def test_a_renewing_credential_without_its_expiration_is_refused_as_data() -> None:
    unknown = replace(CPHT, id=7, expires_on=None)
    with pytest.raises(NoExpirationDate) as caught:
        cycle_dates(CATALOG.get("ptcb-cpht"), unknown)
    assert (caught.value.credential_id, caught.value.type_id) == (7, "ptcb-cpht")
    assert cycle_windows(CATALOG.get("ptcb-cpht"), unknown) == ()  # no cycles to list
