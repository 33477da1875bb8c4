"""One course logged twice (same UAN, or same title and provider, on the same day) counts once,
whatever the board's rules say about repeats (issue 23)."""

from __future__ import annotations

from rxtracker.domain import Hours
from rxtracker.services.wording import counts_less_text
from tests.engine.builders import activity, ce, credential, judge, requirement, uan

CPHT = credential("ptcb-cpht", "2027-03-31")


def test_the_same_uan_on_the_same_day_counts_once() -> None:
    safety = uan("05", seq=5)
    first, second = ce("2026-01-05", "2", safety, id=1), ce("2026-01-05", "2", safety, id=2)
    result = judge(CPHT, [first, second], "2026-12-01")
    assert result.counted_hours == Hours.parse("2")
    assert requirement(result, "patient-safety") == Hours.parse("2")
    assert activity(result, 2).counted == Hours(0)
    assert counts_less_text(activity(result, 2)) == "logged twice: counted once, as activity #1"


def test_the_same_uan_on_another_day_is_not_a_duplicate_here() -> None:
    safety = uan("05", seq=6)
    result = judge(
        CPHT,
        [ce("2026-01-05", "2", safety, id=1), ce("2026-02-05", "2", safety, id=2)],
        "2026-12-01",
    )
    assert result.counted_hours == Hours.parse("4")


def test_without_a_uan_the_same_title_and_provider_that_day_counts_once() -> None:
    one = ce("2026-03-01", "1", title="Trafficking", provider="HHSC", id=1)
    two = ce("2026-03-01", "1", title="trafficking ", provider="hhsc", id=2)
    assert judge(credential("tx-technician", "2027-05-31"), [one, two], "2026-12-01").activities[
        1
    ].counted == Hours(0)
