"""PTCB CPhT recertification, rule by rule (rules-reference section 1).

Cycle used throughout: expires 2027-03-31, so it runs 2025-04-01 to 2027-03-31, the renewal
window opens 2027-01-30 and the application deadline is 2027-03-01.
"""

from __future__ import annotations

import pytest

from rxtracker.domain import Category, Hours
from rxtracker.engine import ActivityFact, PastCycleFact, Phase, evaluate_past_cycle
from rxtracker.services.wording import counts_less_text, missing_texts, note_texts
from tests.engine.builders import (
    CATALOG,
    activity,
    ce,
    credential,
    day,
    judge,
    p_hours,
    requirement,
    t_hours,
    uan,
    unmet,
)

CPHT = credential("ptcb-cpht", "2027-03-31")
AS_OF = "2026-12-01"


def basket(total_t: str = "18", law: str = "1", safety: str = "1") -> list[ActivityFact]:
    """A cycle's worth of technician-specific CE: general, law (03) and patient safety (05)."""
    out = [t_hours("2025-05-01", total_t)]
    if law != "0":
        out.append(t_hours("2025-06-01", law, "03"))
    if safety != "0":
        out.append(t_hours("2025-07-01", safety, "05"))
    return out


# PTCB's reasons for returning an application, one by one:
# https://ptcb.zendesk.com/hc/en-us/articles/206169508-Why-was-my-CPhT-renewal-application-returned-What-do-I-need-to-do-next
RETURN_REASONS = [
    pytest.param(
        basket(total_t="17"),
        {"total"},
        "1 more hour of CE in total by 2027-03-31",
        id="fewer than 20 hours",
    ),
    pytest.param(
        [*basket(total_t="13"), t_hours("2025-03-31", "5")],
        {"total"},
        "5 more hours of CE in total by 2027-03-31",
        id="CE outside the cycle",
    ),
    pytest.param(
        [
            *basket(total_t="12"),
            p_hours("2025-08-01", "5"),
            ce("2025-09-01", "1", category=Category.COLLEGE),
        ],
        {"technician-specific"},
        "1 more hour of technician-specific CE (UAN ending -T) by 2027-03-31",
        id="fewer than 15 technician-specific hours",
    ),
    pytest.param(
        # The applicant counts 14 T + 6 P = 20; PTCB accepts only 5 of the P hours.
        [*basket(total_t="12"), p_hours("2025-08-01", "6")],
        {"total", "technician-specific"},
        "1 more hour of CE in total by 2027-03-31",
        id="more than 5 pharmacist-specific hours counted",
    ),
    pytest.param(
        basket(total_t="19", law="0"),
        {"law"},
        "1 more hour of pharmacy law (ACPE topic 03) by 2027-03-31",
        id="law hour missing",
    ),
    pytest.param(
        basket(total_t="19", safety="0"),
        {"patient-safety"},
        "1 more hour of patient safety (ACPE topic 05) by 2027-03-31",
        id="patient-safety hour missing",
    ),
]


@pytest.mark.parametrize(("activities", "failing", "sentence"), RETURN_REASONS)
def test_each_return_reason_is_caught_before_applying(
    activities: list[ActivityFact], failing: set[str], sentence: str
) -> None:
    result = judge(CPHT, activities, AS_OF)
    assert unmet(result) == failing
    assert sentence in missing_texts(result.missing)
    assert result.phase != Phase.COMPLETE


def test_a_complete_cycle_is_complete() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/206879047 : 20 h, 15 T, 1 h 03, 1 h 05.
    result = judge(CPHT, basket(), AS_OF)
    assert result.phase == Phase.COMPLETE
    assert result.counted_hours == Hours.parse("20")
    assert missing_texts(result.missing) == ()
    assert result.missing_hours == Hours.zero()


def test_outside_the_cycle_says_which_cycle() -> None:
    early = t_hours("2025-03-31", "5")
    result = judge(CPHT, [*basket(), early], AS_OF)
    line = activity(result, early.id)
    assert line.counted == Hours.zero()
    assert counts_less_text(line) == "outside the cycle 2025-04-01 to 2027-03-31"


def test_pharmacist_hours_over_the_cap_are_explained() -> None:
    # >5 P-specific hours are not counted (https://www.ptcb.org/news/recertification-updates).
    big = p_hours("2025-08-01", "7")
    result = judge(CPHT, [*basket(total_t="13"), big], AS_OF)
    line = activity(result, big.id)
    assert line.counted == Hours.parse("5")
    assert counts_less_text(line) == (
        "only 5 of 7 hours count: pharmacist-specific hours over the 5-hour cap"
    )
    assert requirement(result, "pharmacist-specific") == Hours.parse("5")


def test_the_cap_keeps_the_pharmacist_law_hour() -> None:
    # The P cap and the law minimum together: of 6 P hours only 5 count, and the engine
    # keeps the P hour that carries the law topic (03), leaving out a general one.
    general = p_hours("2025-05-02", "5")
    law = p_hours("2025-09-01", "1", "03")
    result = judge(
        CPHT, [t_hours("2025-05-01", "14"), t_hours("2025-06-01", "1", "05"), general, law], AS_OF
    )
    assert activity(result, law.id).counted == Hours.parse("1")
    assert activity(result, general.id).counted == Hours.parse("4")
    assert "pharmacy law (ACPE topic 03)" in (counts_less_text(activity(result, general.id)) or "")
    assert "law" not in unmet(result)
    assert result.counted_hours == Hours.parse("20")
    assert result.phase == Phase.COMPLETE


def test_in_service_is_not_accepted_since_2018() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/206222598
    in_service = ce("2025-10-01", "3", category=Category.IN_SERVICE)
    result = judge(CPHT, [*basket(total_t="15"), in_service], AS_OF)
    assert counts_less_text(activity(result, in_service.id)) == (
        "in-service CE is not accepted by PTCB since 2018"
    )
    assert unmet(result) == {"total"}


def test_college_credit_is_capped_at_10_hours() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/206222598 : college credit <= 10 of 20 h.
    college = ce("2025-10-01", "12", category=Category.COLLEGE)
    result = judge(CPHT, [*basket(total_t="13"), college], AS_OF)
    assert activity(result, college.id).counted == Hours.parse("10")
    assert "college credit over the 10-hour cap" in (
        counts_less_text(activity(result, college.id)) or ""
    )


@pytest.mark.parametrize(
    ("on", "counts"),
    [
        pytest.param("2025-03-31", False, id="day before the cycle"),
        pytest.param("2025-04-01", True, id="first day of the cycle"),
        pytest.param("2027-03-31", True, id="last day (expiration)"),
    ],
)
def test_cycle_edges(on: str, counts: bool) -> None:
    # "CE activities must be completed within your current 2-year recertification cycle"
    # ... "on or before the expiration date" (rules-reference 1.4).
    edge = t_hours(on, "2")
    result = judge(CPHT, [*basket(total_t="16"), edge], "2027-03-31")
    assert (activity(result, edge.id).counted == Hours.parse("2")) is counts
    assert (result.phase == Phase.COMPLETE) is counts


def test_the_day_after_expiration_is_lapsed_whatever_the_hours() -> None:
    # Past expiration with no renewal recorded: lapsed (reinstatement possible for 1 year).
    result = judge(CPHT, basket(law="2"), "2027-04-01")
    assert result.phase == Phase.LAPSED
    assert result.rules_type_id == "ptcb-cpht-reinstatement"


@pytest.mark.parametrize(
    ("expires", "deadline", "opens"),
    [
        # Oct 31 -> Oct 1 either way; Apr 30 -> Apr 1 vs Mar 31: the earlier wins
        # (rules-reference 1.3, "warn at the earlier of the two dates").
        ("2027-10-31", "2027-10-01", "2027-09-01"),
        ("2027-04-30", "2027-03-31", "2027-03-01"),
    ],
)
def test_deadline_is_the_earlier_of_the_two_wordings(
    expires: str, deadline: str, opens: str
) -> None:
    result = judge(credential("ptcb-cpht", expires), [], "2026-01-01")
    assert str(result.dates.deadline) == deadline
    assert str(result.dates.renewal_opens) == opens  # 60 days before expiration


@pytest.mark.parametrize(
    ("as_of", "activities", "phase"),
    [
        pytest.param("2025-06-01", [], Phase.ON_TRACK, id="early, nothing yet"),
        pytest.param("2026-06-01", [], Phase.AT_RISK, id="behind pace"),
        pytest.param("2026-06-01", basket(total_t="8"), Phase.ON_TRACK, id="on pace"),
        pytest.param("2027-02-01", basket(total_t="17"), Phase.AT_RISK, id="renewal window"),
        pytest.param("2027-03-02", basket(total_t="17"), Phase.DUE, id="past the deadline"),
        pytest.param("2027-03-02", basket(), Phase.COMPLETE, id="complete wins before expiry"),
        pytest.param("2028-03-31", basket(), Phase.LAPSED, id="last reinstatement day"),
        pytest.param("2028-04-01", basket(), Phase.EXPIRED, id="past reinstatement"),
    ],
)
def test_phases(as_of: str, activities: list[ActivityFact], phase: Phase) -> None:
    assert judge(CPHT, activities, as_of).phase == phase


