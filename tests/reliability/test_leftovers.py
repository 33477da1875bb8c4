"""Temporary files never pile up (issue 22 #11): those of a killed process are removed at
the next start (or the next write of the same file), those of live work are left alone,
and a failed operation removes its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import Cli

#: A process that starts the temporary files of four kinds of work, waits, then dies.
_HOLDER = """
import os, sys
from pathlib import Path
from rxtracker.disk import HeldTemp, staging_folder
data, out = Path(sys.argv[1]), Path(sys.argv[2])
held = [HeldTemp(data / "certificates", ".incoming-"), HeldTemp(data / "backups", ".auto.zip."),
        HeldTemp(out, ".backup.zip.")]
stage = staging_folder(data, ".restore-"); stage.__enter__()
print("started", flush=True)
sys.stdin.readline()
os._exit(0)
"""


def _temporaries(data: Path, out: Path) -> list[Path]:
    return sorted(
        [
            *(data / "certificates").glob(".incoming-*"),
            *(data / "backups").glob(".*.tmp"),
            *data.glob(".*.tmp"),
            *out.glob(".*.tmp"),
        ]
    )


def _start(data: Path, out: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data), str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "started"
    return holder


def test_a_killed_writers_files_go_at_the_next_start_and_live_ones_stay(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("person", "add", "Ana").code == 0
    out = tmp_path / "usb"
    out.mkdir()
    holder = _start(cli.data_dir, out)
    started = _temporaries(cli.data_dir, out)
    assert len(started) == 4
    assert cli("person", "list").code == 0  # a start while the work goes on...
    assert _temporaries(cli.data_dir, out) == started  # ...removes nothing of it
    holder.communicate("\n", timeout=30)  # it dies holding everything, as under SIGKILL
    assert _temporaries(cli.data_dir, out) == started
    assert cli("person", "list").code == 0  # the next start
    assert _temporaries(cli.data_dir, out) == sorted(out.glob(".*.tmp"))  # outside the folder:
    assert cli("backup", "--out", str(out / "backup.zip")).code == 0  # the next write there
    assert _temporaries(cli.data_dir, out) == []
    assert sorted(p.name for p in out.iterdir()) == ["backup.zip"]


def test_a_failed_write_leaves_no_temporary_file(cli: Cli, tmp_path: Path) -> None:
    assert cli("person", "add", "Ana").code == 0
    taken = tmp_path / "exports" / "ana.csv"
    taken.mkdir(parents=True)  # the chosen name is a folder: the final rename fails
    for argv in (
        ["export", "csv", "--out", str(taken), "Ana"],
        ["backup", "--out", str(taken)],
    ):
        result = cli(*argv)
        assert result.code != 0 and "Traceback" not in result.err, result
        assert sorted(p.name for p in taken.parent.iterdir()) == ["ana.csv"], argv
    assert _temporaries(cli.data_dir, taken.parent) == []


def test_a_staging_folder_killed_before_its_hold_file_goes_at_the_next_start(
    cli: Cli,
) -> None:
    """A kill between making the folder and creating its hold file leaves it empty."""
    assert cli("person", "add", "Ana").code == 0
    empty = cli.data_dir / ".restore-killed.tmp"
    empty.mkdir()
    busy = cli.data_dir / ".restore-older-version"  # an older rxtracker's: kept for 10 minutes
    busy.mkdir()
    (busy / "rxtracker.sqlite3").write_bytes(b"")
    assert cli("person", "list").code == 0  # the next start
    assert not empty.exists()
    assert busy.exists()
