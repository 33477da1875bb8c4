"""``ce list`` on the local file reads through ``sqlite3`` (services.quick): same output.

The quick read is taken only when the file needs nothing done first; otherwise the command
opens the records the normal way, which migrates, refuses a newer file and checks side files.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rxtracker.db import SCHEMA_VERSION
from rxtracker.services import AppPaths, opening, quick
from tests.conftest import Cli, make_pdf


@pytest.fixture
def ana(cli: Cli, tmp_path: Path) -> Cli:
    """Ana, a supervisor, and activities with tags, a certificate and checks."""
    cli("person", "add", "Ana Reyes", "--state", "TX")
    cli("person", "add", "Dana Cole", "--role", "supervisor")
    pdf = make_pdf(tmp_path / "cert.pdf")
    for title, day, hours, *more in (
        ("Sterile compounding", "2026-03-02", "2.25", "--uan", "0197-0000-25-002-L07-T",
         "--tag", "texas-law", "--tag", "asep", "--certificate", str(pdf)),
        ("In-service", "2026-01-05", "1"),
        ("Law update", "2026-01-05", "0.5"),
    ):  # fmt: skip
        added = cli("ce", "add", "Ana", "--title", title, "--date", day, "--hours", hours, *more)
        assert added.code == 0, added.err
    assert cli("ce", "verify", "1", "--by", "Dana").code == 0
    assert cli("ce", "verify", "2").code == 0  # checked by the computer login: no person
    return cli


def _normal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quick, "quick_context", lambda paths: None)


def _quick_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(paths: AppPaths) -> None:
        raise AssertionError("the records were opened the normal way")

    monkeypatch.setattr(opening, "open_context", refused)


@pytest.mark.parametrize("argv", [("ce", "list", "Ana"), ("ce", "list", "1", "--json")])
def test_ce_list_prints_the_same_through_sqlite3(
    ana: Cli, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    with monkeypatch.context() as patch:
        _normal_only(patch)
        normal = ana(*argv)
    with monkeypatch.context() as patch:
        _quick_only(patch)
        fast = ana(*argv)
    assert (fast.code, fast.out, fast.err) == (normal.code, normal.out, normal.err)
    assert "Sterile compounding" in fast.out and fast.code == 0


def test_a_wrong_name_says_the_same(ana: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _quick_only(monkeypatch)
    result = ana("ce", "list", "Anna Reyes")
    assert result.code == 2
    assert "no person named 'Anna Reyes'; did you mean Ana Reyes?" in result.err


def test_a_newer_database_is_still_refused_untouched(ana: Cli) -> None:
    path = ana.data_dir / "rxtracker.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    result = ana("ce", "list", "Ana")
    assert result.code == 1
    assert "newer rxtracker" in result.err
    assert path.read_bytes() == before


def test_only_a_file_at_rest_is_read_quickly(ana: Cli) -> None:
    paths = AppPaths.resolve(ana.data_dir)
    opened = quick.quick_context(paths)
    assert opened is not None
    opened.close()
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.write_bytes(b"not empty")  # a pending side file: the normal opening checks it
    assert quick.quick_context(paths) is None
    wal.unlink()
    with sqlite3.connect(paths.database) as con:  # an older file: the normal opening migrates
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    con.close()
    assert quick.quick_context(paths) is None
    assert quick.quick_context(AppPaths.resolve(ana.data_dir / "none")) is None


def test_an_unfinished_certificate_write_needs_the_normal_opening(ana: Cli) -> None:
    paths = AppPaths.resolve(ana.data_dir)
    pending = paths.certificates.with_name(".certificates-pending")
    pending.mkdir(exist_ok=True)
    (pending / "write.txt").write_text("", encoding="utf-8")
    assert quick.quick_context(paths) is None


def test_the_quick_read_writes_nothing(ana: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _quick_only(monkeypatch)
    path = ana.data_dir / "rxtracker.sqlite3"
    before = path.read_bytes()
    assert ana("ce", "list", "Ana").code == 0
    assert path.read_bytes() == before
