"""Dates, names, types and choices as people write them (issue 23)."""

from __future__ import annotations

import pytest

from tests.conftest import Cli


@pytest.mark.parametrize(
    "written", ["03/15/2026", "3/15/26", "2026-03-15", "Mar 15 2026", "March 15, 2026"]
)
def test_a_date_is_taken_as_people_write_it(cli: Cli, written: str) -> None:
    cli("person", "add", "Ana Ruiz")
    added = cli("ce", "add", "Ana Ruiz", "--title", "Law", "--date", written, "--hours", "1")
    assert added.code == 0, added.err
    assert cli("ce", "list", "Ana Ruiz", "--json").json()[0]["date"] == "2026-03-15"


def test_an_impossible_date_says_why(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    wrong = cli("ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-02-30", "--hours", "1")
    assert (wrong.code, wrong.err) == (2, "rxtracker: error: date: February 2026 has 28 days\n")


def test_a_name_not_found_suggests_the_close_ones(cli: Cli) -> None:
    cli("person", "add", "Maria Gonzalez")
    cli("person", "add", "Dana Cole")
    missing = cli("ce", "list", "Maria Gonzales")
    assert missing.code == 2
    assert missing.err == (
        "rxtracker: error: person: no person named 'Maria Gonzales'; did you mean Maria Gonzalez?\n"
    )


def test_a_unique_beginning_is_taken(cli: Cli) -> None:
    cli("person", "add", "Maria Gonzalez")
    cli("person", "add", "Dana Cole")
    assert cli("credential", "add", "maria", "PTCB", "--expires", "3/31/2027").code == 0
    [held] = cli("credential", "list", "Maria Gonzalez", "--json").json()
    assert (held["type"], held["expires"]) == ("ptcb-cpht", "2027-03-31")
    cli("person", "add", "Maria Lopez")
    shared = cli("ce", "list", "Maria")
    assert shared.code == 2 and "2 people match 'Maria'" in shared.err


@pytest.mark.parametrize(
    ("named", "type_id"),
    [
        ("PTCB", "ptcb-cpht"),
        ("CPhT", "ptcb-cpht"),
        ("ExCPT", "nha-excpt"),
        ("PTCB Certified Pharmacy Technician", "ptcb-cpht"),
        ("ptcb cspt", "ptcb-cspt"),
    ],
)
def test_a_type_is_found_by_its_common_name(cli: Cli, named: str, type_id: str) -> None:
    cli("person", "add", "Ana Ruiz")
    assert cli("credential", "add", "Ana Ruiz", named, "--expires", "2027-03-31").code == 0
    assert cli("credential", "list", "--json").json()[0]["type"] == type_id


def test_a_misspelt_type_suggests_the_right_one(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    wrong = cli("credential", "add", "Ana Ruiz", "PTBC", "--expires", "2027-03-31")
    assert wrong.code == 2
    assert "did you mean PTCB?" in wrong.err


def test_choices_ignore_case_and_hyphens_and_a_wrong_one_lists_the_right_ones(cli: Cli) -> None:
    assert cli("person", "add", "Dana Cole", "--role", "Supervisor").code == 0
    assert cli("person", "list", "--json").json()[0]["role"] == "supervisor"
    args = ("ce", "add", "Dana Cole", "--title", "Huddle", "--date", "3/1/26", "--hours", "1")
    assert cli(*args, "--category", "inservice").code == 0
    assert cli("ce", "list", "Dana Cole", "--json").json()[0]["category"] == "in-service"
    wrong = cli(*args, "--category", "webinar")
    assert (wrong.code, wrong.err) == (
        2,
        "rxtracker: error: category: 'webinar' is not one of: acpe, college, in-service, "
        "employer, other\n",
    )


def test_the_issuer_alone_means_its_technician_certification(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    assert cli("credential", "add", "Ana Ruiz", "NHA", "--expires", "2027-03-31").code == 0
    assert cli("credential", "list", "--json").json()[0]["type"] == "nha-excpt"
    educator = cli("credential", "add", "Ana Ruiz", "CPTEd", "--expires", "2027-03-31")
    assert educator.code == 0, educator.err
    assert {c["type"] for c in cli("credential", "list", "--json").json()} == {
        "nha-excpt",
        "ptcb-cpted",
    }
