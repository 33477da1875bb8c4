"""Person-archive import at 1,000, 10,000 and 50,000 activities, against a plain-sqlite3 floor.

``python -m benchmarks.archive_import value|floor ARCHIVE`` imports the archive into a fresh
data folder in this (child) process and prints one JSON object: seconds and CPU seconds of
the import itself (the interpreter's start and imports excluded), the process's peak RSS,
the database's bytes per activity, and the log lines written.

**value**: ``open_context`` and ``setup_logging`` on an empty folder, then ``import_person``
(what ``rxtracker person import-archive`` and the GUI's File ▸ Import person archive run):
the archive bounded and checked, unpacked, person.json read with the bounded reader, every
record checked like typed input, certificates copied in, the records written in one
transaction with the change history.

**floor**: the least any importer of the same file must do, in one Python process: the
same ``inspect_archive`` / ``extract_archive`` (entry names, sizes and sha256s checked while
unpacking) and the same bounded JSON reader (``read_object`` with the same limits), then
the schema of ``db_schema.sql``, the same rows (person, credentials, activities, tags,
certificate records) inserted with plain ``sqlite3`` ``executemany`` in one transaction
(same WAL and ``synchronous=FULL``), and the unpacked certificate files renamed into the
store. No validation of the fields, no change history, no log, no per-file fsync.

fsyncs are counted by a separate run under ``strace`` (when installed), never in a timed run.
"""

from __future__ import annotations

import json
import logging
import math
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from benchmarks.measure import Figure

ROOT = Path(__file__).resolve().parent.parent
#: Activities per archive, and the years of history the demo generator spreads them over.
SIZES = {1_000: 5, 10_000: 20, 50_000: 40}
_MARK = "rxtracker-bench-import-mark"
_SYNC_CALL = re.compile(r"\d+\s+(fsync|fdatasync|syncfs)\(")
_LOCAL = ("id", "person_id", "credential_id", "activity_id", "import_batch_id", "version")


def archive(activities: int) -> Path:
    """The cached person archive of one demo person with ``activities`` activities."""
    from benchmarks import datasets

    size = datasets.Size(f"archive-{activities // 1000}k", 1, SIZES[activities], activities)
    folder = datasets.folder(size)
    out = folder.with_name(folder.name + "-person.zip")
    if not out.exists():
        subprocess.run(
            [sys.executable, "-m", "rxtracker", "--data-dir", str(folder), "person", "export",
             "1", "--out", str(out)],
            check=True, stdout=sys.stderr,
        )  # fmt: skip
    return out


def measure(kind: str, zip_path: Path, *, strace: bool = False) -> dict[str, float]:
    """Run one child (``value`` or ``floor``) on ``zip_path``; its figures (and fsyncs)."""
    command = [sys.executable, "-m", "benchmarks.archive_import", kind, str(zip_path)]
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-fsync-") as tmp:
        trace = Path(tmp) / "trace"
        if strace:
            calls = "trace=fsync,fdatasync,syncfs,stat,newfstatat,statx"
            command = ["strace", "-f", "-e", calls, "-o", str(trace), *command]
        done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
        if strace:
            figures["fsyncs"] = _syncs_between_marks(trace.read_text())
    return figures


class _LineCounter(logging.Handler):
    """Counts the records the log file gets (it rotates at 1 MB, so its lines undercount)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """One more line."""
        self.count += 1


def _syncs_between_marks(trace: str) -> int:
    """The fsync, fdatasync and syncfs calls the trace shows between the two ``_mark`` calls."""
    inside, count = False, 0
    for line in trace.splitlines():
        if _MARK in line:
            inside = not inside
        elif inside and _SYNC_CALL.match(line):
            count += 1
    return count


def _mark() -> None:
    """A syscall ``strace`` sees: the import starts or ends here (the path does not exist)."""
    Path(f"/{_MARK}").exists()


@contextmanager
def _fresh_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-archive-") as tmp:
        yield Path(tmp)


def _figures(started: float, cpu: float, database: Path, activities: int) -> dict[str, float]:
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu
    con = sqlite3.connect(database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    pages *= con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    return {
        "seconds": seconds,
        "cpu": cpu_seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "db_bytes": pages,
        "activities": activities,
    }


def run_value(zip_path: Path) -> dict[str, float]:
    """The app's import of ``zip_path`` into a fresh data folder."""
    from rxtracker.services import AppPaths, open_context
    from rxtracker.services.logs import close_logging, setup_logging
    from rxtracker.services.person_archive import import_person

    with _fresh_folder() as folder:
        paths = AppPaths.resolve(folder / "data")
        setup_logging(paths)
        lines = _LineCounter()
        logging.getLogger("rxtracker").addHandler(lines)
        ctx = open_context(paths)
        empty = ctx.paths.database.stat().st_size
        _mark()
        started, cpu = time.perf_counter(), time.process_time()
        result = import_person(ctx, zip_path).value
        _mark()
        ctx.close()
        figures = _figures(started, cpu, paths.database, result.activities)
        close_logging()
        figures["empty_db_bytes"] = empty
        figures["log_lines"] = lines.count  # every line written, rotated files included
    return figures


def run_floor(zip_path: Path) -> dict[str, float]:
    """The floor of the module docstring on ``zip_path``."""
    import dataclasses

    from rxtracker.exchange.archive import PERSON, extract_archive, inspect_archive
    from rxtracker.exchange.bounded_json import read_object

    layout = dataclasses.replace(PERSON, max_data_bytes=1 << 30)
    with _fresh_folder() as folder:
        database = folder / "rxtracker.sqlite3"
        _create_schema(database)
        _mark()
        started, cpu = time.perf_counter(), time.process_time()
        manifest = inspect_archive(zip_path, max_schema=10**6, layout=layout)
        staging = folder / "staging"
        staging.mkdir()
        extract_archive(zip_path, manifest, staging, layout)
        limits = {"credentials": 100, "activities": 50_000, "experience": 200}
        data = read_object((staging / "person.json").read_text(encoding="utf-8"), limits)
        _insert_floor(database, data)
        store = folder / "certificates"
        shutil.move(staging / "certificates", store)
        _mark()
        return _figures(started, cpu, database, len(data["activities"]))


