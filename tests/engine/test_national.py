"""CPhT-Adv, CSPT and NHA ExCPT (rules-reference sections 2 and 4)."""

from __future__ import annotations

from decimal import Decimal

from rxtracker.domain import Hours
from rxtracker.engine import Phase
from rxtracker.services.wording import missing_texts, note_texts
from tests.engine.builders import ce, credential, judge, p_hours, t_hours, unmet


def test_cpht_adv_needs_25_hours() -> None:
    # https://www.ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program :
    # the 20-hour CPhT rules plus 5 hours in any pharmacy topic.
    adv = credential("ptcb-cpht-adv", "2027-03-31")
    twenty = [
        t_hours("2025-05-01", "18"),
        t_hours("2025-06-01", "1", "03"),
        t_hours("2025-07-01", "1", "05"),
    ]
    short = judge(adv, twenty, "2026-12-01")
    assert unmet(short) == {"total"}
    assert "5 more hours of CE in total by 2027-03-31" in missing_texts(short.missing)
    done = judge(adv, [*twenty, p_hours("2025-08-01", "5")], "2026-12-01")
    assert done.phase == Phase.COMPLETE
    assert done.counted_hours == Hours.parse("25")
    assert any("5 extra CPhT-Adv hours" in n for n in note_texts(done.notes))  # unconfirmed, shown


def test_cspt_is_yearly_with_a_competency_attestation() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/115003222812 : renewed every year with a
    # competency attestation; 5 h sterile-compounding CE per a 2018 source (unconfirmed).
    sterile = ce("2026-01-15", "5", "0204-0000-25-100-L07-T", tags=["sterile-compounding"])
    cspt = credential("ptcb-cspt", "2026-10-31", items=[("competency-attestation", "2026-02-01")])
    result = judge(cspt, [sterile], "2026-06-01")
    assert str(result.dates.start) == "2025-11-01"
    assert result.phase == Phase.COMPLETE
    assert all(r.unconfirmed for r in result.requirements if r.id != "competency-attestation")
    assert any("2018 article" in n for n in note_texts(result.notes))


def test_cspt_attestation_from_an_earlier_year_does_not_count() -> None:
    sterile = ce("2026-01-15", "5", tags=["sterile-compounding"])
    cspt = credential("ptcb-cspt", "2026-10-31", items=[("competency-attestation", "2025-09-01")])
    result = judge(cspt, [sterile], "2026-06-01")
    assert unmet(result) == {"competency-attestation"}
    assert missing_texts(result.missing) == (
        "Record the competency attestation form (signed by a qualified supervisor) "
        "(dated in this cycle) by 2026-10-31",
    )


def test_nha_shows_credits_as_hours_divided_by_two() -> None:
    # https://knowledge.nhanow.com/how-to-renew-an-nha-excpt-certification :
    # "Two (2) hours of documented training is equal to one (1) continuing education credit".
    nha = credential("nha-excpt", "2027-06-30")
    law = ce("2026-02-01", "1", tags=["law"])  # NHA CE need not carry a UAN
    safety = ce("2026-02-02", "1.5", "0204-0000-25-500-H05-T")
    result = judge(nha, [t_hours("2026-01-10", "11.5"), law, safety], "2026-12-01")
    assert result.counted_hours == Hours.parse("14")
    assert result.credits is not None
    assert (result.credits.counted, result.credits.required) == (Decimal(7), Decimal(10))
    assert unmet(result) == {"total"}
    assert missing_texts(result.missing) == ("6 more hours of CE in total by 2027-06-30",)


def test_nha_needs_law_and_patient_safety() -> None:
    nha = credential("nha-excpt", "2027-06-30")
    result = judge(nha, [t_hours("2026-01-10", "20")], "2026-12-01")
    assert unmet(result) == {"law", "patient-safety"}
    assert result.missing_hours == Hours.parse("2")  # two different topics add up
