"""State technician registrations (rules-reference section 7), one source per test."""

from __future__ import annotations

from rxtracker.domain import Category, Hours
from rxtracker.engine import Phase
from rxtracker.services.wording import counts_less_text, missing_texts, note_texts, remark_texts
from tests.engine.builders import activity, ce, credential, judge, t_hours, uan, unmet

TX = credential("tx-technician", "2027-06-30")


def test_texas_law_must_be_tagged_texas_law() -> None:
    # TAC 297.8 / https://www.pharmacy.texas.gov/licensees/ce-tech-faq.asp : >= 1 h of
    # Texas pharmacy law or rules; general/federal law does not count.
    federal = ce("2026-01-01", "1", uan("03"))
    hours = [
        t_hours("2025-08-01", "18"),
        federal,
        ce("2026-02-01", "1", uan("01"), tags=["human-trafficking"]),  # accredited: counts
    ]
    result = judge(TX, hours, "2026-12-01")
    assert unmet(result) == {"texas-law"}
    assert "1 more hour of Texas pharmacy law or rules (tag: texas-law) by 2027-06-30" in (
        missing_texts(result.missing)
    )
    texas = ce("2026-03-01", "1", uan("03"), tags=["texas-law"])
    assert judge(TX, [*hours, texas], "2026-12-01").phase == Phase.COMPLETE


def test_texas_human_trafficking_course_every_renewal() -> None:
    # https://www.pharmacy.texas.gov/Q_A_Techs.asp : an HHSC-approved human-trafficking
    # prevention course; required even in the initial (otherwise exempt) period.
    hours = [t_hours("2025-08-01", "19"), ce("2026-03-01", "1", uan("03"), tags=["texas-law"])]
    result = judge(TX, hours, "2026-12-01")
    assert unmet(result) == {"human-trafficking"}
    assert missing_texts(result.missing) == (
        "Complete the human-trafficking prevention course (HHSC-approved) "
        "(tag it human-trafficking) by 2027-06-30",
    )
    first = judge(credential("tx-technician", "2027-06-30", initial_cycle=True), [], "2026-12-01")
    assert unmet(first) == {"human-trafficking"}
    assert {r.id for r in first.requirements if r.exempt} == {"total", "texas-law"}


def test_texas_in_service_at_most_5_hours() -> None:
    svc = ce("2026-01-05", "7", category=Category.IN_SERVICE)
    result = judge(TX, [svc], "2026-12-01")
    assert activity(result, svc.id).counted == Hours.parse("5")


def test_texas_sterile_compounding_is_conditional() -> None:
    # 2 h sterile-compounding CE for sterile compounders only (rxce summary of TAC 297.8).
    result = judge(TX, [], "2026-12-01")
    assert "sterile-compounding" not in unmet(result)
    assert any(
        n.startswith("If you compound sterile preparations:") for n in note_texts(result.notes)
    )


FL = credential("fl-technician", "2027-09-30")


def test_florida_needs_4_live_hours_and_2_medication_error_hours() -> None:
    # https://floridaspharmacy.gov/registered-pharmacy-technician-faqs/ : 20 h, 4 live,
    # 2 h prevention of medication errors, 1 h human trafficking.
    live = ce("2026-01-10", "3", uan("01", fmt="L"))
    errors = ce("2026-02-10", "1", uan("05"), tags=["medication-errors"])
    trafficking = ce("2026-03-10", "1", tags=["human-trafficking", "board-approved"])
    result = judge(FL, [t_hours("2026-01-01", "15"), live, errors, trafficking], "2026-12-01")
    assert unmet(result) == {"live", "medication-errors"}
    assert "1 more hour of live CE (UAN format letter L) by 2027-09-30" in missing_texts(
        result.missing
    )
    assert (
        "1 more hour of prevention of medication errors (board-approved, tag: medication-errors)"
        " by 2027-09-30" in missing_texts(result.missing)
    )


def test_florida_an_unknown_format_letter_is_not_live() -> None:
    # ACPE format letters: L live, H home study; "B" is unconfirmed (rules-reference 5.1).
    odd = ce("2026-01-10", "4", "0204-0000-25-001-B01-T")
    result = judge(FL, [odd], "2026-12-01")
    line = activity(result, odd.id)
    assert line.counted == Hours.parse("4")
    assert remark_texts(line) == ("unknown format letter 'B' in the UAN: not counted as live",)
    assert "live" in unmet(result)


MI = credential("mi-technician", "2027-06-30")


def test_michigan_counts_at_most_12_hours_a_day_keeping_the_needed_topics() -> None:
    # R 338.3661: no more than 12 hours of CE in any 24-hour period.
    long_day = [
        ce("2026-05-02", "8", uan("01"), title="Marathon A"),
        ce("2026-05-02", "5", uan("01"), title="Marathon B"),
        ce("2026-05-02", "2", uan("08"), title="Pain management"),
    ]
    result = judge(MI, long_day, "2026-12-01")
    assert result.counted_hours == Hours.parse("12")
    assert activity(result, long_day[2].id).counted == Hours.parse("2")  # keeps topic 08
    left_out = activity(result, long_day[1].id)
    assert left_out.counted == Hours.parse("2")
    assert counts_less_text(left_out) is not None
    assert "more than 12 hours on 2026-05-02" in counts_less_text(left_out)
    assert "pain and symptom management (ACPE topic 08)" in counts_less_text(left_out)


