"""The defects listed in issue #15, each as a real scenario citing the rule it checks."""

from __future__ import annotations

import pytest

from rxtracker.domain import Category, Hours
from rxtracker.engine import CredentialFact, PastCycleFact, Phase, with_dependencies
from rxtracker.engine.cycles import start_after_renewal
from rxtracker.records import replace
from rxtracker.services.wording import counts_less_text, missing_texts, note_texts
from tests.engine.builders import (
    CATALOG,
    activity,
    ce,
    credential,
    day,
    judge,
    t_hours,
    uan,
    unmet,
)


def issued(type_id: str, expires: str, on: str) -> CredentialFact:
    """A credential with its issued date (the first registration period is read from it)."""
    return replace(credential(type_id, expires), issued_on=day(on))


# ------------------------------------------------------------------ Florida


def test_florida_human_trafficking_is_one_time() -> None:
    # s. 456.0341 F.S.: one 1-hour course, due by 2021-01-01 (help.cebroker.com article
    # 3177110; floridapharmacy.org): a course taken in an earlier biennium still counts.
    fl = credential("fl-technician", "2026-12-31")
    earlier = ce("2020-11-15", "1", tags=["human-trafficking"])
    hours = [
        ce("2025-02-01", "4", uan("01", fmt="L")),
        ce("2025-03-01", "2", uan("05"), tags=["medication-errors"]),
        t_hours("2025-04-01", "14"),
    ]
    assert judge(fl, [earlier, *hours], "2026-11-01").phase == Phase.COMPLETE
    assert unmet(judge(fl, hours, "2026-11-01")) == {"human-trafficking"}


def test_florida_first_renewal_adds_one_hour_of_hiv_aids() -> None:
    # https://floridaspharmacy.gov/help-center/what-are-the-requirements-for-continuing-education/
    # : 1 h HIV/AIDS for the first renewal; registered < 12 months before expiration, only it.
    hours = [
        ce("2025-02-01", "4", uan("01", fmt="L")),
        ce("2025-03-01", "2", uan("05"), tags=["medication-errors"]),
        t_hours("2025-04-01", "13"),
        ce("2025-04-02", "1", tags=["human-trafficking"]),
    ]
    first = judge(issued("fl-technician", "2026-12-31", "2025-01-10"), hours, "2026-11-01")
    assert unmet(first) == {"hiv-aids"}
    assert any(
        "First registration period (read from the issued date" in n for n in note_texts(first.notes)
    )
    hiv = ce("2025-05-01", "1", uan("02"))
    assert (
        judge(
            issued("fl-technician", "2026-12-31", "2025-01-10"), [*hours, hiv], "2026-11-01"
        ).phase
        == Phase.COMPLETE
    )
    late = judge(issued("fl-technician", "2026-12-31", "2026-03-01"), [], "2026-11-01")
    assert unmet(late) == {"hiv-aids", "human-trafficking"}
    assert {r.id for r in late.requirements if r.exempt} == {"total", "live", "medication-errors"}
    later = judge(credential("fl-technician", "2026-12-31"), hours, "2026-11-01")
    assert "hiv-aids" not in {r.id for r in later.requirements}  # not a first renewal


# ------------------------------------------------------------------ Texas


def test_texas_counts_only_approved_ce_toward_the_20_hours() -> None:
    # 22 TAC 297.8; https://www.pharmacy.texas.gov/licensees/ce-human-trafficking-faq.asp : a
    # non-accredited HHSC trafficking course meets the course requirement but adds no hours.
    tx = credential("tx-technician", "2027-06-30")
    trafficking = ce("2026-01-10", "1", tags=["human-trafficking"])  # no UAN: not accredited
    hours = [t_hours("2025-08-01", "18"), ce("2026-02-01", "1", uan("03"), tags=["texas-law"])]
    result = judge(tx, [*hours, trafficking], "2026-12-01")
    assert unmet(result) == {"total"}
    assert missing_texts(result.missing) == ("1 more hour of CE in total by 2027-06-30",)
    line = activity(result, trafficking.id)
    assert line.counted == Hours.zero()
    assert "not approved CE (22 TAC 297.8)" in (counts_less_text(line) or "")
    employer = ce("2026-03-01", "1", category=Category.EMPLOYER)
    assert judge(tx, [*hours, trafficking, employer], "2026-12-01").phase != Phase.COMPLETE
    accredited = ce("2026-03-01", "1", uan("01"))
    assert judge(tx, [*hours, trafficking, accredited], "2026-12-01").phase == Phase.COMPLETE


