"""SIGKILL in the middle of writes: the file stays sound and every write is whole or absent."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import time
from pathlib import Path

from rxtracker.db import SCHEMA_VERSION
from rxtracker.services import AppPaths, PersonInput, open_context, people
from rxtracker.services.activities import list_activities
from tests.conftest import FIXTURES
from tests.reliability.conftest import KILL_ROUNDS, integrity, kill, kill_rounds, temporaries


def _check_whole(data_dir: Path) -> int:
    """Every activity has both tags and its certificate (row and bytes); returns the count."""
    ctx = open_context(AppPaths.resolve(data_dir))
    try:
        rows = list_activities(ctx, 1)
        for row in rows:
            assert row.tags == ("law", "texas-law"), row
            [attachment] = row.attachments
            stored = ctx.paths.certificates / attachment.stored_name
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == attachment.sha256
        # The start settled the files of an add killed between copy and commit: no purge.
        referenced = {a.stored_name for r in rows for a in r.attachments}
        assert {p.name for p in ctx.paths.certificates.iterdir()} == referenced
        assert temporaries(data_dir) == []
        return len(rows)
    finally:
        ctx.close()


def test_kill_while_adding_activities(data_dir: Path) -> None:
    ctx = open_context(AppPaths.resolve(data_dir))
    people.add_person(ctx, PersonInput("Ana"))
    ctx.close()
    acknowledged = 0
    for said in kill_rounds(data_dir, "activities", seed=7, longest=0.4):
        acknowledged += said
        count = _check_whole(data_dir)
        assert count >= acknowledged  # no acknowledged write is ever lost
        assert count <= acknowledged + 1  # at most the one committed as the kill landed...
        acknowledged = count  # ...which counts from now on
    assert acknowledged > 0  # the kills really landed in the middle of a stream of writes
    print(f"add-with-certificate kills: {KILL_ROUNDS}, activities kept: {acknowledged}")


def test_kill_during_migration(tmp_path: Path) -> None:
    rng = random.Random(11)
    outcomes = {1: 0, SCHEMA_VERSION: 0}  # every step runs in one transaction
    template = tmp_path / "v1.sqlite3"
    _v1_with_rows(template)
    duration = _uninterrupted_migration_seconds(template, tmp_path / "timing")
    killed = 0
    for round_ in range(KILL_ROUNDS):
        data_dir = tmp_path / f"round{round_}"
        data_dir.mkdir()
        database = data_dir / "rxtracker.sqlite3"
        shutil.copy(template, database)
        worker = start_worker_migrating(data_dir)
        time.sleep(rng.uniform(0.0, 0.6 * duration))
        if worker.poll() is None:
            kill(worker)
            killed += 1
        else:  # a fast moment on a shared machine: the migration finished first
            assert worker.wait() == 0
        assert integrity(database) == "ok"
        version = sqlite3.connect(database).execute("PRAGMA user_version").fetchone()[0]
        assert version in (1, SCHEMA_VERSION)
        outcomes[version] += 1
        open_context(AppPaths.resolve(data_dir)).close()  # finishes the migration if needed
        con = sqlite3.connect(database)
        try:
            assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert con.execute("SELECT count(*) FROM activity").fetchone()[0] == 20_001
            assert con.execute("SELECT title FROM activity WHERE id = 1").fetchone()[0] == (
                "Texas pharmacy law update"
            )
        finally:
            con.close()
        shutil.rmtree(data_dir)
    assert killed >= KILL_ROUNDS // 2, f"only {killed} of {KILL_ROUNDS} kills landed mid-migration"
    print(f"killed during migration: {outcomes[1]} left at v1, {outcomes[SCHEMA_VERSION]} at head")


def _uninterrupted_migration_seconds(template: Path, data_dir: Path) -> float:
    """How long one migration of the template takes here, from 'opening' to the worker's exit."""
    data_dir.mkdir()
    shutil.copy(template, data_dir / "rxtracker.sqlite3")
    worker = start_worker_migrating(data_dir)
    started = time.monotonic()  # the loop's sleep starts here too: after 'opening'
    assert worker.wait() == 0
    seconds = time.monotonic() - started
    shutil.rmtree(data_dir)
    return seconds


def _v1_with_rows(path: Path) -> None:
    """A schema-1 database with enough rows that the pre-migration copy takes real time."""
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "schema_v1.sql").read_text())
    con.executescript((FIXTURES / "data_v1.sql").read_text())
    con.executemany(
        "INSERT INTO activity (person_id, title, provider, completed_on, hours_hundredths,"
        " category, source, notes, created_at, updated_at) VALUES (1, ?, '', '2025-01-01',"
        " 100, 'other', 'manual', '', '2025-01-01', '2025-01-01')",
        [(f"Old course {n} " + "x" * 200,) for n in range(20_000)],
    )
    con.commit()
    con.close()


def start_worker_migrating(data_dir: Path):
    """A worker whose first act is opening (and so migrating) the database."""
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from rxtracker.services import AppPaths, open_context;"
        "print('opening', flush=True);"
        "open_context(AppPaths.resolve(sys.argv[1])); print('migrated', flush=True)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir), str(Path(__file__).resolve().parents[2])],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "opening"
    return proc
