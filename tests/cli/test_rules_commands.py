"""``rxtracker rules check FILE``: a catalog file validated the way rxtracker loads its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

DATA = Path(__file__).parents[2] / "rxtracker" / "catalog" / "data"


def _copy(tmp_path: Path, old: str, new: str) -> Path:
    text = (DATA / "ptcb-cpht.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "ptcb-cpht.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_shipped_file_is_ok_in_one_line(cli: Cli) -> None:
    result = cli("rules", "check", str(DATA / "ptcb-cpht.toml"))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [f"{DATA / 'ptcb-cpht.toml'}: OK (credential type ptcb-cpht)"]
    assert not cli.data_dir.joinpath("rxtracker.sqlite3").exists()


def test_a_misspelled_field_exits_2_naming_key_and_line(cli: Cli, tmp_path: Path) -> None:
    path = _copy(tmp_path, "cycle_months = 24", "cycle_month = 24")
    result = cli("rules", "check", str(path))
    assert result.code == 2
    assert result.out == ""
    assert result.err.strip() == (
        "rxtracker: error: ptcb-cpht.toml, line 14: cycle_month: unknown key; "
        "did you mean 'cycle_months'? (docs/catalog-format.md)"
    )


def test_an_unknown_top_level_key_in_json(cli: Cli, tmp_path: Path) -> None:
    path = _copy(tmp_path, 'issuer = "PTCB"', 'issuer = "PTCB"\nrenews_every = 2')
    result = cli("rules", "check", str(path), "--json")
    assert result.code == 2
    assert result.json() == {
        "ok": False,
        "file": str(path),
        "line": 13,
        "key": "renews_every",
        "problem": result.json()["problem"],
    }
    assert result.json()["problem"].startswith("unknown key")


@pytest.mark.parametrize(
    "name", ["eligibility/ptcb-cspt.toml", "areas/specialty-areas.toml", "tx-technician.toml"]
)
def test_every_sort_of_catalog_file_can_be_checked(cli: Cli, name: str) -> None:
    result = cli("rules", "check", str(DATA / name), "--json")
    assert result.code == 0, result.err
    assert result.json()["ok"] is True


def test_a_missing_file_is_named(cli: Cli, tmp_path: Path) -> None:
    result = cli("rules", "check", str(tmp_path / "nowhere.toml"))
    assert result.code == 1
    assert "nowhere.toml" in result.err