# ------------------------------------------------------------------ first registration


def test_first_registration_is_read_from_the_issued_date() -> None:
    # TX 22 TAC 297.8(b)(1): exempt in the initial registration period (trafficking aside).
    tx = judge(issued("tx-technician", "2027-06-30", "2025-12-01"), [], "2026-12-01")
    assert unmet(tx) == {"human-trafficking"}
    # IL 68 Ill. Adm. Code 1330.230: first renewal exempt.
    il = judge(issued("il-technician", "2027-03-31", "2026-06-01"), [], "2026-12-01")
    assert il.phase == Phase.COMPLETE
    # Same credential renewed before: the hours apply again.
    renewed = replace(
        issued("il-technician", "2027-03-31", "2024-06-01"),
        past_cycles=(PastCycleFact(None, day("2026-03-31"), day("2026-03-01")),),
    )
    assert "total" in unmet(judge(renewed, [], "2026-12-01"))


def test_ohio_waives_ce_only_within_6_months_of_expiration() -> None:
    # OAC 4729:3-5-02(B): registered within six months of the expiration date -> no CE.
    near = judge(issued("oh-registered-technician", "2028-03-31", "2027-11-01"), [], "2027-12-01")
    assert near.phase == Phase.COMPLETE
    early = judge(issued("oh-registered-technician", "2028-03-31", "2027-01-10"), [], "2027-12-01")
    assert "total" in unmet(early)


def test_georgia_prorates_a_first_biennium() -> None:
    # https://www.gpha.org/technicians : registered in the first 6 months of the biennium 20 h,
    # the next 12 months 10 h, the last 6 months exempt.
    mid = judge(issued("ga-technician", "2027-06-30", "2026-01-15"), [], "2027-03-01")
    assert next(r for r in mid.requirements if r.id == "total").required == Hours.parse("10")
    late = judge(issued("ga-technician", "2027-06-30", "2027-02-01"), [], "2027-03-01")
    assert late.phase == Phase.COMPLETE
    full = judge(issued("ga-technician", "2027-06-30", "2025-08-01"), [], "2027-03-01")
    assert next(r for r in full.requirements if r.id == "total").required == Hours.parse("20")


def test_saying_first_registration_without_a_date_asks_for_it() -> None:
    # Georgia's proration needs the registration date (gpha.org/technicians).
    said = credential("ga-technician", "2027-06-30", initial_cycle=True)
    result = judge(said, [], "2027-03-01")
    assert any("enter the date the credential was issued" in n for n in note_texts(result.notes))


# ------------------------------------------------------------------ CSPT on its CPhT


def test_a_cspt_is_lost_with_its_cpht() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/30025462669837 : "A loss of PTCB CPhT ...
    # will result in the loss of CSPT Certification".
    cpht = judge(credential("ptcb-cpht", "2026-10-31"), [], "2026-11-15")
    cspt = judge(
        credential("ptcb-cspt", "2027-10-31", items=[("competency-attestation", "2026-11-01")]),
        [ce("2026-11-02", "5", uan("07"), tags=["sterile-compounding"])],
        "2026-11-15",
    )
    assert cpht.phase == Phase.LAPSED and cspt.phase == Phase.COMPLETE
    _, adjusted = with_dependencies([cpht, cspt], CATALOG)
    assert adjusted.phase == Phase.LAPSED
    assert missing_texts(adjusted.missing)[0].startswith("Your PTCB CPhT lapsed on 2026-10-31")
    alone = with_dependencies([cspt], CATALOG)[0]
    assert alone.phase == Phase.COMPLETE
    assert any("none is recorded" in n for n in note_texts(alone.notes))


# ------------------------------------------------------------------ PTCB cycle and caps


