"""The PTCB certificate files, CSPT/CPhT-Adv eligibility and specialty areas, as data.

Sources: shared/domain/rules-reference.md sections 2.1, 2.2, 3.1-3.4 and 5.2.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from rxtracker.catalog import CatalogError, CredentialKind, load_builtin, parse_type
from rxtracker.catalog.model import ConditionKind
from rxtracker.catalog.pathways import recognized_programs

CATALOG = load_builtin()
CERTIFICATES = [
    "ptcb-cert-tpv",
    "ptcb-cert-medication-history",
    "ptcb-cert-hdm",
    "ptcb-cert-billing",
    "ptcb-cert-csdp",
    "ptcb-cert-immunization",
    "ptcb-cert-poct",
    "ptcb-cert-mtm",
    "ptcb-cert-regulatory",
    "ptcb-cert-supply-chain",
    "ptcb-cert-nonsterile",
]
UNCONFIRMED = CERTIFICATES[6:]  # rules-reference 3.2 last row and 9.4


def test_the_eleven_certificates_of_rules_reference_3_1() -> None:
    certificates = sorted(t.id for t in CATALOG.all() if t.kind == CredentialKind.CERTIFICATE)
    assert certificates == sorted(CERTIFICATES)


@pytest.mark.parametrize("type_id", CERTIFICATES)
def test_a_certificate_has_no_cycle_and_needs_an_active_cpht(type_id: str) -> None:
    ctype = CATALOG.get(type_id)
    assert ctype.cycle_months is None
    # 3.3: "certificates do not expire and need no CE" is probable, not confirmed.
    assert any("probable but not confirmed" in u for u in ctype.unconfirmed)
    assert ctype.current_rules.requirement("total").unconfirmed
    assert ctype.eligibility is not None
    active = ctype.eligibility.conditions[0]
    assert active.kind == ConditionKind.ACTIVE
    assert set(active.types) == {"ptcb-cpht", "ptcb-cpht-adv"}
    assert ctype.eligibility.sourced.source.startswith("https://")


@pytest.mark.parametrize("type_id", CERTIFICATES)
def test_eligibility_is_marked_unconfirmed_exactly_where_the_reference_says(type_id: str) -> None:
    eligibility = CATALOG.get(type_id).eligibility
    assert eligibility is not None
    assert bool(eligibility.unconfirmed) is (type_id in UNCONFIRMED)


def test_medication_history_and_billing_have_two_pathways() -> None:
    # https://www.ptcb.org/credentials/medication-history-certificate : program + 6 months,
    # or 12 months full time. https://www.ptcb.org/credentials/billing-and-reimbursement-certificate
    history = CATALOG.get("ptcb-cert-medication-history").eligibility
    billing = CATALOG.get("ptcb-cert-billing").eligibility
    assert history is not None and billing is not None
    h1, h2 = history.routes
    assert [c.kind for c in h1.conditions] == [ConditionKind.PROGRAM, ConditionKind.EXPERIENCE]
    assert (h1.conditions[1].months, h2.conditions[0].months) == (6, 12)
    b1, b2 = billing.routes
    assert b1.conditions[1].areas == frozenset()  # any technician work
    assert b2.conditions[0].areas == {"billing"}


def test_cspt_pathways_carry_the_numbers_of_2_1() -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/115003215911
    cspt = CATALOG.get("ptcb-cspt").eligibility
    assert cspt is not None
    one, three = cspt.routes
    assert [c.kind for c in one.conditions] == [ConditionKind.PROGRAM, ConditionKind.EXPERIENCE]
    experience = [one.conditions[1], three.conditions[0]]
    assert [c.months for c in experience] == [12, 36]
    assert {c.full_time_hours_per_week for c in experience} == {30}
    assert {c.within_years for c in experience} == {8}
    assert {c.areas for c in experience} == {frozenset({"sterile-compounding"})}


def test_cpht_adv_eligibility_of_2_2() -> None:
    # https://www.ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program
    adv = CATALOG.get("ptcb-cpht-adv").eligibility
    assert adv is not None
    active, years, historic = adv.conditions
    assert active.types == ("ptcb-cpht",)
    assert (years.months, years.within_years, years.full_time_hours_per_week) == (36, 8, None)
    assert (historic.required, historic.unconfirmed) == (False, True)
    four, three_cspt = adv.routes
    assert four.conditions[0].count == 4
    assert three_cspt.conditions[0].count == 3
    assert three_cspt.conditions[1].types == ("ptcb-cspt",)


def test_recognized_programs_are_the_certificates_and_cspt() -> None:
    assert set(recognized_programs(CATALOG.types.values())) == {*CERTIFICATES, "ptcb-cspt"}


def test_specialty_areas_of_the_contract() -> None:
    areas = {a.id: a for a in CATALOG.areas}
    assert list(areas) == ["compounding", "iv-sterile", "nuclear", "long-term-care", "oncology"]
    assert areas["compounding"].topics == {"07"}  # ACPE topic 07 = Compounding (5.2)
    assert "07" not in areas["iv-sterile"].topics  # 07 includes nonsterile compounding
    assert areas["long-term-care"].tags == {"long-term-care"}


# ---------------------------------------------------------------- broken eligibility tables

_TYPE = """
schema = 1
id = "demo-cert"
name = "Demo certificate"
short_name = "Demo"
issuer = "Demo"
kind = "assessment-based-certificate"
[dates]
source = "https://example.org/dates"
checked = 2026-01-01
[[rules]]
effective_from = 2020-01-01
source = "https://example.org/rules"
checked = 2026-01-01
  [[rules.requirements]]
  id = "total"
  kind = "total"
  label = "Total"
  hours = "0"
