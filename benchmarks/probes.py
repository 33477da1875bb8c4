"""In-process measurements, each run in its own child process: ``python -m benchmarks.probes``.

Prints one JSON object: {"value": [seconds...], "floor": [seconds...]} (alternating runs).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.measure import alternate, timed
from rxtracker.services import AppPaths, open_context


def status(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """Every credential evaluated (load + engine) vs the activity rows read with sqlite3."""
    from rxtracker.services.status import team_status

    ctx = open_context(AppPaths.resolve(data_dir))
    today = dt.date.today()
    evaluated = team_status(ctx, today, include_inactive=True)  # warm: catalog, caches
    assert sum(len(p.credentials) for p in evaluated) > 0

    def floor() -> float:
        def read() -> None:
            con = sqlite3.connect(ctx.paths.database)
            con.execute("SELECT * FROM activity").fetchall()
            con.close()

        return timed(read)

    def value() -> float:
        return timed(lambda: team_status(ctx, today, include_inactive=True))

    _, _, values, floors = alternate(value, floor, runs)
    ctx.close()
    return values, floors


def search(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """One keystroke in the CE log's search box until the view has repainted."""
    from benchmarks.search import measure_search

    return measure_search(data_dir, runs)


def import_10k(data_dir: Path, runs: int, workbook: Path) -> tuple[list[float], list[float]]:
    """Preview + commit of the workbook into a fresh copy of ``data_dir`` vs openpyxl reading."""
    import openpyxl

    from rxtracker.services import people
    from rxtracker.services.imports import commit_import, preview_import

    def floor() -> float:
        def read() -> None:
            book = openpyxl.load_workbook(workbook, read_only=True)
            for _ in book.active.iter_rows(values_only=True):  # type: ignore[union-attr]
                pass
            book.close()

        return timed(read)

    def value() -> float:
        with tempfile.TemporaryDirectory(prefix="rxtracker-bench-import-") as tmp:
            copy = Path(tmp) / "data"
            shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("certificates"))
            ctx = open_context(AppPaths.resolve(copy))
            person = people.list_people(ctx)[0].id

            def run() -> None:
                preview = preview_import(ctx, person, workbook)
                result = commit_import(ctx, preview).value
                assert result.counts.added > 9000, result.counts

            seconds = timed(run)
            ctx.close()
        return seconds

    _, _, values, floors = alternate(value, floor, runs)
    return values, floors


def main(argv: list[str]) -> None:
    """probes.py METRIC DATA_DIR RUNS [WORKBOOK]"""
    metric, data_dir, runs = argv[0], Path(argv[1]), int(argv[2])
    if metric == "status":
        values, floors = status(data_dir, runs)
    elif metric == "search":
        values, floors = search(data_dir, runs)
    elif metric == "typing":
        from benchmarks.search import measure_typing

        values, floors = measure_typing(data_dir, runs)
    else:
        values, floors = import_10k(data_dir, runs, Path(argv[3]))
    print(json.dumps({"value": values, "floor": floors}))


if __name__ == "__main__":
    main(sys.argv[1:])
