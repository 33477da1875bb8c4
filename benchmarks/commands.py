"""The commands' start-up (issue 24): each command a child process, timed against its floor.

Every figure is the wall time of a whole process, from just before it is started until it
has ended (``first_paint``: until the window's first-paint mark), the median of runs that
alternate with their floor:

- ``help``: ``rxtracker --help`` (the installed script, as typed) vs ``python -c pass``;
- ``status_1k`` / ``ce_list_1k``: the command on one person's 1,000 activities vs a Python
  process reading the same rows with ``sqlite3``;
- ``first_paint``: the desktop app on the same data vs a bare PySide6 window;
- ``status_growth`` (``startup_growth``: the desktop app until its records show): how
  ``status`` grows from 1,000 to 10,000 and 50,000 activities, as
  the exponent ``log(t_big / t_1k) / log(n_big / 1,000)`` (the larger of the two).
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import datasets, startup
from benchmarks.measure import Figure, alternate

#: The command a person types: the installed ``rxtracker`` script (``python -m`` without it).
_SCRIPT = Path(sys.executable).with_name("rxtracker")
RXTRACKER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rxtracker"]

#: What ``status`` reads at least: every person, credential and activity.
STATUS_FLOOR = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for table in ("person", "credential", "activity", "activity_tag"):
    con.execute(f"SELECT * FROM {table}").fetchall()
"""

#: What ``ce list 1`` reads at least: the person, and their activities in date order.
CE_LIST_FLOOR = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT * FROM person WHERE id = 1").fetchall()
con.execute("SELECT * FROM activity WHERE person_id = 1 ORDER BY completed_on").fetchall()
"""


def _wall(argv: list[str]) -> float:
    """Seconds from starting ``argv`` to its end; it must succeed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def _command(folder: Path, *argv: str) -> list[str]:
    return [*RXTRACKER, "--data-dir", str(folder), *argv]


def _floor(program: str, folder: Path) -> list[str]:
    return [sys.executable, "-c", program, str(folder / "rxtracker.sqlite3")]


def _pair(name: str, value: list[str], floor: list[str], target: float, runs: int) -> Figure:
    _wall(value)  # warm-up: the disk cache, compiled modules
    v, f, _, _ = alternate(lambda: _wall(value), lambda: _wall(floor), runs)
    return Figure(name, v, f, target, "s")


def help_figure(runs: int) -> Figure:
    """``rxtracker --help`` vs ``python -c pass``."""
    return _pair("help", [*RXTRACKER, "--help"], [sys.executable, "-c", "pass"], 3.0, runs)


def status_figure(runs: int) -> Figure:
    """``rxtracker status`` at 1,000 activities vs reading its rows with sqlite3."""
    folder = datasets.folder(datasets.CLI_1K)
    return _pair("status_1k", _command(folder, "status"), _floor(STATUS_FLOOR, folder), 5.0, runs)


def ce_list_figure(runs: int) -> Figure:
    """``rxtracker ce list 1`` at 1,000 activities vs reading its rows with sqlite3."""
    folder = datasets.folder(datasets.CLI_1K)
    return _pair(
        "ce_list_1k", _command(folder, "ce", "list", "1"), _floor(CE_LIST_FLOOR, folder), 5.0, runs
    )


def first_paint_figure(runs: int) -> Figure:
    """The desktop app's first paint at 1,000 activities vs a bare PySide6 window's."""
    folder = datasets.folder(datasets.CLI_1K)
    startup.app_start(folder)  # warm-up, and the day's automatic backup
    value, floor, _, _ = alternate(
        lambda: startup.app_start(folder)[0], lambda: startup.bare_window_start()[0], runs
    )
    return Figure("first_paint", value, floor, 2.0, "s", "vs a bare PySide6 window")


#: The sizes of the growth figures: one person's 1,000, 10,000 and 50,000 activities.
_GROWTH_SIZES = (datasets.CLI_1K, datasets.STALL_PERSONAL, datasets.CLI_50K)


def _growth(name: str, measure: Callable[[Path], float], runs: int, what: str) -> Figure:
    """The larger exponent of ``measure`` from 1,000 to 10,000 and to 50,000 activities."""
    folders = [datasets.folder(size) for size in _GROWTH_SIZES]
    for folder in folders:
        measure(folder)  # warm-up
    samples: list[list[float]] = [[] for _ in folders]
    for _ in range(runs):
        for times, folder in zip(samples, folders, strict=True):
            times.append(measure(folder))
    seconds = [sorted(times)[len(times) // 2] for times in samples]
    sizes = [size.activities for size in _GROWTH_SIZES]
    exponents = [math.log(seconds[i] / seconds[0]) / math.log(sizes[i] / sizes[0]) for i in (1, 2)]
    note = ", ".join(f"{n:,}: {t:.3f} s" for n, t in zip(sizes, seconds, strict=True))
    return Figure(name, max(exponents), 1.0, 1.1, "x", f"{what} {note}")


def status_growth_figure(runs: int) -> Figure:
    """The exponent of ``status`` time from 1,000 to 10,000 and 50,000 activities."""
    return _growth("status_growth", lambda f: _wall(_command(f, "status")), runs, "status")


def startup_growth_figure(runs: int) -> Figure:
    """The exponent of the desktop app's start until its records show (first page filled)."""
    return _growth(
        "startup_growth",
        lambda folder: startup.app_start(folder, probe="records")[0],
        runs,
        "records shown",
    )
