"""The shipped rule files: every type the contract names, every number sourced and dated."""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import pytest

from rxtracker.catalog import CatalogError, CredentialKind, load_builtin, parse_type
from rxtracker.domain import Hours

CATALOG = load_builtin()
NATIONAL = ["ptcb-cpht", "ptcb-cpht-reinstatement", "ptcb-cpht-adv", "ptcb-cspt", "nha-excpt"]
STATES = {
    "tx-technician": "TX",
    "fl-technician": "FL",
    "ca-technician": "CA",
    "oh-registered-technician": "OH",
    "ga-technician": "GA",
    "mi-technician": "MI",
    "il-technician": "IL",
    "va-technician": "VA",
    "nc-technician": "NC",
}


def test_every_contract_type_is_shipped() -> None:
    assert set(NATIONAL) | set(STATES) <= set(CATALOG.types)
    for type_id, state in STATES.items():
        ctype = CATALOG.get(type_id)
        assert (ctype.kind, ctype.state) == (CredentialKind.STATE, state)


@pytest.mark.parametrize("type_id", [*NATIONAL, *STATES])
def test_every_number_has_a_source_and_a_checked_date(type_id: str) -> None:
    ctype = CATALOG.get(type_id)
    assert ctype.dates.sourced.source.startswith(("http", "rule "))
    for rules in ctype.rule_sets:
        for req in rules.requirements:
            assert req.sourced.source.startswith(("http", "rule ")), req.id
            assert req.sourced.checked <= dt.date(2026, 12, 7)  # the latest re-check
            if req.unconfirmed:
                assert req.note, f"{type_id}.{req.id} is unconfirmed but says nothing"


def test_reinstatement_is_a_variant_not_a_type_to_hold() -> None:
    variant = CATALOG.get("ptcb-cpht-reinstatement")
    assert variant.variant_of == "ptcb-cpht" and not variant.holdable
    assert "ptcb-cpht-reinstatement" not in {t.id for t in CATALOG.holdable()}
    assert CATALOG.get("ptcb-cpht").dates.reinstatement_type == "ptcb-cpht-reinstatement"
    # rules-reference 1.5: 2 hours of pharmacy law.
    assert variant.current_rules.requirement("law").hours == Hours.parse("2")


def test_listing_order_is_national_then_specialty_then_states() -> None:
    kinds = [t.kind for t in CATALOG.holdable()]
    assert kinds == sorted(
        kinds,
        key=[
            CredentialKind.NATIONAL,
            CredentialKind.SPECIALTY,
            CredentialKind.CERTIFICATE,
            CredentialKind.STATE,
            CredentialKind.CUSTOM,
        ].index,
    )


def test_nha_credits_are_two_hours_each() -> None:
    credits = CATALOG.get("nha-excpt").credits
    assert credits is not None and credits.hours_per_credit == Hours.parse("2")


_BASE = """
schema = 1
id = "acme"
name = "Acme"
short_name = "Acme"
issuer = "Acme"
kind = "custom"
cycle_months = 12
[dates]
source = "user: handbook"
checked = 2026-01-01
[[rules]]
effective_from = 2020-01-01
source = "user: handbook"
checked = 2026-01-01
  [[rules.requirements]]
  id = "live"
  kind = "min"
  label = "Live"
  hours = "2"
  select = { format = ["live"] }
"""


def _data() -> dict[str, Any]:
    return tomllib.loads(_BASE)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("select", "format"), ["L"], "'L' is not one of ['home', 'live', 'unknown']"),
        (("select", "match"), "some", "'some' must be 'all' (every field) or 'any'"),
        (("select", "colour"), ["red"], "unknown key; known: audience"),
        (("condition",), 3, "must be a non-empty text"),
    ],
)
def test_new_requirement_fields_are_validated(
    path: tuple[str, ...], value: Any, message: str
) -> None:
    data = _data()
    target = data["rules"][0]["requirements"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(CatalogError) as err:
        parse_type(data, origin="acme.toml")
    assert message in str(err.value)
    assert "rules[0].requirements[0]" in err.value.where


def test_credits_must_be_positive() -> None:
    data = _data()
    data["credits"] = {
        "name": "Points",
        "hours_per_credit": "0",
        "source": "user: x",
        "checked": dt.date(2026, 1, 1),
    }
    with pytest.raises(CatalogError, match=r"credits\.hours_per_credit: must be more than 0"):
        parse_type(data, origin="acme.toml")
