"""The rule catalog loads, and a broken rule file is refused with a message naming the spot."""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import pytest

from rxtracker.catalog import CatalogError, RequirementKind, load_builtin, parse_type
from rxtracker.domain import Hours

_MINIMAL = """
schema = 1
id = "acme-annual"
name = "Acme annual training"
short_name = "Acme"
issuer = "Acme Pharmacy"
kind = "custom"
cycle_months = 12
[dates]
source = "user: employer handbook"
checked = 2026-01-01
[[rules]]
effective_from = 2020-01-01
source = "user: employer handbook"
checked = 2026-01-01
  [[rules.requirements]]
  id = "total"
  kind = "total"
  label = "Total"
  hours = "4"
"""


def _minimal(**changes: Any) -> dict[str, Any]:
    data = tomllib.loads(_MINIMAL)
    data.update(changes)
    return data


def test_builtin_catalog_has_ptcb_cpht_with_every_current_rule() -> None:
    cpht = load_builtin().get("ptcb-cpht")
    rules = cpht.rules_for(dt.date(2027, 3, 31))
    by_id = {r.id: r for r in rules.requirements}
    # https://ptcb.zendesk.com/hc/en-us/articles/206879047 (rules-reference 1.1)
    assert by_id["total"].hours == Hours.parse("20")
    assert by_id["technician-specific"].hours == Hours.parse("15")
    assert by_id["law"].select.topics == {"03"}
    assert by_id["patient-safety"].select.topics == {"05"}
    assert by_id["pharmacist-specific"].kind == RequirementKind.MAX
    assert by_id["pharmacist-specific"].hours == Hours.parse("5")
    assert by_id["in-service"].kind == RequirementKind.EXCLUDE
    assert by_id["college"].hours == Hours.parse("10")
    assert cpht.cycle_months == 24
    assert cpht.dates.renewal_opens_days_before == 60
    assert all(r.sourced.source.startswith("http") for r in rules.requirements)


def test_older_cycles_get_older_rules() -> None:
    cpht = load_builtin().get("ptcb-cpht")
    # 2018-01-01: in-service no longer accepted; before 2020-09-01 no P hours at all.
    assert cpht.rules_for(dt.date(2017, 6, 30)).requirement("in-service").kind == "max"
    assert cpht.rules_for(dt.date(2019, 6, 30)).requirement("in-service").kind == "exclude"
    assert cpht.rules_for(dt.date(2019, 6, 30)).requirement("pharmacist-specific").kind == (
        "exclude"
    )


def test_a_valid_custom_type_parses() -> None:
    ctype = parse_type(_minimal(), origin="custom type")
    assert ctype.current_rules.requirement("total").hours == Hours.parse("4")


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        ({"schema": 2}, "schema", "must be 1"),
        ({"kind": "magic"}, "kind", "is not one of"),
        ({"id": "Bad Id"}, "id", "lower-case"),
        ({"cycle_months": 0}, "cycle_months", "from 1 to 120"),
        ({"name": ""}, "name", "non-empty text"),
        ({"rules": []}, "rules", "non-empty list"),
    ],
)
def test_broken_types_name_the_key(change: dict[str, Any], where: str, problem: str) -> None:
    with pytest.raises(CatalogError) as err:
        parse_type(_minimal(**change), origin="my.toml")
    assert err.value.where == where
    assert problem in err.value.problem
    assert str(err.value).startswith("my.toml: ")


def test_broken_requirement_names_its_path() -> None:
    data = _minimal()
    data["rules"][0]["requirements"][0]["hours"] = "lots"
    with pytest.raises(CatalogError, match=r"rules\[0\]\.requirements\[0\]\.hours"):
        parse_type(data, origin="my.toml")


def test_a_cap_without_selector_is_refused() -> None:
    data = _minimal()
    data["rules"][0]["requirements"].append(
        {"id": "cap", "kind": "max", "label": "Cap", "hours": "5"}
    )
    with pytest.raises(CatalogError, match="needs a selector"):
        parse_type(data, origin="my.toml")


def test_a_source_must_be_an_address() -> None:
    data = _minimal()
    data["dates"]["source"] = "somebody told me"
    with pytest.raises(CatalogError, match="must be a web address"):
        parse_type(data, origin="my.toml")
