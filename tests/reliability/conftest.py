"""Helpers for fault-injection tests: worker processes, integrity checks, tmpfs mounts."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("worker.py")
#: Kill rounds per loop: 6 in `make test`, 50 in `make faults`, 200 in `make stress`.
KILL_ROUNDS = int(os.environ.get("RXTRACKER_KILL_ROUNDS", "6"))


def start_worker(data_dir: Path, mode: str, count: int) -> subprocess.Popen[str]:
    """Start a worker and wait until it has opened the database."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), mode, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == "ready", proc.stderr.read() if proc.stderr else line
    return proc


def kill_rounds(data_dir: Path, mode: str, *, seed: int, longest: float) -> Iterator[int]:
    """``KILL_ROUNDS`` times: start a worker, SIGKILL it after 0 to ``longest`` seconds.

    Yields the writes each worker acknowledged; the loop's body then makes the next start
    and its checks, after which the database must pass ``integrity_check``.
    """
    rng = random.Random(seed)
    for _ in range(KILL_ROUNDS):
        worker = start_worker(data_dir, mode, 10_000)
        time.sleep(rng.uniform(0.0, longest))
        yield kill(worker)
        assert integrity(data_dir / "rxtracker.sqlite3") == "ok"


def left_with_a_wal(database: Path, sql: list[str]) -> Path:
    """Commit ``sql`` in WAL mode from a process that dies before checkpointing; the WAL."""
    script = (
        "import os, sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
        "con.execute('PRAGMA journal_mode=WAL'); "
        "con.execute('PRAGMA wal_autocheckpoint=0'); "
        "[con.execute(s) for s in sys.argv[2:]]; con.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(database), *sql], check=True)
    return database.with_name(database.name + "-wal")


def person_row(name: str, notes: str = "") -> str:
    """SQL adding a person the way an older rxtracker or another tool would."""
    return (
        "INSERT INTO person (name, role, notes, active) "
        f"VALUES ('{name}', 'technician', '{notes}', 1)"
    )


#: A killed rxtracker: adds people to the records in a folder, dies before closing them.
_KILLED_WRITER = (
    "import os, sys; sys.path.insert(0, sys.argv[2]); "
    "from rxtracker.services import AppPaths, PersonInput, open_context, people; "
    "ctx = open_context(AppPaths.resolve(sys.argv[1])); "
    "[people.add_person(ctx, PersonInput(f'Dora {n}')) for n in range(60)]; os._exit(0)"
)


def put_a_foreign_wal(database: Path, elsewhere: Path) -> Path:
    """Put beside ``database`` the WAL of other records (60 people named Dora added by an
    rxtracker killed before it closed them, in ``elsewhere``): what a database copied over an
    old folder finds there. Returns the WAL beside ``database``."""
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(elsewhere), str(root)], check=True)
    wal = elsewhere / "rxtracker.sqlite3-wal"
    assert wal.stat().st_size > 0
    return Path(shutil.copy(wal, database.with_name(database.name + "-wal")))


def integrity(path: Path) -> str:
    """PRAGMA integrity_check of a database file."""
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """Mount a small tmpfs (needs root): ``mount(size_kb) -> Path``; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(size_kb: int) -> Path:
        point = tmp_path / f"mnt-{uuid.uuid4().hex[:6]}"
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()})")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def kill(worker: subprocess.Popen[str]) -> int:
    """SIGKILL a worker that must still be working (one that died early proves nothing).

    Returns:
        How many writes the worker had acknowledged ("ok" lines) before it died.
    """
    if worker.poll() is not None:
        err = worker.stderr.read() if worker.stderr else ""
        raise AssertionError(f"the worker stopped before it was killed:\n{err}")
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    said = worker.stdout.read() if worker.stdout else ""
    return said.split().count("ok")


def temporaries(data_dir: Path) -> list[Path]:
    """Temporary files and staging folders in a data folder (none after a start)."""
    return sorted(
        [
            *data_dir.glob(".*.tmp"),
            *data_dir.glob(".restore-*"),
            *data_dir.glob(".backup-*"),
            *data_dir.glob(".person-*"),
            *(data_dir / "backups").glob(".*.tmp"),
            *(data_dir / "certificates").glob(".incoming-*"),
            *(data_dir / ".certificates-pending").glob(".*.tmp"),
        ]
    )
