"""``make bench``: every metric of issue 8 against its floor, a table, then ONE JSON line.

Usage: python -m benchmarks [--runs N] [--only METRIC,...] [--growth]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import archive_import, certificates, commands, datasets, startup
from benchmarks.measure import Figure, alternate
from benchmarks.workbook import write_workbook

MB = 1024 * 1024


def _startup(size: datasets.Size, target: float, runs: int, extra: tuple[str, ...] = ()) -> Figure:
    """Until the records are shown (the first page filled), not the frame's first paint."""
    folder = datasets.folder(size)
    startup.app_start(folder, extra)  # warm-up: disk cache, the day's automatic backup
    startup.floor_start()
    value, floor, _, _ = alternate(
        lambda: startup.app_start(folder, extra, probe="records")[0],
        lambda: startup.floor_start()[0],
        runs,
    )
    return Figure(f"startup_{size.name}", value, floor, target, "s")


def _memory(runs: int) -> Figure:
    folder = datasets.folder(datasets.STRESS)
    value, floor, _, _ = alternate(
        lambda: startup.app_start(folder, probe="pages")[1] / MB,
        lambda: startup.floor_start()[1] / MB,
        runs,
    )
    return Figure("memory_stress", value, floor, 3.0, "MB", "every page shown once")


def _probe(metric: str, folder: Path, runs: int, *extra: str) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", metric, str(folder), str(runs), *extra],
        check=True,
        capture_output=True,
        text=True,
    )
    samples = json.loads(done.stdout.strip().splitlines()[-1])
    return statistics.median(samples["value"]), statistics.median(samples["floor"])


def _status(size: datasets.Size, runs: int) -> Figure:
    value, floor = _probe("status", datasets.folder(size), runs)
    return Figure(f"status_{size.name}", value, floor, 3.0, "s")


def _search(runs: int) -> Figure:
    value, floor = _probe("search", datasets.folder(datasets.SEARCH), runs)
    return Figure("search_stress", value, floor, 2.0, "s", "one keystroke, 200,000 rows")


def _typing(runs: int) -> Figure:
    """search_personal: the median keystroke at 50,000 activities; its growth from 1,000."""
    medians = {}
    for size in datasets.SEARCH_PERSONAL:
        medians[size.activities] = _probe("typing", datasets.folder(size), runs)
        value, floor = medians[size.activities]
        words = f"{value * 1000:6.1f} ms (floor {floor * 1000:5.1f} ms)"
        print(f"  search {size.activities:>6}: {words}", file=sys.stderr)
    (small, _), (large, floor) = medians[1_000], medians[50_000]
    exponent = math.log(large / small) / math.log(50)
    return Figure(
        "search_personal", large, floor, 16.0, "s",
        f"median keystroke, 50,000 rows; growth exponent {exponent:.2f} (limit 1.1); limit 16 ms",
        limit=0.016,
    )  # fmt: skip


def _import(runs: int) -> Figure:
    folder = datasets.folder(datasets.PERSONAL)
    book = folder.with_name(folder.name + "-cpe-monitor-10k.xlsx")
    if not book.exists():
        write_workbook(book, folder / "rxtracker.sqlite3", 10_000, dt.date.today())
    value, floor = _probe("import", folder, runs, str(book))
    return Figure("import_10k", value, floor, 1.5, "s")


