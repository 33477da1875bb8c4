"""Two `ce add` sharing one certificate file while the database is busy (issue 22, item 1).

Real processes: a holder keeps the write lock; the first add (waiting long) has its copy of
the certificate made and is waiting for the lock; the second add (waiting 1 s) gives up. The
one that gives up must not delete the stored file the first then commits. The busy timeout of
the adds is shortened in the child processes only, so the test takes seconds, not 15.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import make_pdf

#: rxtracker's command line in a child process, with the busy timeout (ms) as first argument.
_CLI = (
    "import sys; import rxtracker.db.database as d; d.BUSY_TIMEOUT_MS = int(sys.argv[1]); "
    "from rxtracker.__main__ import main; sys.exit(main(sys.argv[2:]))"
)
_HOLD = (
    "import sqlite3, sys; con = sqlite3.connect(sys.argv[1], isolation_level=None); "
    "con.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.readline(); "
    "con.execute('ROLLBACK')"
)


def _add(data_dir: Path, title: str, certificate: Path, wait_ms: int) -> subprocess.Popen[str]:
    argv = ["ce", "add", "Ana Ruiz", "--title", title, "--date", "2026-01-05", "--hours", "1"]
    argv += ["--certificate", str(certificate)]
    return subprocess.Popen(
        [sys.executable, "-c", _CLI, str(wait_ms), "--data-dir", str(data_dir), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_a_copy(folder: Path, deadline: float) -> None:
    while not any(p.is_file() for p in folder.rglob("*")):
        assert time.monotonic() < deadline, "the first add never copied its certificate"
        time.sleep(0.05)
    time.sleep(0.5)  # past the copy: the add is now waiting for the write lock


def test_the_add_that_gives_up_keeps_the_file_the_other_commits(cli: Cli, tmp_path: Path) -> None:
    assert cli("person", "add", "Ana Ruiz").code == 0
    certificate = make_pdf(tmp_path / "shared.pdf", "Shared certificate")
    digest = hashlib.sha256(certificate.read_bytes()).hexdigest()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(cli.data_dir / "rxtracker.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "held"
    patient = _add(cli.data_dir, "Patient add", certificate, 60_000)
    _wait_for_a_copy(cli.data_dir / "certificates", time.monotonic() + 30)
    hasty = _add(cli.data_dir, "Hasty add", certificate, 1_000)
    _, hasty_err = hasty.communicate(timeout=60)
    assert hasty.returncode == 1, hasty_err
    assert "busy for 1 seconds" in hasty_err
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=30)
    out, err = patient.communicate(timeout=90)
    assert patient.returncode == 0, err
    [activity] = cli("ce", "list", "Ana Ruiz", "--json").json()
    assert activity["title"] == "Patient add"
    assert "certificate stored" in out
    [stored_name] = activity["certificates"]
    stored = Path(stored_name)
    assert stored.is_file(), f"{out.strip()}: the acknowledged certificate was deleted"
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest
