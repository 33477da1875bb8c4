"""Two processes writing at once: every write lands, none is lost to "database is locked"."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from rxtracker.services import AppPaths, open_context
from tests.reliability.conftest import integrity, start_worker

WRITES = int(os.environ.get("RXTRACKER_CONCURRENT_WRITES", "500"))


def test_two_writers_500_each(data_dir: Path) -> None:
    open_context(AppPaths.resolve(data_dir)).close()
    workers = [start_worker(data_dir, "people", WRITES) for _ in range(2)]
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        assert out.strip().endswith("done")
    database = data_dir / "rxtracker.sqlite3"
    assert integrity(database) == "ok"
    con = sqlite3.connect(database)
    try:
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 2 * WRITES
    finally:
        con.close()
