"""experience, pathways, credential custom-add/attest/items and ce add --recognized-program,
run as a user would, against a real data folder."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Cli
from tests.conftest import db_dump

AS_OF = "2026-11-25"


@pytest.fixture
def ana(cli: Cli) -> Cli:
    assert cli("person", "add", "Ana Ruiz").code == 0
    result = cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31")
    assert result.code == 0, result.err
    return cli


def _ok(cli: Cli, *argv: str) -> str:
    result = cli(*argv)
    assert result.code == 0, result.err
    return result.out


def _refused(cli: Cli, *argv: str) -> str:
    """The command exits 2 with one line on stderr and writes nothing."""
    before = db_dump(cli.data_dir / "rxtracker.sqlite3")
    result = cli(*argv)
    assert result.code == 2, result.out
    assert result.err.count("\n") == 1 and result.err.startswith("rxtracker: error: ")
    assert db_dump(cli.data_dir / "rxtracker.sqlite3") == before
    return result.err


def test_experience_add_list_and_remove(ana: Cli) -> None:
    out = _ok(
        ana,
        "experience",
        "add",
        "Ana Ruiz",
        "--role",
        "IV technician",
        "--start",
        "2019-01-01",
        "--end",
        "2022-06-30",
        "--hours-per-week",
        "36",
        "--area",
        "sterile-compounding",
        "--area",
        "IV",
        "--setting",
        "hospital",
    )
    assert "2019-01-01 to 2022-06-30" in out
    _ok(ana, "experience", "add", "1", "--role", "Technician", "--start", "2022-07-01")
    rows = ana("experience", "list", "Ana Ruiz", "--json").json()
    assert [(r["role"], r["end"], r["hours_per_week"], r["areas"]) for r in rows] == [
        ("Technician", None, 40, []),
        ("IV technician", "2022-06-30", 36, ["iv", "sterile-compounding"]),
    ]
    assert "sterile-compounding" in _ok(ana, "experience", "list", "1")
    _ok(ana, "experience", "remove", str(rows[1]["id"]))
    assert len(ana("experience", "list", "1", "--json").json()) == 1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--start", "2020-01-01", "--end", "2019-01-01"], "end: 2019-01-01 is before the start"),
        (["--start", "2020-13-01"], "start: there is no month 13"),
        (["--start", "2999-01-01"], "start: 2999-01-01 is in the future"),
        (["--start", "2020-01-01", "--hours-per-week", "0"], "hours per week: 0 must be 1 to 80"),
        (["--start", "2020-01-01", "--area", "a b/c"], "tag: 'a b/c'"),
    ],
)
def test_bad_experience_exits_2(ana: Cli, extra: list[str], message: str) -> None:
    err = _refused(ana, "experience", "add", "Ana Ruiz", "--role", "Technician", *extra)
    assert message in err


def test_recognized_program_on_ce_add(ana: Cli) -> None:
    _ok(
        ana,
        "ce",
        "add",
        "Ana Ruiz",
        "--title",
        "TPV training program",
        "--date",
        "2026-02-01",
        "--hours",
        "6",
        "--recognized-program",
        "ptcb-cert-tpv",
    )
    [activity] = ana("ce", "list", "Ana Ruiz", "--json").json()
    assert activity["recognized_program"] == "ptcb-cert-tpv"
    err = _refused(
        ana,
        "ce",
        "add",
        "Ana Ruiz",
        "--title",
        "Another",
        "--date",
        "2026-02-01",
        "--hours",
        "1",
        "--recognized-program",
        "ptcb-tpv",
    )
    assert "recognized program: 'ptcb-tpv' is not a PTCB-recognized program" in err


def test_pathways_cspt_and_cpht_adv_end_to_end(ana: Cli) -> None:
    # rules-reference 2.1 pathway 2 (3 years of CSP experience) and 2.2 (4 certificates and
    # 3 years of technician experience within 8).
    _ok(
        ana,
        "experience",
        "add",
        "Ana Ruiz",
        "--role",
        "IV technician",
        "--start",
        "2021-01-01",
        "--end",
        "2023-12-31",
        "--area",
        "sterile-compounding",
    )
    for cert in ["tpv", "hdm", "billing", "csdp"]:
        _ok(ana, "credential", "add", "Ana Ruiz", f"ptcb-cert-{cert}", "--expires", "2099-12-31")
    _ok(
        ana,
        "ce",
        "add",
        "Ana Ruiz",
        "--title",
        "Aseptic technique refresher",
        "--date",
        "2026-05-01",
        "--hours",
        "2",
        "--uan",
        "0197-0000-26-001-H07-T",
        "--tag",
        "sterile-compounding",
    )
    view = ana("pathways", "Ana Ruiz", "--as-of", AS_OF, "--json").json()
    by_id = {p["id"]: p for p in view["pathways"]}
    assert by_id["ptcb-cspt"]["eligible"] is True
    assert by_id["ptcb-cspt"]["routes_met"] == ["Pathway 2: 3 years of experience"]
    assert by_id["ptcb-cpht-adv"]["eligible"] is True
    assert by_id["ptcb-cpht-adv"]["routes_met"] == ["4 PTCB Assessment-Based Certificates"]
    assert by_id["ptcb-cert-tpv"]["achieved"] is True
    assert by_id["ptcb-cert-poct"]["unconfirmed"]
    historic = [s for s in by_id["ptcb-cpht-adv"]["steps"] if not s["required"]]
    assert historic and historic[0]["unconfirmed"] is True
    areas = {a["id"]: a for a in view["areas"]}
    assert (areas["compounding"]["hours"], areas["iv-sterile"]["activities"]) == (2.0, [1])
    text = _ok(ana, "pathways", "Ana Ruiz", "--as-of", AS_OF)
    assert "Certified Compounded Sterile Preparation Technician" in text
    assert "[x] 3 years of full-time compounded sterile preparation" in text
    assert "Unconfirmed:" in text and "Specialty areas" in text
    # Eight years later the same experience no longer counts.
    later = ana("pathways", "1", "--as-of", "2032-06-01", "--json").json()
    assert {p["id"]: p for p in later["pathways"]}["ptcb-cspt"]["eligible"] is False


def test_pathways_bad_input(ana: Cli) -> None:
    assert "as of: 'tomorrow' is not a date" in _refused(
        ana, "pathways", "1", "--as-of", "tomorrow"
    )
    assert "no person" in _refused(ana, "pathways", "Nobody")


def test_custom_type_and_items_end_to_end(ana: Cli) -> None:
    out = _ok(
        ana,
        "credential",
        "custom-add",
        "--name",
        "Acme annual sterile training",
        "--issuer",
        "Acme Health",
        "--cycle-months",
        "12",
        "--hours",
        "6",
        "--min-tag",
        "sterile-compounding=2",
        "--min-topic",
        "05=1",
        "--item",
        "Annual competency sign-off",
    )
    assert "custom-acme-annual-sterile-training" in out
    types = {t["id"]: t for t in ana("credential", "types", "--json").json()}
    assert types["custom-acme-annual-sterile-training"]["kind"] == "custom"
    _ok(
        ana,
        "credential",
        "add",
        "Ana Ruiz",
        "custom-acme-annual-sterile-training",
        "--expires",
        "2027-06-30",
    )
    [*_, acme] = ana("credential", "list", "1", "--json").json()
    assert acme["name"] == "Acme annual sterile training"
    _ok(ana, "credential", "attest", str(acme["id"]), "item-1", "--date", "2026-06-01")
    [item] = ana("credential", "items", str(acme["id"]), "--json").json()
    assert (item["requirement"], item["label"], item["date"]) == (
        "item-1",
        "Annual competency sign-off",
        "2026-06-01",
    )
    assert "Annual competency sign-off" in _ok(ana, "credential", "items", str(acme["id"]))
    err = _refused(ana, "credential", "custom-delete", "custom-acme-annual-sterile-training")
    assert "1 credential(s) use" in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--min-tag", "law"], "min-tag: 'law' must be written KEY=HOURS"),
        (["--min-topic", "3=1"], "minimum 1: topic '3' must be two digits"),
        (["--cycle-months", "0"], "cycle months: 0 must be 1 to 120"),
        (["--hours", "many"], "hours: 'many' is not a number"),
    ],
)
def test_bad_custom_types_exit_2(ana: Cli, extra: list[str], message: str) -> None:
    args = ["--name", "Acme", "--issuer", "Acme", "--cycle-months", "12", "--hours", "6"]
    err = _refused(ana, "credential", "custom-add", *args, *extra)
    assert message in err


def test_attest_the_cspt_competency(ana: Cli) -> None:
    _ok(ana, "credential", "add", "Ana Ruiz", "ptcb-cspt", "--expires", "2027-03-31")
    cspt = next(
        c for c in ana("credential", "list", "1", "--json").json() if c["type"] == "ptcb-cspt"
    )
    out = _ok(
        ana,
        "credential",
        "attest",
        str(cspt["id"]),
        "competency-attestation",
        "--date",
        "2026-10-01",
    )
    assert "Competency attestation" in out
    err = _refused(
        ana, "credential", "attest", str(cspt["id"]), "signature", "--date", "2026-10-01"
    )
    assert "requirement: 'signature' is not a requirement of ptcb-cspt" in err
    assert "no credential" in _refused(
        ana, "credential", "attest", "99", "x", "--date", "2026-10-01"
    )