def _stall(size: datasets.Size, runs: int) -> Figure:
    """The longest event-loop stall of any action (median of its runs) vs the idle timer."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.stall", size.name.split("-")[1],
         str(datasets.folder(size)), str(runs)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    samples = json.loads(done.stdout.strip().splitlines()[-1])
    idle = statistics.median(samples.pop("idle"))
    stalls = {name: statistics.median(values) for name, values in samples.items()}
    for name, seconds in sorted(stalls.items(), key=lambda item: -item[1]):
        print(f"  {size.name:15} {name:24} {seconds * 1000:7.1f} ms", file=sys.stderr)
    worst = max(stalls, key=stalls.__getitem__)
    return Figure(
        f"stall_{size.name.split('-')[1]}", stalls[worst], idle, 20.0, "s",
        f"worst: {worst}; limit 100 ms", limit=0.100,
    )  # fmt: skip


def _pdfs(metric: str, where: str, runs: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.pdfs", metric, where, str(runs)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _packet(runs: int) -> Figure:
    """The audit packet of the 10,000-activity person (about 1,800 in the cycle) vs bare drawing."""
    found = _pdfs("packet", str(datasets.folder(datasets.STALL_PERSONAL)), runs)
    value, floor = statistics.median(found["value"]), statistics.median(found["floor"])
    return Figure(
        "packet_1801", value, floor, 5.0, "s", f"{found['rows']} rows, certificates merged"
    )


#: Rows (or activities) measured for the growth exponents: 1k, 10k and 50k.
GROWTH_SIZES = (1_000, 10_000, 50_000)


def _growth(name: str, target: float, measure: Callable[[int], float]) -> Figure:
    """The growth exponent (least squares on log time over log size), as a ratio to 1."""
    times = [measure(size) for size in GROWTH_SIZES]
    for size, seconds in zip(GROWTH_SIZES, times, strict=True):
        print(f"  {name:15} {size:>7} rows {seconds:8.3f} s", file=sys.stderr)
    xs, ys = [math.log(s) for s in GROWTH_SIZES], [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )
    per_row = ", ".join(f"{t / s * 1000:.2f}" for s, t in zip(GROWTH_SIZES, times, strict=True))
    return Figure(name, slope, 1.0, target, "x", f"ms/row at 1k, 10k, 50k: {per_row}")


def _drawn(metric: str, runs: int) -> Callable[[int], float]:
    return lambda size: min(_pdfs(metric, str(size), runs if size < 50_000 else 1)["value"])


def _csv_time(runs: int) -> Callable[[int], float]:
    folders = {1_000: datasets.CSV_1K, 10_000: datasets.STALL_PERSONAL, 50_000: datasets.CSV_50K}
    return lambda size: min(_pdfs("csv", str(datasets.folder(folders[size])), runs)["value"])


def metrics(runs: int, team_page: tuple[str, ...]) -> dict[str, Callable[[], Figure]]:
    """Every metric by name, in the order they run."""
    return {
        "startup_personal": lambda: _startup(datasets.PERSONAL, 1.3, runs),
        "startup_team": lambda: _startup(datasets.TEAM, 1.6, runs, team_page),
        "startup_stress": lambda: _startup(datasets.STRESS, 3.0, runs),
        "status_team": lambda: _status(datasets.TEAM, runs),
        "status_stress": lambda: _status(datasets.STRESS, runs),
        "search_stress": lambda: _search(runs),
        "search_personal": lambda: _typing(runs),
        "import_10k": lambda: _import(runs),
        "memory_stress": lambda: _memory(runs),
        "read_text_pdf": lambda: certificates.read_time("text-pdf", "statement", 0.3, runs),
        "read_photo": lambda: certificates.read_time("photo-jpeg", "award", 3.0, runs),
        "stall_personal": lambda: _stall(datasets.STALL_PERSONAL, min(runs, 3)),
        "stall_team": lambda: _stall(datasets.STALL_TEAM, min(runs, 3)),
        "team_server": _team_server,
        "packet_1801": lambda: _packet(runs),
        "packet_growth": lambda: _growth("packet_growth", 1.05, _drawn("packet_rows", 2)),
        "team_pdf_growth": lambda: _growth("team_pdf_growth", 1.05, _drawn("team_rows", 2)),
        "csv_growth": lambda: _growth("csv_growth", 1.1, _csv_time(3)),
        "help": lambda: commands.help_figure(runs),
        "status_1k": lambda: commands.status_figure(runs),
        "ce_list_1k": lambda: commands.ce_list_figure(runs),
        "first_paint": lambda: commands.first_paint_figure(runs),
        "status_growth": lambda: commands.status_growth_figure(runs),
        "startup_growth": lambda: commands.startup_growth_figure(min(runs, 3)),
        "archive_import_50k": lambda: archive_import.time_figure(runs),
        "archive_memory_50k": lambda: archive_import.memory_figure(runs),
        "archive_growth": lambda: archive_import.growth_figure(runs),
    }


def _team_server() -> Figure:
    from benchmarks import team_server  # starts its own PostgreSQL server

    return team_server.figure()


def _team_page() -> tuple[str, ...]:
    """``--page team`` once the app has a team dashboard, else the page it opens on."""
    from rxtracker.cli.options import GUI_PAGES

    return ("--page", "team") if "team" in GUI_PAGES else ()


def print_table(figures: list[Figure]) -> None:
    """The human-readable table (on stderr, so stdout ends with the JSON line)."""
    print(
        f"{'metric':18} {'value':>10} {'floor':>10} {'ratio':>7} {'target':>7}  ", file=sys.stderr
    )
    for f in figures:
        mark = "ok" if f.met else "MISSED"
        print(
            f"{f.name:18} {f.value:>9.3f}{f.unit[0]} {f.floor:>9.3f}{f.unit[0]} "
            f"{f.ratio:>7.2f} {f.target:>7.2f}  {mark} {f.note}",
            file=sys.stderr,
        )


def _compile_sources() -> None:
    """Byte-compile rxtracker first, as installing it does (pip compiles a wheel's modules).

    Without it, a checkout run with ``PYTHONDONTWRITEBYTECODE`` set (or from a read-only
    folder) compiles every module in every child process: about 80 ms of each ``status``.
    """
    import compileall

    import rxtracker

    compileall.compile_dir(Path(rxtracker.__file__).parent, quiet=1)


def main() -> int:
    """Run the benchmarks; exit 0 even when a target is missed (the table says so)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per metric")
    parser.add_argument("--only", help="comma-separated metric names")
    parser.add_argument("--growth", action="store_true", help="the growth table instead")
    args = parser.parse_args()
    _compile_sources()
    if args.growth:
        from benchmarks.growth import growth_table

        growth_table(args.runs)
        return 0
    started = time.perf_counter()
    team_page = _team_page()
    wanted = metrics(max(args.runs, 5) if not args.only else args.runs, team_page)
    names = args.only.split(",") if args.only else list(wanted)
    figures = []
    for name in names:
        print(f"[bench] {name}…", file=sys.stderr, flush=True)
        figures.append(wanted[name]())
    print_table(figures)
    team_words = "team dashboard" if team_page else "the page the app opens on (no team page yet)"
    print(f"startup_team shows {team_words}; total {time.perf_counter() - started:.0f} s",
          file=sys.stderr)  # fmt: skip
    print(json.dumps({f.name: f.json() for f in figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
