"""First registration periods of the jurisdictions added by issue 15: each row is a board's
own waiver or proration, with its source, judged through the engine (no CLI needed)."""

from __future__ import annotations

import pytest

from rxtracker.domain import Hours
from rxtracker.engine import Phase
from rxtracker.engine.facts import CredentialFact
from rxtracker.records import replace
from rxtracker.services.wording import note_texts
from tests.engine.builders import credential, day, judge, t_hours

AS_OF = "2026-12-01"
EXPIRES = "2027-06-30"


def _first(type_id: str, issued: str) -> CredentialFact:
    return replace(credential(type_id, EXPIRES), issued_on=day(issued))


@pytest.mark.parametrize(
    ("type_id", "issued", "total", "source"),
    [
        # Ala. Admin. Code r. 680-X-2-.37(2): under one full calendar year, no CE.
        ("al-technician", "2026-09-01", None, "680-X-2-.37(2)"),
        # 680-X-2-.37(2): one full calendar year, 3 of the 6 hours.
        ("al-technician", "2025-12-01", "3", "680-X-2-.37(2)"),
        # Ariz. Admin. Code R4-23-1106(A)(2): exempt until the first renewal.
        ("az-technician", "2025-12-01", None, "R4-23-1106(A)(2)"),
        # 17 DCMR 9907.2: the first renewal is exempt.
        ("dc-technician", "2025-12-01", None, "17 DCMR 9907.2"),
        # pharmacy.la.gov renewal page: certificates first issued on or after 2023-07-01.
        ("la-technician", "2026-09-01", None, "pharmacy.la.gov"),
        # S.C. Code 40-43-82(G): exempt for the first renewal period.
        ("sc-technician", "2026-09-01", None, "S.C. Code 40-43-82(G)"),
        # K.A.R. 68-5-18(b): 0.8 clock-hours per month registered (14 months: 11.2 hours).
        ("ks-technician", "2026-05-01", "11.2", "K.A.R. 68-5-18(b)"),
        # K.A.R. 68-5-18(b): registered the whole two years, the full 20 hours.
        ("ks-technician", "2025-07-01", "20", "K.A.R. 68-5-18(b)"),
        # R156-17b-309(3)(a): decreased proportionately (12 of 24 months: 10 of 20 hours).
        ("ut-technician", "2026-07-01", "10", "R156-17b-309(3)(a)"),
    ],
)
def test_first_registration_period(
    type_id: str, issued: str, total: str | None, source: str
) -> None:
    result = judge(_first(type_id, issued), [], AS_OF)
    row = next(r for r in result.requirements if r.id == "total")
    if total is None:
        assert row.exempt and result.phase == Phase.COMPLETE, source
    else:
        assert row.required == Hours.parse(total), source
        assert result.phase != Phase.COMPLETE


def test_alabama_half_period_also_halves_the_live_hours() -> None:
    # 680-X-2-.37(4): one full calendar year registered, at least 1 live hour (of 2).
    home = [t_hours("2026-02-01", "3")]
    result = judge(_first("al-technician", "2025-12-01"), home, AS_OF)
    live = next(r for r in result.requirements if r.id == "live")
    assert live.required == Hours.parse("1") and not live.met


def test_utah_prorates_the_live_hours_too_but_keeps_the_law_hour() -> None:
    # R156-17b-309(3)(a): "the licensee's required number of CE hours shall be decreased
    # proportionately according to the date of licensure" (6 live of 20 -> 3 of 10).
    result = judge(_first("ut-technician", "2026-07-01"), [], AS_OF)
    asked = {r.id: r.required for r in result.requirements}
    assert asked["live"] == Hours.parse("3") and asked["law"] == Hours.parse("1")
    assert any("in proportion to the months registered" in n for n in note_texts(result.notes))


def test_kansas_proration_needs_the_issued_date() -> None:
    # K.A.R. 68-5-18(b) counts months registered: said first period without a date -> full
    # hours and a note asking for the date.
    said = credential("ks-technician", EXPIRES, initial_cycle=True)
    result = judge(said, [], AS_OF)
    row = next(r for r in result.requirements if r.id == "total")
    assert row.required == Hours.parse("20")
    assert any("enter the date the credential was issued" in n for n in note_texts(result.notes))