def test_michigan_no_credit_for_a_repeated_program() -> None:
    # R 338.3661: no credit for repeating an identical program in the same renewal period.
    first = ce("2025-09-01", "2", "0204-0000-25-321-H05-T")
    again = ce("2026-02-01", "2", "0204-0000-25-321-H05-T")
    same_title = ce("2026-03-01", "1", title="Safety basics", provider="Acme")
    retitled = ce("2026-04-01", "1", title="safety  BASICS", provider="acme")
    result = judge(MI, [again, first, same_title, retitled], "2026-12-01")
    assert counts_less_text(activity(result, again.id)) == f"repeat of activity #{first.id}"
    assert counts_less_text(activity(result, retitled.id)) == f"repeat of activity #{same_title.id}"
    assert result.counted_hours == Hours.parse("3")


def test_michigan_human_trafficking_training_is_one_time() -> None:
    # R 338.7004 (training standards): one-time human-trafficking training.
    earlier = ce("2021-05-01", "1", tags=["human-trafficking"])
    result = judge(MI, [earlier], "2026-12-01")
    assert "human-trafficking" not in unmet(result)
    assert activity(result, earlier.id).counted == Hours.zero()  # outside the cycle


def test_michigan_grace_period_ce_counts() -> None:
    # CE earned in the 60-day grace period counts (rules-reference 7, MI row).
    late = t_hours("2027-08-01", "10")
    result = judge(MI, [late, t_hours("2027-04-01", "10")], "2027-08-15")
    assert result.phase == Phase.LAPSED
    assert activity(result, late.id).counted == Hours.parse("10")
    assert result.counted_hours == Hours.parse("20")


def test_california_cultural_competency_from_2024() -> None:
    # B&P 4202(d): >= 1 h cultural competency from 2024-01-01.
    ca_now = credential("ca-technician", "2026-08-31")
    assert unmet(judge(ca_now, [], "2026-03-01")) == {"total", "cultural-competency"}
    tagged = ce("2025-10-01", "1", tags=["cultural-competency"])
    assert judge(ca_now, [tagged], "2026-03-01").phase == Phase.COMPLETE
    ca_old = credential("ca-technician", "2023-08-31")
    assert judge(ca_old, [], "2023-03-01").phase == Phase.COMPLETE


def test_ohio_two_hours_law_and_two_hours_safety() -> None:
    # OAC 4729:3-5-02: 10 h T-specific incl. 2 h law + 2 h patient/medication safety.
    oh = credential("oh-registered-technician", "2028-03-31")
    hours = [
        t_hours("2026-06-01", "7"),
        t_hours("2026-07-01", "1", "03"),
        ce("2026-07-02", "2", uan("05"), tags=["medication-safety"]),
    ]
    result = judge(oh, hours, "2027-01-01")
    assert unmet(result) == {"law"}
    assert "1 more hour of pharmacy law / jurisprudence (ACPE topic 03) by 2028-03-31" in (
        missing_texts(result.missing)
    )


def test_georgia_20_hours_from_the_2025_renewal_and_conditional_immunization() -> None:
    # gpha.org/technicians; Ga. Comp. R. & Regs. 480-15-.02; HB 416.
    ga = credential("ga-technician", "2027-06-30")
    result = judge(ga, [t_hours("2025-08-01", "20")], "2026-12-01")
    assert result.phase == Phase.COMPLETE
    assert any(n.startswith("If you administer immunizations:") for n in note_texts(result.notes))
    before = credential("ga-technician", "2023-06-30")
    assert judge(before, [], "2023-01-01").phase == Phase.COMPLETE


def test_illinois_10_hours_a_year_first_renewal_exempt() -> None:
    # 68 Ill. Adm. Code 1330.230: 10 h in the 12 months before expiration; first renewal exempt.
    il = credential("il-technician", "2027-03-31")
    hours = [
        t_hours("2026-05-01", "7"),
        t_hours("2026-06-01", "1", "03"),
        t_hours("2026-07-01", "1", "05"),
    ]
    # 68 Ill. Adm. Code 1130.400: 1 h sexual-harassment prevention, binding (counts toward 10).
    result = judge(il, hours, "2026-12-01")
    assert unmet(result) == {"total", "sexual-harassment"}
    harassment = ce("2026-08-01", "1", uan("04"), tags=["sexual-harassment"])
    result = judge(il, [*hours, harassment], "2026-12-01")
    assert result.phase == Phase.COMPLETE  # implicit bias is an unconfirmed condition
    assert any("not confirmed" in r.condition for r in result.requirements)
    first = judge(credential("il-technician", "2027-03-31", initial_cycle=True), [], "2026-12-01")
    assert first.phase == Phase.COMPLETE


def test_virginia_half_a_ceu_a_year() -> None:
    # 18VAC110-21-180: 0.5 CEU = 5 contact hours per annual renewal.
    va = credential("va-technician", "2027-01-31")
    result = judge(va, [t_hours("2026-03-01", "4.5")], "2026-12-01")
    assert missing_texts(result.missing) == ("0.5 more hours of CE in total by 2027-01-31",)


def test_north_carolina_needs_no_ce_and_has_60_days_of_grace() -> None:
    # https://www.ncbop.org/faqs/Pharmacist/faq_RenewalsTechnician1.htm: no CE; window
    # Nov 1 - Dec 31; inactive if not renewed by March 1.
    nc = credential("nc-technician", "2026-12-31")
    result = judge(nc, [], "2026-11-15")
    assert result.phase == Phase.COMPLETE
    assert str(result.dates.renewal_opens) == "2026-11-01"
    assert str(result.dates.reinstatement_until) == "2027-03-01"
