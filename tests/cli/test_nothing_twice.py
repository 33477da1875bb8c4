"""Nothing twice (issue 23): the same name, the same credential type, the same course on the
same day are refused with the existing record named (exit 2, nothing written)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli, db_dump

SAFETY = ("--title", "Med safety", "--date", "2026-01-05", "--hours", "2")
UAN = ("--uan", "0197-0000-25-005-H05-T")


def test_a_second_person_with_the_same_name_is_refused(cli: Cli, data_dir: Path) -> None:
    assert cli("person", "add", "José Pérez").code == 0
    before = db_dump(data_dir / "rxtracker.sqlite3")
    again = cli("person", "add", "jose  PEREZ")
    assert again.code == 2
    assert again.err == (
        "rxtracker: error: name: José Pérez is already recorded here (id 1); "
        "--same-name-ok adds a second person with this name\n"
    )
    assert db_dump(data_dir / "rxtracker.sqlite3") == before
    assert cli("person", "add", "jose perez", "--same-name-ok").code == 0


def test_a_deactivated_namesake_does_not_make_the_name_ambiguous(cli: Cli) -> None:
    cli("person", "add", "Linda Brooks")
    cli("person", "add", "Linda Brooks", "--same-name-ok")
    shared = cli("ce", "list", "Linda Brooks")
    assert shared.code == 2 and "use the id: 1 (Linda Brooks), 2 (Linda Brooks)" in shared.err
    assert cli("person", "deactivate", "1").code == 0
    assert cli("ce", "list", "Linda Brooks", "--json").code == 0
    assert cli("person", "edit", "Linda Brooks", "--email", "l@example.com").code == 0
    assert [p["email"] for p in cli("person", "list", "--json").json()] == [None, "l@example.com"]


def test_a_second_credential_of_the_same_type_points_to_renew(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31")
    second = cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2025-03-31")
    assert second.code == 2
    assert "Ana Ruiz already holds PTCB Certified Pharmacy Technician (CPhT) (id 1, " in second.err
    assert "`rxtracker credential renew 1 --expires DATE`" in second.err
    assert len(cli("credential", "list", "--json").json()) == 1


def test_the_same_course_on_the_same_day_is_refused_unless_again(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31")
    assert cli("ce", "add", "Ana Ruiz", *SAFETY, *UAN).code == 0
    twice = cli("ce", "add", "Ana Ruiz", *SAFETY, *UAN)
    assert twice.code == 2
    assert twice.err == (
        "rxtracker: error: activity: Med safety (UAN 0197-0000-25-005-H05-T, 01/05/2026) is "
        "already logged as activity 1; --again logs it a second time\n"
    )
    assert cli("ce", "add", "Ana Ruiz", *SAFETY, *UAN, "--again").code == 0
    status = cli("status", "Ana Ruiz", "--as-of", "2026-06-01", "--json").json()
    [cpht] = status[0]["credentials"]
    assert cpht["counted_hours"] == 2
