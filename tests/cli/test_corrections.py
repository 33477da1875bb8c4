"""Correcting anything from the terminal: ce edit|delete|restore|attach|detach, credential
edit|renew|remove|restore and person remove|restore, each recorded in the change history
(issue 23)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import Cli, make_pdf


@pytest.fixture
def ana(cli: Cli) -> Cli:
    assert cli("person", "add", "Ana Ruiz", "--state", "TX").code == 0
    assert cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31").code == 0
    added = cli(
        "ce", "add", "Ana Ruiz", "--title", "Law update", "--date", "2026-01-05",
        "--hours", "1.5", "--uan", "0197-0000-25-001-H03-T", "--tag", "texas-law",
    )  # fmt: skip
    assert added.code == 0, added.err
    return cli


def _history(cli: Cli, entity: str, record_id: int) -> list[str]:
    return [entry["action"] for entry in cli("history", entity, str(record_id), "--json").json()]


def test_ce_edit_changes_only_the_named_fields_and_is_in_the_history(ana: Cli) -> None:
    edited = ana("ce", "edit", "1", "--hours", "2", "--notes", "corrected", "--json")
    assert edited.code == 0, edited.err
    record = edited.json()
    assert (record["hours"], record["notes"], record["title"]) == (2.0, "corrected", "Law update")
    assert record["tags"] == ["texas-law"] and record["uan"] == "0197-0000-25-001-H03-T"
    assert _history(ana, "activity", 1) == ["create", "update"]
    plain = ana("ce", "edit", "1", "--title", "Texas law update")
    assert plain.out == "Saved activity 1 (Texas law update, 01/05/2026, 2 hours).\n"


def test_ce_edit_with_nothing_to_change_says_so(ana: Cli) -> None:
    result = ana("ce", "edit", "1")
    assert result.code == 2
    assert "name at least one field to change" in result.err


def test_ce_delete_then_restore_brings_back_the_same_record(ana: Cli) -> None:
    before = ana("ce", "list", "Ana Ruiz", "--json").json()
    deleted = ana("ce", "delete", "1")
    assert deleted.code == 0
    assert "`rxtracker ce restore 1` brings it back" in deleted.out
    assert ana("ce", "list", "Ana Ruiz", "--json").json() == []
    restored = ana("ce", "restore", "1", "--json")
    assert restored.code == 0, restored.err
    assert ana("ce", "list", "Ana Ruiz", "--json").json() == before
    assert _history(ana, "activity", 1) == ["create", "delete", "create"]
    again = ana("ce", "restore", "1")
    assert again.code == 2 and "activity 1 is not deleted" in again.err


def test_after_a_delete_the_next_activity_gets_a_new_id(ana: Cli) -> None:
    assert ana("ce", "delete", "1").code == 0
    added = ana(
        "ce", "add", "Ana Ruiz", "--title", "Safety", "--date", "2026-02-01", "--hours", "1"
    )
    assert "(id 2)" in added.out


def test_ce_attach_and_detach_a_certificate(ana: Cli, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "cert.pdf")
    attached = ana("ce", "attach", "1", str(pdf), "--json")
    assert attached.code == 0, attached.err
    stored = Path(attached.json()["certificate"])
    assert stored.is_file()
    detached = ana("ce", "detach", "1")
    assert detached.out == "Took cert.pdf off activity 1 (Law update, 01/05/2026, 1.5 hours).\n"
    assert ana("ce", "list", "Ana Ruiz", "--json").json()[0]["certificate"] is None
    assert not stored.exists()
    assert ana("ce", "detach", "1").code == 2
    changes = ana("history", "activity", "1", "--json").json()[-1]["changes"]
    assert changes["certificates"] == {"old": "cert.pdf", "new": "(none)"}


def test_credential_edit_renew_and_remove(ana: Cli) -> None:
    edited = ana("credential", "edit", "1", "--number", "123456")
    assert edited.out == (
        "Saved PTCB Certified Pharmacy Technician (CPhT) no. 123456 (id 1, expires 03/31/2027).\n"
    )
    renewed = ana("credential", "renew", "1", "--expires", "2029-03-31", "--json")
    assert renewed.code == 0, renewed.err
    assert renewed.json()["expires"] == "2029-03-31"
    assert renewed.json()["number"] == "123456"
    removed = ana("credential", "remove", "1")
    assert removed.out.startswith("Removed PTCB Certified Pharmacy Technician (CPhT) no. 123456")
    assert "(id 1, expires 03/31/2029); its activities stay." in removed.out
    assert ana("credential", "list", "--json").json() == []
    assert _history(ana, "credential", 1) == ["create", "update", "update", "delete"]
    assert len(ana("ce", "list", "Ana Ruiz", "--json").json()) == 1


def test_person_remove_asks_first(ana: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    declined = ana("person", "remove", "Ana Ruiz")
    assert declined.code == 1
    assert "Delete Ana Ruiz (id 1) with 1 credential and 1 activity? [y/N]" in declined.err
    assert len(ana("person", "list", "--json").json()) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert ana("person", "remove", "Ana Ruiz").code == 0
    assert ana("person", "list", "--json").json() == []
    assert _history(ana, "person", 1) == ["create", "delete"]


def test_person_remove_yes_skips_the_question(ana: Cli) -> None:
    removed = ana("person", "remove", "1", "--yes", "--json")
    assert removed.code == 0
    assert removed.json()["name"] == "Ana Ruiz"
    assert ana("person", "list", "--json").json() == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_credential_remove_names_it_and_restore_brings_it_back(
    ana: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ana("credential", "renew", "1", "--expires", "2029-03-31").code == 0
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    declined = ana("credential", "remove", "1")
    assert declined.code == 1
    assert "Remove PTCB CPhT, expires Mar 31, 2029? [y/N]" in declined.err
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    removed = ana("credential", "remove", "1")
    assert removed.code == 0, removed.err
    assert "`rxtracker credential restore 1` brings it back." in removed.out
    assert ana("credential", "list", "--json").json() == []
    restored = ana("credential", "restore", "1")
    assert restored.code == 0, restored.err
    assert restored.out.startswith("Restored PTCB Certified Pharmacy Technician (CPhT) (id 1,")
    assert [c["id"] for c in ana("credential", "list", "--json").json()] == [1]
    assert _history(ana, "credential", 1)[-2:] == ["delete", "create"]
    again = ana("credential", "restore", "1")
    assert again.code == 2
    assert "credential 1 is not removed" in again.err


def test_person_restore_brings_back_every_record(ana: Cli) -> None:
    assert ana("person", "remove", "Ana Ruiz", "--yes").code == 0
    restored = ana("person", "restore", "1")
    assert restored.code == 0, restored.err
    assert restored.out == "Restored Ana Ruiz (id 1) with 1 credential and 1 activity.\n"
    [course] = ana("ce", "list", "Ana Ruiz", "--json").json()
    assert (course["id"], course["tags"]) == (1, ["texas-law"])


def test_an_edit_from_an_old_version_is_refused_and_keeps_the_newer_one(ana: Cli) -> None:
    opened = ana("ce", "edit", "1", "--notes", "first", "--json").json()["version"]
    assert ana("ce", "edit", "1", "--notes", "second", "--if-version", str(opened)).code == 0
    stale = ana("ce", "edit", "1", "--notes", "third", "--if-version", str(opened))
    assert stale.code == 1
    assert "This activity was changed by " in stale.err
    assert "since you opened it; reopen to see it. Nothing was saved." in stale.err
    assert ana("ce", "list", "Ana Ruiz", "--json").json()[0]["notes"] == "second"
    number = ("credential", "edit", "1", "--number", "9", "--if-version")
    assert ana(*number, "1").code == 0
    assert "This credential was changed by " in ana(*number, "1").err