[eligibility]
source = "https://example.org/eligibility"
checked = 2026-01-01
  [[eligibility.conditions]]
  kind = "experience"
  label = "6 months"
  months = 6
"""


def _with_condition(**changes: Any) -> dict[str, Any]:
    data = tomllib.loads(_TYPE)
    data["eligibility"]["conditions"][0].update(changes)
    return data


def test_a_valid_eligibility_table_parses() -> None:
    ctype = parse_type(tomllib.loads(_TYPE), origin="demo.toml")
    assert ctype.eligibility is not None
    assert ctype.eligibility.conditions[0].months == 6


@pytest.mark.parametrize(
    ("changes", "where", "problem"),
    [
        ({"month": 6}, "eligibility.conditions[0].month", "unknown key; did you mean 'months'"),
        ({"kind": "vibes"}, "eligibility.conditions[0].kind", "is not one of"),
        ({"months": 0}, "eligibility.conditions[0].months", "from 1 to"),
        ({"full_time_hours_per_week": 90}, "eligibility.conditions[0].full_time", "from 1 to 80"),
        ({"kind": "active"}, "eligibility.conditions[0].types", "needed by a active"),
        ({"kind": "certificates"}, "eligibility.conditions[0].count", "needed by a certificates"),
        ({"label": ""}, "eligibility.conditions[0].label", "non-empty text"),
        ({"source": "a friend"}, "eligibility.conditions[0].source", "must be a web address"),
    ],
)
def test_broken_conditions_name_the_key(changes: dict[str, Any], where: str, problem: str) -> None:
    data = _with_condition(**changes)
    if changes.get("kind") == "active":
        del data["eligibility"]["conditions"][0]["months"]
    with pytest.raises(CatalogError) as err:
        parse_type(data, origin="demo.toml")
    assert err.value.where.startswith(where)
    assert problem in err.value.problem


def test_an_empty_eligibility_table_is_refused() -> None:
    data = tomllib.loads(_TYPE)
    del data["eligibility"]["conditions"]
    with pytest.raises(CatalogError, match="at least one condition or route"):
        parse_type(data, origin="demo.toml")
