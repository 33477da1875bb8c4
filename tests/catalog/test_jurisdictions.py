"""Issue 15: every US jurisdiction has a technician entry, every fact is sourced and dated,
what is not confirmed says so, and docs/coverage.md matches the catalog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rxtracker.catalog import CeStatus, Confirmation, CredentialKind, RequirementKind, load_builtin
from rxtracker.catalog.coverage import JURISDICTIONS, coverage_markdown, missing_jurisdictions
from rxtracker.catalog.describe import ce_sentence, describe, hours_words

CATALOG = load_builtin()
#: The day the 43 new jurisdictions were added, and the day of the latest re-check.
ADDED_CHECKED = dt.date(2026, 12, 6)
LATEST_CHECK = dt.date(2026, 12, 7)
COVERAGE = Path(__file__).resolve().parents[2] / "docs" / "coverage.md"
ALL = sorted(CATALOG.types)


def test_all_52_jurisdictions_have_a_technician_entry() -> None:
    assert len(JURISDICTIONS) == 52
    assert missing_jurisdictions(CATALOG) == []


@pytest.mark.parametrize("type_id", ALL)
def test_every_fact_has_an_address_and_a_checked_date(type_id: str) -> None:
    ctype = CATALOG.get(type_id)
    sourced = [ctype.dates.sourced, *(r.sourced for r in ctype.rule_sets)]
    sourced += [q.sourced for r in ctype.rule_sets for q in r.requirements]
    sourced += [f.sourced for f in ctype.fees] + [t.sourced for t in ctype.first_renewal]
    for fact in sourced:
        assert fact.source.startswith(("http://", "https://", "rule ")), fact
        assert fact.checked <= LATEST_CHECK
    for req in (q for r in ctype.rule_sets for q in r.requirements):
        assert not req.unconfirmed or req.note, f"{type_id}.{req.id}: unconfirmed, no note"


@pytest.mark.parametrize("type_id", ALL)
def test_ce_status_matches_the_rules(type_id: str) -> None:
    ctype = CATALOG.get(type_id)
    totals = [q for q in ctype.current_rules.requirements if q.kind == RequirementKind.TOTAL]
    if ctype.ce == CeStatus.NOT_FOUND:
        assert not ctype.current_rules.requirements and "no official statement" in (
            ce_sentence(ctype)
        )
    elif ctype.ce == CeStatus.NONE:
        assert ce_sentence(ctype).startswith(f"The {ctype.issuer} asks no CE")
    elif ctype.cycle_months is not None and ctype.kind != CredentialKind.CERTIFICATE:
        assert totals, f"{type_id} asks CE but has no total"
    if ctype.confirmation == Confirmation.UNCONFIRMED and ctype.ce == CeStatus.REQUIRED:
        assert ctype.unconfirmed or any(t.unconfirmed for t in totals), type_id


def test_new_entries_were_checked_today_and_say_how_sure_they_are() -> None:
    new = [t for t in CATALOG.all() if t.dates.sourced.checked >= ADDED_CHECKED]
    assert len(new) >= 43
    assert {t.confirmation for t in new} == set(Confirmation)


#: Jurisdictions whose technician CE figure no official text confirmed (issue 15; searched
#: again 2026-12-07; West Virginia left the list: its board's renewal page names no CE).
NO_CE_FIGURE = {"AR", "ID", "IN", "KY", "ME", "MT", "NY", "OK", "OR", "PA", "PR", "WI"}


def test_a_jurisdiction_without_a_confirmed_ce_figure_tells_the_user_why() -> None:
    not_found = [t for t in CATALOG.all() if t.state and t.ce == CeStatus.NOT_FOUND]
    assert {t.state for t in not_found} == NO_CE_FIGURE
    for ctype in not_found:
        shown = [s.text for s in describe(ctype).sentences]
        assert any(t.startswith("Not confirmed: ") for t in shown), ctype.id
        assert "no official statement" in ce_sentence(ctype), ctype.id


def test_cpted_is_a_national_certification_renewed_every_two_years() -> None:
    # rules-reference section 0: PTCB renews CPhT, CSPT, CPhT-Adv and CPTEd with CE.
    cpted = CATALOG.get("ptcb-cpted")
    assert (cpted.kind, cpted.cycle_months) == (CredentialKind.NATIONAL, 24)
    assert cpted.ce == CeStatus.NOT_FOUND and hours_words(cpted) == "not found"


@pytest.mark.parametrize(
    ("type_id", "hours"),
    [
        # https://lawfilesext.leg.wa.gov/law/wsr/2023/05/23-05-010.htm : 2.0 CEU per 2 years.
        ("wa-technician", "20 h every 2 years"),
        # http://pharmacyboard.wyo.gov/continuing-ed/contedtech : 6 contact hours a year.
        ("wy-technician", "6 h every year"),
        # Iowa Code 155A.6A: registration renewal 'shall not require continuing education'.
        ("ia-technician", "none (keep the national certification)"),
        # Delaware registers no technicians (third-party pages): nothing to renew.
        ("de-technician", "none"),
    ],
)
def test_hours_in_words(type_id: str, hours: str) -> None:
    assert hours_words(CATALOG.get(type_id)) == hours


def test_rules_show_sentences_carry_their_source() -> None:
    info = describe(CATALOG.get("nv-technician"))
    law = next(s for s in info.sentences if s.text.startswith("At least 1 hour of approved"))
    assert law.source == "http://bop.nv.gov/services/Renewal_-_Pharmaceutical_Techs_Only"
    assert "Nevada law program (tag: nevada-law)" in law.text


def test_coverage_doc_is_current() -> None:
    assert COVERAGE.read_text(encoding="utf-8") == coverage_markdown(CATALOG), (
        "docs/coverage.md is stale: run `make coverage`"
    )
