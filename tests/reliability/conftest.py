"""Helpers for fault-injection tests: worker processes, integrity checks, tmpfs mounts."""

from __future__ import annotations

import os
import random
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