def _insert_floor(database: Path, data: dict[str, Any]) -> None:
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    con.execute("BEGIN IMMEDIATE")
    person = _row(con, "person", data["person"])
    for credential in data.get("credentials", []):
        _row(con, "credential", {**credential, "person_id": person})
    activities = data["activities"]
    rows = [{**a, "id": i, "person_id": person} for i, a in enumerate(activities, 1)]
    _many(con, "activity", rows)
    tags = [{"activity_id": i, "tag": t} for i, a in enumerate(activities, 1) for t in a["tags"]]
    _many(con, "activity_tag", tags)
    files = [{**f, "activity_id": i} for i, a in enumerate(activities, 1) for f in a["attachments"]]
    _many(con, "attachment", files)
    con.execute("COMMIT")
    con.close()


def _create_schema(database: Path) -> None:
    """The app's empty database, made before the floor's clock starts (as the app's is)."""
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.executescript(_schema())
    con.close()


def _schema() -> str:
    """``db_schema.sql`` with its triggers last (it lists them first, before their table).

    The full-text index's own tables (``CREATE TABLE 'activity_words_…'``) are left out:
    its ``CREATE VIRTUAL TABLE`` makes them.
    """
    statements = [
        s
        for s in (ROOT / "db_schema.sql").read_text().split(";\n")
        if not s.lstrip().startswith("CREATE TABLE '")
    ]
    triggers = [s for s in statements if s.lstrip().startswith("CREATE TRIGGER")]
    return ";\n".join([*(s for s in statements if s not in triggers), *triggers])


def _columns(con: sqlite3.Connection, table: str, values: dict[str, Any]) -> list[str]:
    """The table's columns that ``values`` gives (ids the archive carries are not ours)."""
    ours = {"id", "person_id", "activity_id"} & set(values)
    names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    return [n for n in names if n in values and (n in ours or n not in _LOCAL)]


def _insert_sql(table: str, names: list[str]) -> str:
    marks = ", ".join("?" * len(names))
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"  # noqa: S608 - our names


def _row(con: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    names = _columns(con, table, values)
    return int(con.execute(_insert_sql(table, names), [values[c] for c in names]).lastrowid or 0)


def _many(con: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        names = _columns(con, table, rows[0])
        con.executemany(_insert_sql(table, names), [[r.get(c) for c in names] for r in rows])


# ---------------------------------------------------------------- make bench


@cache
def _samples(activities: int, runs: int) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """``runs`` alternating floor and value children on the archive of ``activities``."""
    zip_path = archive(activities)
    measure("value", zip_path)  # warm-up: disk cache, compiled bytecode
    values, floors = [], []
    for _ in range(runs):
        floors.append(measure("floor", zip_path))
        values.append(measure("value", zip_path))
    return values, floors


def _median(samples: list[dict[str, float]], key: str) -> float:
    return statistics.median(s[key] for s in samples)


def time_figure(runs: int) -> Figure:
    """Import of 50,000 activities: seconds (median) vs the floor's, in the same run."""
    values, floors = _samples(50_000, min(runs, 3))
    counted = measure("value", archive(50_000), strace=True) if shutil.which("strace") else {}
    value = values[0]
    per_row = (value["db_bytes"] - value["empty_db_bytes"]) / value["activities"]
    note = (
        f"CPU {_median(values, 'cpu'):.1f} s vs {_median(floors, 'cpu'):.1f} s; "
        f"{per_row:.0f} B/activity; {value['log_lines']:.0f} log lines; "
        f"{counted.get('fsyncs', float('nan')):.0f} fsyncs"
    )
    return Figure(
        "archive_import_50k", _median(values, "seconds"), _median(floors, "seconds"), 3.0, "s", note
    )


def memory_figure(runs: int) -> Figure:
    """Import of 50,000 activities: the process's peak RSS vs the floor's."""
    values, floors = _samples(50_000, min(runs, 3))
    peak, floor = _median(values, "peak_mb"), _median(floors, "peak_mb")
    return Figure("archive_memory_50k", peak, floor, 2.0, "MB")


def growth_figure(runs: int) -> Figure:
    """How the import's time grows from 1,000 to 50,000 activities (least-squares exponent).

    Shown as value = exponent against a floor of 1 (linear); the note gives the floor's own.
    """
    sizes = sorted(SIZES)
    value = [_median(_samples(n, min(runs, 3))[0], "seconds") for n in sizes]
    floor = [_median(_samples(n, min(runs, 3))[1], "seconds") for n in sizes]
    seconds = ", ".join(f"{n // 1000}k {v:.2f} s" for n, v in zip(sizes, value, strict=True))
    note = f"{seconds}; the floor's exponent {_exponent(sizes, floor):.2f}"
    return Figure("archive_growth", _exponent(sizes, value), 1.0, 1.1, "x", note)


def _exponent(sizes: list[int], seconds: list[float]) -> float:
    """The slope of log(seconds) over log(size)."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(s) for s in seconds]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    rise = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return rise / sum((x - mean_x) ** 2 for x in xs)


def main(argv: list[str]) -> None:
    """archive_import.py value|floor ARCHIVE"""
    kind, zip_path = argv[0], Path(argv[1])
    figures = run_value(zip_path) if kind == "value" else run_floor(zip_path)
    print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1:])