def test_due_sentences_name_the_expiration_date() -> None:
    result = judge(CPHT, basket(total_t="17"), "2027-03-02")
    assert missing_texts(result.missing) == ("1 more hour of CE in total by 2027-03-31",)


def test_expired_says_so() -> None:
    result = judge(CPHT, basket(), "2028-04-01")
    assert missing_texts(result.missing)[0].startswith("Expired on 2027-03-31")


def test_unconfirmed_facts_are_shown() -> None:
    notes = note_texts(judge(CPHT, [], AS_OF).notes)
    assert any("application deadline is worded two ways" in n for n in notes)


# ------------------------------------------------------------------ reinstatement (1.5)


def test_reinstatement_needs_2_law_hours() -> None:
    # https://ptcb.org/renew/reinstate : 20 h including 2 h pharmacy law + 1 h patient safety.
    result = judge(CPHT, basket(total_t="18", law="1"), "2027-06-01")
    assert result.phase == Phase.LAPSED
    assert unmet(result) == {"law"}
    law = "To reinstate: 1 more hour of pharmacy law (ACPE topic 03) by 2028-03-31"
    assert law in missing_texts(result.missing)
    assert any("reinstatement" in n for n in note_texts(result.notes))


@pytest.mark.parametrize(
    ("on", "counts"),
    [
        pytest.param("2025-04-01", True, id="last recertification (cycle start)"),
        pytest.param("2028-03-31", True, id="1 year after expiration"),
        pytest.param("2025-03-31", False, id="before the last recertification"),
    ],
)
def test_reinstatement_window(on: str, counts: bool) -> None:
    # PTCB's example: expired 11/30/2018, last recertification 12/1/2016 -> CE window
    # 12/1/2016 to 11/30/2019 (https://ptcb.org/renew/reinstate).
    late_law = ce(on, "1", uan("03"))
    result = judge(CPHT, [*basket(total_t="17", law="1"), late_law], "2028-03-31")
    assert ("law" not in unmet(result)) is counts
    assert result.phase == Phase.LAPSED


def test_pace_needs_half_the_cycle_without_hours() -> None:
    # Not a board rule: rxtracker's own pace threshold (engine.cycles.PACE_FACTOR).
    assert judge(CPHT, [], "2026-02-01").phase == Phase.ON_TRACK
    assert judge(CPHT, [], "2026-04-01").phase == Phase.AT_RISK


# ------------------------------------------------------------------ older cycles (1.2)


def test_a_2019_cycle_is_judged_by_the_2018_rules() -> None:
    # From 2018-01-01 in-service is not accepted; before the 2020-09-01 change, P hours
    # were not accepted at all (https://www.ptcb.org/news/recertification-updates).
    old = credential("ptcb-cpht", "2019-06-30")
    p = ce("2018-01-10", "2", uan("01", "P"))
    result = judge(old, [t_hours("2017-08-01", "20", "03"), p], "2019-01-01")
    assert result.rules_effective_from.isoformat() == "2018-01-01"
    assert activity(result, p.id).counted == Hours.zero()
    assert "not accepted" in (counts_less_text(activity(result, p.id)) or "")
    assert "technician-specific" not in {r.id for r in result.requirements}


def test_a_2016_cycle_caps_in_service_at_5_hours() -> None:
    # 2015: in-service limit cut from 10 h to 5 h (ichpnet.org article 328).
    old = credential("ptcb-cpht", "2016-06-30")
    svc = ce("2015-02-01", "8", category=Category.IN_SERVICE)
    result = judge(old, [svc], "2016-01-01")
    assert activity(result, svc.id).counted == Hours.parse("5")


def test_a_renewed_cycle_is_judged_on_its_expiration_day_by_its_rules() -> None:
    # rules-reference 1.2: an older cycle is judged by the rules in force then.
    past = PastCycleFact(
        cycle_start=None, expires_on=day("2019-06-30"), renewed_on=day("2019-06-01")
    )
    current = credential("ptcb-cpht", "2021-06-30")
    activities = [
        t_hours("2017-08-01", "19", "03"),
        t_hours("2018-02-01", "1", "05"),
        t_hours("2019-08-01", "20"),
    ]
    result = evaluate_past_cycle(current, past, activities, CATALOG)
    assert (str(result.dates.start), str(result.dates.end)) == ("2017-07-01", "2019-06-30")
    assert result.rules_effective_from == day("2018-01-01")
    assert result.phase == Phase.COMPLETE
    assert activity(result, activities[2].id).counted == Hours.zero()
