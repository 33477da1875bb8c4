"""``rxtracker demo --out DIR``: generated data in a new folder, the usual records untouched."""

from __future__ import annotations

import json

from tests.conftest import db_dump


def test_demo_generates_into_the_out_folder_only(cli, data_dir, tmp_path):
    out = tmp_path / "generated"
    result = cli(
        "demo", "--out", str(out), "--people", "3", "--years", "2", "--activities", "30",
        "--seed", "4", "--as-of", "2025-03-01",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Generated 3 people" in result.out and "30 CE activities" in result.out
    assert not (data_dir / "rxtracker.sqlite3").exists()
    listed = cli("--data-dir", str(out), "person", "list", "--json")
    assert listed.code == 0, listed.err
    assert len(json.loads(listed.out)) == 3


def test_demo_twice_with_one_seed_gives_the_same_database(cli, tmp_path):
    args = ("--people", "2", "--years", "1", "--seed", "9", "--as-of", "2025-03-01")
    for name in ("a", "b"):
        assert cli("demo", "--out", str(tmp_path / name), *args).code == 0
    assert db_dump(tmp_path / "a" / "rxtracker.sqlite3") == db_dump(
        tmp_path / "b" / "rxtracker.sqlite3"
    )


def test_demo_refuses_bad_sizes_and_a_folder_with_records(cli, tmp_path):
    bad = cli("demo", "--out", str(tmp_path / "x"), "--people", "0")
    assert bad.code == 2
    assert bad.err.strip() == "rxtracker: error: people: 0 must be between 1 and 100000"
    out = str(tmp_path / "y")
    assert cli("demo", "--out", out, "--activities", "3").code == 0
    again = cli("demo", "--out", out)
    assert again.code == 2 and "data folder" in again.err
