"""UANs as people paste them, and a UAN logged twice in one cycle (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli, db_dump

LAW = "0204-0000-26-102-H03-T"


@pytest.fixture
def ana(cli: Cli) -> Cli:
    assert cli("person", "add", "Ana Ruiz", "--state", "TX").code == 0
    assert cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31").code == 0
    return cli


@pytest.mark.parametrize(
    "pasted",
    [
        "0204 0000 26 102 h03 t",
        "0204000026102H03T",
        "UAN: 0204-0000-26-102-H03-T",
        "ACPE # 0204 0000 26 102 H03 T",
        "ACPE UAN 0204000026102h03t",
    ],
)
def test_ce_add_reads_a_pasted_uan(ana: Cli, pasted: str) -> None:
    added = ana(
        "ce", "add", "Ana Ruiz", "--title", "Law update", "--date", "2026-01-05",
        "--hours", "1", "--uan", pasted,
    )  # fmt: skip
    assert added.code == 0, added.err
    [logged] = ana("ce", "list", "Ana Ruiz", "--json").json()
    assert (logged["uan"], logged["topic"]) == (LAW, "03")


def test_ja_uan_pasted_with_spaces(ana: Cli) -> None:
    added = ana(
        "ce", "add", "Ana Ruiz", "--title", "Joint course", "--date", "2026-01-05",
        "--hours", "1", "--uan", "ja4008162 0000 26 012 h07 t",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert ana("ce", "list", "Ana Ruiz", "--json").json()[0]["uan"] == "JA4008162-0000-26-012-H07-T"


def test_import_reads_pasted_uans(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "Title,Date,Hours,UAN\n"
        "Law update,01/05/2026,1,ACPE # 0204 0000 26 102 h03 t\n"
        "Joint course,01/06/2026,1,JA4008162000026012H07T\n"
    )
    result = ana("ce", "import", "Ana Ruiz", str(path), "--date-format", "us", "--json")
    assert result.code == 0, result.err
    assert result.json()["counts"]["added"] == 2
    uans = sorted(a["uan"] for a in ana("ce", "list", "Ana Ruiz", "--json").json())
    assert uans == ["0204-0000-26-102-H03-T", "JA4008162-0000-26-012-H07-T"]


def test_the_same_uan_in_the_same_cycle_is_refused_unless_again(ana: Cli, data_dir: Path) -> None:
    first = ("--title", "Law update", "--date", "2026-01-05", "--hours", "1", "--uan", LAW)
    assert ana("ce", "add", "Ana Ruiz", *first).code == 0
    before = db_dump(data_dir / "rxtracker.sqlite3")
    later = ("--title", "Law update (again)", "--date", "2026-06-01", "--hours", "1")
    repeat = ana("ce", "add", "Ana Ruiz", *later, "--uan", "0204 0000 26 102 h03 t")
    assert repeat.code == 2
    assert repeat.err == (
        f"rxtracker: error: activity: UAN {LAW} is already logged in this PTCB Certified "
        "Pharmacy Technician (CPhT) cycle (04/01/2025 to 03/31/2027): Law update, 01/05/2026, "
        "activity 1; CPE Monitor records a UAN once per cycle; --again logs it a second time\n"
    )
    assert db_dump(data_dir / "rxtracker.sqlite3") == before
    assert ana("ce", "add", "Ana Ruiz", *later, "--uan", LAW, "--again").code == 0
    status = ana("status", "Ana Ruiz", "--as-of", "2026-07-01")
    assert (
        f"Repeat: Law update (again) (06/01/2026, activity 2) has the UAN {LAW} of Law update "
        "(01/05/2026, activity 1) in this cycle; CPE Monitor records a UAN once per cycle."
    ) in " ".join(status.out.split())
    [card] = ana("status", "Ana Ruiz", "--as-of", "2026-07-01", "--json").json()[0]["credentials"]
    assert any(n.startswith("Repeat: Law update (again)") for n in card["notes"])


def test_the_same_uan_in_another_cycle_is_not_a_repeat(ana: Cli) -> None:
    before = ("--title", "Law 2024", "--date", "2024-05-05", "--hours", "1", "--uan", LAW)
    assert ana("ce", "add", "Ana Ruiz", *before).code == 0
    now = ("--title", "Law 2026", "--date", "2026-01-05", "--hours", "1", "--uan", LAW)
    assert ana("ce", "add", "Ana Ruiz", *now).code == 0
    status = ana("status", "Ana Ruiz", "--as-of", "2026-07-01")
    assert "Repeat:" not in status.out
