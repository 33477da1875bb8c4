"""The database opener is the guard (issue 22 #3, #7, #14, #16): side files, empty and
foreign files, all through the command line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import db_dump
from tests.reliability.conftest import left_with_a_wal, person_row, put_a_foreign_wal

_PEOPLE = ("Ana", "Ben", "Cy")


def _records(cli: Cli, names: tuple[str, ...]) -> Path:
    for name in names:
        assert cli("person", "add", name).code == 0
    return cli.data_dir / "rxtracker.sqlite3"


@pytest.mark.parametrize("courses", [0, 5], ids=["pages that fit", "pages that clash"])
def test_a_foreign_wal_is_set_aside_and_the_records_are_intact(
    cli: Cli, tmp_path: Path, courses: int
) -> None:
    """Foreign pages that clash break integrity; pages that fit still carry their history."""
    database = _records(cli, _PEOPLE)
    for name in _PEOPLE:
        for n in range(courses):
            argv = ["ce", "add", name, "--title", f"Law {n}", "--date", "2026-01-05"]
            assert cli(*argv, "--hours", "1").code == 0
    before = db_dump(database)
    wal = put_a_foreign_wal(database, tmp_path / "old")  # the old folder copied over
    result = cli("person", "list")
    assert result.code == 0, result
    assert "did not belong" in result.err and "set-aside-" in result.err
    assert [n for n in _PEOPLE if n in result.out] == list(_PEOPLE)
    assert "Dora" not in result.out
    assert db_dump(database) == before
    [aside] = (cli.data_dir / "backups").glob("set-aside-*-rxtracker.sqlite3-wal")
    assert aside.read_bytes() == (tmp_path / "old" / "rxtracker.sqlite3-wal").read_bytes()
    assert not wal.exists()


def test_a_wal_that_belongs_is_applied(cli: Cli) -> None:
    database = _records(cli, _PEOPLE)
    left_with_a_wal(database, [person_row("Eli")])
    assert database.with_name(database.name + "-wal").stat().st_size > 0
    result = cli("person", "list")
    assert result.code == 0 and "Eli" in result.out, result
    assert "did not belong" not in result.err
    assert not list((cli.data_dir / "backups").glob("set-aside-*"))


def test_a_hot_rollback_journal_is_rolled_back_and_the_records_open(cli: Cli) -> None:
    database = _records(cli, _PEOPLE)
    before = db_dump(database)
    # A program dies mid-transaction in rollback-journal mode: the journal stays hot.
    script = (
        "import os, sqlite3, sys; con = sqlite3.connect(sys.argv[1], isolation_level=None); "
        "con.execute('PRAGMA journal_mode=DELETE'); con.execute('PRAGMA cache_size=1'); "
        "con.execute('BEGIN'); con.execute('DELETE FROM person'); "
        "con.executemany('INSERT INTO person (name, role, notes, active) "
        'VALUES (?, "technician", ?, 1)\', '
        "[('Gone %d' % n, 'z' * 3000) for n in range(300)]); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(database)], check=True)
    journal = database.with_name(database.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    result = cli("person", "list")
    assert result.code == 0, result
    assert "read-only" not in result.err
    assert [n for n in _PEOPLE if n in result.out] == list(_PEOPLE)
    assert "Gone" not in result.out
    assert db_dump(database) == before
    assert cli("person", "add", "Dora").code == 0  # and they can be written again


def test_an_empty_database_file_is_refused_not_replaced(cli: Cli) -> None:
    database = _records(cli, _PEOPLE)
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    result = cli("person", "list")
    assert result.code == 1
    assert "is empty (0 bytes)" in result.err and "Traceback" not in result.err
    assert database.read_bytes() == b""  # left as it is, not replaced by fresh records


def test_another_programs_sqlite_file_is_refused_and_unchanged(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    foreign = folder / "rxtracker.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipe (name) VALUES ('bread')")
    con.commit()
    con.close()
    before = foreign.read_bytes()
    other = Cli(folder, cli.capsys)
    for argv in (["person", "list"], ["person", "add", "Ana"]):
        result = other(*argv)
        assert result.code == 1, result
        assert "not rxtracker's" in result.err and "Traceback" not in result.err
    assert foreign.read_bytes() == before  # not switched to WAL, not migrated
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["rxtracker.sqlite3"]


def test_the_wal_of_a_running_rxtracker_is_never_judged(cli: Cli) -> None:
    """A WAL another process has open is live: SQLite's, not the guard's."""
    database = _records(cli, _PEOPLE)
    script = (
        "import sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
        "con.execute('PRAGMA wal_autocheckpoint=0'); "
        f'con.execute("{person_row("Eli")}"); con.commit(); '
        "print('held', flush=True); sys.stdin.readline()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = cli("person", "list")
        assert result.code == 0 and "Eli" in result.out, result
        assert "did not belong" not in result.err
        assert not list((cli.data_dir / "backups").glob("set-aside-*"))
    finally:
        holder.communicate("\n", timeout=30)