def test_ptcb_cycle_starts_when_the_last_recertification_was_approved() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/206169508 : "This cycle begins when your
    # last recertification was approved and ends on your certification expiration date".
    early = replace(
        credential("ptcb-cpht", "2027-03-31"),
        past_cycles=(PastCycleFact(None, day("2025-03-31"), day("2025-02-10")),),
    )
    after_approval = t_hours("2025-02-20", "2")
    result = judge(early, [after_approval], "2026-12-01")
    assert result.dates.start == day("2025-02-10")
    assert activity(result, after_approval.id).counted == Hours.parse("2")


@pytest.mark.parametrize(
    ("type_id", "approved", "start"),
    [
        # PTCB (article 206169508): the approval day starts the next cycle, even early.
        ("ptcb-cpht", "2025-02-10", "2025-02-10"),
        # No approval recorded: the day after the renewed cycle's expiration.
        ("ptcb-cpht", None, "2025-04-01"),
        # A board whose cycle runs from expiration to expiration (22 TAC 297.8) ignores it.
        ("tx-technician", "2025-02-10", "2025-04-01"),
    ],
)
def test_the_cycle_after_a_renewal_starts_by_the_type_s_rule(
    type_id: str, approved: str | None, start: str
) -> None:
    ctype = CATALOG.get(type_id)
    approved_on = day(approved) if approved else None
    assert start_after_renewal(ctype, day("2025-03-31"), approved_on) == day(start)


def test_ptcb_college_cap_went_from_15_to_10_on_2016_01_01() -> None:
    # https://ptcb.org/renew/recertify/new-continuing-education-requirements : "On January 1,
    # 2016 ... reduced ... from 15 to 10".
    college = ce("2015-03-01", "14", category=Category.COLLEGE)
    in_2015 = judge(credential("ptcb-cpht", "2015-12-31"), [college], "2015-12-01")
    assert activity(in_2015, college.id).counted == Hours.parse("14")
    in_2016 = judge(credential("ptcb-cpht", "2016-03-31"), [college], "2016-03-01")
    assert activity(in_2016, college.id).counted == Hours.parse("10")


# ------------------------------------------------------------------ sentences


def test_ce_sentences_name_the_expiration_and_the_deadline_is_a_separate_note() -> None:
    # PTCB: CE within the cycle "on or before the expiration date"; the application deadline
    # (1st of the expiration month) only triggers the $25 late fee (zendesk article 207090057).
    result = judge(
        credential("ptcb-cpht", "2027-03-31"), [t_hours("2025-05-01", "19")], "2026-12-01"
    )
    assert "1 more hour of CE in total by 2027-03-31" in missing_texts(result.missing)
    assert (
        "Apply by 2027-03-01 to avoid the $25 late fee; CE completed up to the expiration "
        "date, 2027-03-31, still counts." in note_texts(result.notes)
    )


def test_a_course_hint_is_given_once() -> None:
    # Florida's trafficking label already says its tag (s. 456.0341 F.S. course).
    fl = judge(credential("fl-technician", "2026-12-31"), [], "2026-06-01")
    line = next(m for m in missing_texts(fl.missing) if "human-trafficking" in m)
    assert "tag it" not in line and line.count("tag: human-trafficking") == 1


def test_a_missing_required_course_is_at_risk_29_days_before_expiry() -> None:
    # Florida (no renewal window in the catalog): hours done, the one-time trafficking course
    # missing 29 days before 2026-12-31 -> at risk, not on track.
    hours = [
        ce("2025-02-01", "4", uan("01", fmt="L")),
        ce("2025-03-01", "2", uan("05"), tags=["medication-errors"]),
        t_hours("2025-04-01", "14"),
    ]
    result = judge(credential("fl-technician", "2026-12-31"), hours, "2026-12-02")
    assert unmet(result) == {"human-trafficking"}
    assert result.phase == Phase.AT_RISK


def test_reinstatement_sentences_say_reinstatement_and_its_fee() -> None:
    # https://ptcb.org/renew/reinstate : within 1 year, 2 h law; reinstatement fee $95
    # (http://ptcb.org/renew/continuing-education).
    result = judge(
        credential("ptcb-cpht", "2027-03-31"), [t_hours("2026-01-01", "20")], "2027-06-01"
    )
    assert result.phase == Phase.LAPSED
    assert all(m.startswith("To reinstate: ") for m in missing_texts(result.missing))
    assert any(
        "Reinstatement is possible until 2028-03-31 (reinstatement fee $95)" in n
        for n in note_texts(result.notes)
    )
