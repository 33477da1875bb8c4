"""Full disk, read-only folder, damaged files: a clear message, nothing half-written."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import db_dump, make_pdf


def _fill(folder: Path) -> None:
    """Use up every free byte of the file system holding ``folder``."""
    with (folder / "filler.bin").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass


def test_full_disk(tmpfs, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mount = tmpfs(2048)
    cli = Cli(mount / "data", capsys)
    assert cli("person", "add", "Ana").code == 0
    before = db_dump(mount / "data" / "rxtracker.sqlite3")
    _fill(mount)
    pdf = make_pdf(tmp_path / "cert.pdf")
    for argv in (
        [
            "ce",
            "add",
            "Ana",
            "--title",
            "Law",
            "--date",
            "2026-01-05",
            "--hours",
            "1",
            "--certificate",
            str(pdf),
        ],
        ["person", "add", "Ben " + "x" * 150],
    ):
        result = cli(*argv)
        assert result.code == 1, result
        assert "full" in result.err.lower() or "no space" in result.err.lower(), result.err
        assert "Nothing was saved" in result.err
        assert "Traceback" not in result.err
    (mount / "filler.bin").unlink()
    assert db_dump(mount / "data" / "rxtracker.sqlite3") == before
    assert [p.name for p in (mount / "data" / "certificates").iterdir()] == []


def test_read_only_folder(tmpfs, capsys: pytest.CaptureFixture[str]) -> None:
    mount = tmpfs(4096)
    cli = Cli(mount / "data", capsys)
    assert cli("person", "add", "Ana").code == 0
    before = db_dump(mount / "data" / "rxtracker.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    result = cli("person", "add", "Ben")
    assert result.code == 1
    assert "read-only" in result.err.lower(), result.err
    assert "Traceback" not in result.err
    subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
    assert db_dump(mount / "data" / "rxtracker.sqlite3") == before


def _real_database(cli: Cli) -> Path:
    """A database made by rxtracker, with enough rows to span many pages."""
    assert cli("person", "add", "Ana").code == 0
    assert (
        cli("ce", "add", "Ana", "--title", "Law", "--date", "2026-01-05", "--hours", "1").code == 0
    )
    path = cli.data_dir / "rxtracker.sqlite3"
    con = sqlite3.connect(path)
    con.executemany(
        "INSERT INTO activity (person_id, title, provider, completed_on, hours_hundredths,"
        " category, source, notes, created_at, updated_at) VALUES (1, ?, '', '2026-01-05', 100,"
        " 'other', 'manual', '', '2026-01-05', '2026-01-05')",
        [(f"Course {n} " + "y" * 300,) for n in range(200)],
    )
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@pytest.mark.parametrize("damage", ["truncated", "garbage", "a picture", "newer schema"])
def test_damaged_database(cli: Cli, damage: str) -> None:
    path = _real_database(cli)
    backups = cli.data_dir / "backups"
    (backups / "rxtracker-2026-11-24.zip").write_bytes(b"PK backup stand-in")
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(data[:100] + b"\xde\xad" * ((len(data) - 100) // 2))
    elif damage == "a picture":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)
    else:
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = 99")
        con.commit()
        con.close()
    damaged = path.read_bytes()
    for argv in (["person", "list"], ["ce", "list", "Ana"], ["person", "add", "Ben"]):
        result = cli(*argv)
        assert result.code in (1, 2), (damage, argv, result)
        assert "Traceback" not in result.err
        assert "damaged" in result.err or "newer rxtracker" in result.err, result.err
        assert "newest backup is" in result.err and "rxtracker-2026-11-24.zip" in result.err
        assert path.read_bytes() == damaged  # the damaged file is kept untouched


def _reading_works(cli: Cli, elsewhere: Path) -> None:
    """`person list`, `ce list`, `status` and a backup to another disk all work."""
    listed = cli("person", "list")
    assert listed.code == 0 and "Ana" in listed.out, listed
    courses = cli("ce", "list", "Ana")
    assert courses.code == 0 and "Law" in courses.out, courses
    status = cli("status", "Ana")
    assert status.code == 0, status
    out = elsewhere / "backup.zip"
    backup = cli("backup", "--out", str(out))
    assert backup.code == 0, backup
    assert out.is_file() and not list(elsewhere.glob(".*.tmp"))
    assert "Traceback" not in listed.err + courses.err + status.err + backup.err


def _records_on(mount: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    """Ana with one course and its certificate, in a data folder on ``mount``."""
    cli = Cli(mount / "data", capsys)
    assert cli("person", "add", "Ana").code == 0
    pdf = make_pdf(tmp_path / "cert.pdf")
    argv = ["ce", "add", "Ana", "--title", "Law", "--date", "2026-01-05", "--hours", "1"]
    assert cli(*argv, "--certificate", str(pdf)).code == 0
    return cli


def test_reading_and_backing_up_on_a_read_only_disk(
    tmpfs, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mount = tmpfs(4096)
    cli = _records_on(mount, capsys, tmp_path)
    before = db_dump(mount / "data" / "rxtracker.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    try:
        _reading_works(cli, tmp_path)
        refused = cli("person", "add", "Ben")
        assert refused.code == 1 and "read-only" in refused.err, refused
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
    assert db_dump(mount / "data" / "rxtracker.sqlite3") == before


def test_reading_and_backing_up_on_a_full_disk(
    tmpfs, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mount = tmpfs(4096)
    cli = _records_on(mount, capsys, tmp_path)
    before = db_dump(mount / "data" / "rxtracker.sqlite3")
    _fill(mount)
    _reading_works(cli, tmp_path)
    refused = cli("person", "add", "Ben")
    assert refused.code == 1 and "full" in refused.err and "Nothing was saved" in refused.err
    (mount / "filler.bin").unlink()
    assert db_dump(mount / "data" / "rxtracker.sqlite3") == before
