"""Every jurisdiction that asks CE: one complete and one incomplete technician, through the
real `rxtracker status --json` on one data folder built by the CLI (issue 15).

Carla holds every such state credential and a CE record that meets each board's rule; Sam
holds the same credentials with one home-study hour. Each row names the rule it checks and
its source; a guard test keeps the table in step with every CE-requiring state in the catalog.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from rxtracker.catalog import CeStatus, CredentialKind, load_builtin
from rxtracker.cli.main import main

AS_OF = "2026-12-01"
EXPIRES = "2027-06-30"

#: (type id, the rule the complete and incomplete scenarios check, its source).
ROWS = [
    # The nine states of the first catalog (North Carolina asks no CE).
    ("ca-technician", "1 h cultural competency per 2 years", "16 CCR 1732.8 / pharmacy.ca.gov"),
    ("fl-technician", "20 h: 4 live, 2 medication errors, trafficking once", "64B16-26.103"),
    ("ga-technician", "20 h per biennium from 2025-06-30", "gpha.org/technicians"),
    ("il-technician", "10 h: 1 law, 1 safety, 1 sexual harassment", "68 IAC 1330.230, 1130.400"),
    ("mi-technician", "20 h: ethics, pain, safety, 2 implicit bias, trafficking", "R 338.3661"),
    ("oh-registered-technician", "10 h T-specific: 2 law, 2 safety", "OAC 4729:3-5-02"),
    ("tx-technician", "20 h approved CE: 1 Texas law, trafficking course", "22 TAC 297.8"),
    ("va-technician", "5 h a year", "18VAC110-21-180 (townhall.virginia.gov)"),
    # The jurisdictions added by issue 15.
    ("al-technician", "6 h per renewal period, 2 live", "Ala. Admin. Code r. 680-X-2-.37"),
    ("ak-technician", "10 h per renewal (not confirmed)", "pharmacytechpros.com (third party)"),
    ("az-technician", "20 h from approved providers", "Ariz. Admin. Code R4-23-1106"),
    ("dc-technician", "20 h: 2 law, 2 safety, 2 LGBTQ", "17 DCMR 9907"),
    ("ks-technician", "20 clock-hours, no in-service", "K.A.R. 68-5-18"),
    ("la-technician", "10 h a year (not confirmed)", "pharmacy.la.gov renewal page"),
    ("md-technician", "20 h per 2 years", "COMAR 10.34.34.10"),
    ("mn-technician", "20 h of technician CE per 2 years", "mn.gov technician CE page"),
    ("nv-technician", "12 h and 1 h Nevada law", "bop.nv.gov technician renewal notice"),
    ("nh-certified-technician", "10 h: 1 live, 1 safety", "N.H. Admin. Rules Ph 806.04"),
    ("nd-technician", "10 h a year (not confirmed)", "third-party summary"),
    ("ri-technician-ii", "10 h each calendar year", "health.ri.gov licence page"),
    ("sc-technician", "10 h ACPE or CME a year", "S.C. Code 40-43-130(G)(1)"),
    ("sd-technician", "6 h (not confirmed)", "third-party summary"),
    ("ut-technician", "20 h: 6 live, 1 law or ethics", "Utah Admin. Code R156-17b-309"),
    ("vt-technician", "6 h per 2 years (not confirmed)", "third-party summary"),
    ("wa-technician", "20 h ACPE per 2 years", "WAC 246-945-220 (WSR 23-05-010)"),
    ("wy-technician", "6 h each calendar year", "pharmacyboard.wyo.gov CE rules"),
]

#: Live, technician-specific, ACPE hours that meet every row's rules (30 h in all; the
#: topics a UAN cannot say are tagged as each board asks).
_LAW = ["nevada-law", "texas-law", "ethics", "jurisprudence"]
_OTHER = ["human-trafficking", "sexual-harassment", "cultural-competency"]
CARLA_CE = [
    ("Pharmacy law update", "2026-08-01", "10", "0204-0000-26-001-L03-T", _LAW),
    ("Medication safety", "2026-09-01", "8", "0204-0000-26-002-L05-T", ["medication-errors"]),
    ("Vaccines", "2026-10-01", "4", "0204-0000-26-003-L06-T", []),
    ("LGBTQ patients", "2026-10-15", "2", "0204-0000-26-004-L04-T", ["lgbtq-cultural-competency"]),
    ("Pain management", "2026-10-20", "1", "0204-0000-26-006-L08-T", ["pain-management"]),
    ("Implicit bias in care", "2026-10-22", "2", "0204-0000-26-007-L04-T", ["implicit-bias"]),
    ("Trafficking, harassment, culture", "2026-10-25", "3", "0204-0000-26-008-L04-T", _OTHER),
]
SAM_CE = [("Drug review", "2026-09-01", "1", "0204-0000-26-005-H01-T", [])]


def _run(data_dir: Path, *argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--data-dir", str(data_dir), *argv])
    assert code == 0, argv
    return out.getvalue()


def _person(data_dir: Path, name: str, activities: list[Any]) -> None:
    _run(data_dir, "person", "add", name)
    for type_id, _rule, _source in ROWS:
        _run(data_dir, "credential", "add", name, type_id, "--expires", EXPIRES)
    for title, day, hours, uan, tags in activities:
        tag_args = [arg for tag in tags for arg in ("--tag", tag)]
        _run(data_dir, "ce", "add", name, "--title", title, "--date", day, "--hours", hours,
             "--uan", uan, *tag_args)  # fmt: skip


@pytest.fixture(scope="module")
def statuses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each person's credentials by type, from one `status --json` run."""
    data_dir = tmp_path_factory.mktemp("jurisdictions")
    _person(data_dir, "Carla Complete", CARLA_CE)
    _person(data_dir, "Sam Short", SAM_CE)
    people = json.loads(_run(data_dir, "status", "--as-of", AS_OF, "--json"))
    return {p["person"]["name"]: {c["type"]: c for c in p["credentials"]} for p in people}


@pytest.mark.parametrize(("type_id", "rule", "source"), ROWS)
def test_complete_record_meets_the_rule(
    statuses: dict[str, dict[str, Any]], type_id: str, rule: str, source: str
) -> None:
    credential = statuses["Carla Complete"][type_id]
    assert credential["status"] == "complete", (rule, source, credential["missing"])
    assert credential["missing"] == []


@pytest.mark.parametrize(("type_id", "rule", "source"), ROWS)
def test_one_home_study_hour_is_not_enough(
    statuses: dict[str, dict[str, Any]], type_id: str, rule: str, source: str
) -> None:
    credential = statuses["Sam Short"][type_id]
    assert credential["status"] != "complete", (rule, source)
    assert credential["missing"], (rule, source)
    assert credential["missing_hours"] > 0


def test_every_state_that_asks_ce_has_a_row() -> None:
    # The table, not a hand-picked list, covers the catalog: a new CE state needs a row.
    asking = {
        t.id
        for t in load_builtin().types.values()
        if t.kind == CredentialKind.STATE and t.ce == CeStatus.REQUIRED
    }
    assert {row[0] for row in ROWS} == asking


def test_nevada_law_hour_is_named_when_missing(statuses: dict[str, dict[str, Any]]) -> None:
    # bop.nv.gov: "one hour of an approved Nevada Law program ... may NOT be substituted".
    missing = statuses["Sam Short"]["nv-technician"]["missing"]
    assert any("Nevada law program" in m for m in missing), missing


def test_unconfirmed_hours_say_so(statuses: dict[str, dict[str, Any]]) -> None:
    # Alaska's 10 hours come from a third-party page: the status must not hide it.
    notes = statuses["Sam Short"]["ak-technician"]["notes"]
    assert any(n.startswith("Not confirmed:") for n in notes), notes
