"""A restore takes nothing on trust (issue 22 #2, #10): not while the desktop app has the
folder open, and not a database laid out differently from what rxtracker makes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import db_dump

_HOLD_THE_APP_LOCK = (
    "import sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
    "lock.setStaleLockTime(0); assert lock.tryLock(1000); print('open', flush=True); "
    "sys.stdin.readline(); import os; os._exit(0)"  # dies without unlocking, as in a crash
)


def _backup_of(cli: Cli, tmp_path: Path, name: str) -> Path:
    other = Cli(tmp_path / f"other-{name}", cli.capsys)
    assert other("person", "add", name).code == 0
    out = tmp_path / f"{name}.zip"
    assert other("backup", "--out", str(out)).code == 0
    return out


def test_restore_is_refused_while_the_app_has_the_folder_open(cli: Cli, tmp_path: Path) -> None:
    assert cli("person", "add", "Ana").code == 0
    archive = _backup_of(cli, tmp_path, "Ben")
    database = cli.data_dir / "rxtracker.sqlite3"
    before = db_dump(database)
    app = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_APP_LOCK, str(cli.data_dir / "rxtracker.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "open"
        result = cli("restore", str(archive))
        assert result.code == 1, result
        assert f"the desktop app (process {app.pid})" in result.err
        assert "rxtracker.lock" in result.err and "Nothing was changed" in result.err
        assert db_dump(database) == before
        assert not list((cli.data_dir / "backups").glob("before-restore-*"))
    finally:
        app.communicate("\n", timeout=30)
    # The app has crashed (its lock file stays behind, unheld): the restore goes ahead.
    assert (cli.data_dir / "rxtracker.lock").exists()
    assert cli("restore", str(archive)).code == 0
    assert "Ben" in cli("person", "list").out


@pytest.mark.parametrize(
    "extra",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity "
        "WHERE id <> NEW.id; END",
        "CREATE VIEW everyone AS SELECT name FROM person",
        "CREATE TABLE notes_of_my_own (x TEXT)",
        "CREATE INDEX person_by_notes ON person (notes)",
    ],
    ids=["trigger", "view", "table", "index"],
)
def test_a_backup_with_schema_objects_of_its_own_is_refused(
    cli: Cli, tmp_path: Path, extra: str
) -> None:
    assert cli("person", "add", "Ana").code == 0
    assert (
        cli("ce", "add", "Ana", "--title", "Law", "--date", "2026-01-05", "--hours", "1").code == 0
    )
    hostile = Cli(tmp_path / "hostile", cli.capsys)
    assert hostile("person", "add", "Ben").code == 0
    con = sqlite3.connect(hostile.data_dir / "rxtracker.sqlite3")
    con.execute(extra)
    con.commit()
    con.close()
    archive = tmp_path / "hostile.zip"
    assert hostile("backup", "--out", str(archive)).code == 0
    before = db_dump(cli.data_dir / "rxtracker.sqlite3")
    result = cli("restore", str(archive))
    assert result.code == 2, result
    assert "not laid out as rxtracker makes it" in result.err
    assert extra.split()[1].lower() in result.err  # names the trigger/view/table/index
    assert db_dump(cli.data_dir / "rxtracker.sqlite3") == before
    assert (
        cli("ce", "add", "Ana", "--title", "Ethics", "--date", "2026-01-06", "--hours", "1").code
        == 0
    )
    assert "Law" in cli("ce", "list", "Ana").out  # nothing deleted behind the user's back
