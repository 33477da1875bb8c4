"""The benchmark datasets, generated once and cached under build/bench.

A cached folder is keyed by the generator version, the seed and the day it was made for
(the app judges records "as of today", so the data is regenerated each day).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from rxtracker.demo.datagen import GENERATOR_VERSION

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench"
SEED = 2024


@dataclass(frozen=True)
class Size:
    """A dataset size of the issue's table."""

    name: str
    people: int
    years: int
    activities: int


PERSONAL = Size("personal", 1, 5, 300)
TEAM = Size("team", 50, 5, 15_000)
STRESS = Size("stress", 500, 8, 200_000)
#: The CE log's search over 200,000 rows: one person holding them all.
SEARCH = Size("search", 1, 40, 200_000)
#: The CE log's search typed at 1,000, 10,000 and 50,000 activities of one person.
SEARCH_PERSONAL = (
    Size("search-1k", 1, 10, 1_000),
    Size("search-10k", 1, 20, 10_000),
    Size("search-50k", 1, 40, 50_000),
)
#: The GUI stall probe's sizes: one person's 10,000 activities; a 2,000-person team.
STALL_PERSONAL = Size("stall-personal", 1, 10, 10_000)
STALL_TEAM = Size("stall-team", 2000, 5, 40_000)
#: One person's CE log at 1,000 and 50,000 activities (with STALL_PERSONAL's 10,000: CSV growth).
CSV_1K = Size("csv-1k", 1, 10, 1_000)
CSV_50K = Size("csv-50k", 1, 20, 50_000)
#: One person's records at three sizes, for the commands' start-up and its growth (issue 24).
CLI_1K = Size("cli-1k", 1, 5, 1_000)
CLI_50K = Size("cli-50k", 1, 20, 50_000)
#: 10x the team size, for the growth table (1x = team, 100x = ... stress is ~13x; see GROWTH).
TEAM_10X = Size("team-10x", 500, 5, 150_000)
TEAM_100X = Size("team-100x", 5000, 5, 1_500_000)


def folder(size: Size, as_of: dt.date | None = None) -> Path:
    """The cached data folder of ``size``, generated first if needed."""
    day = as_of or dt.date.today()
    target = CACHE / f"{size.name}-g{GENERATOR_VERSION}-s{SEED}-{day.isoformat()}"
    if (target / "rxtracker.sqlite3").exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob(f"{size.name}-g*"):
        shutil.rmtree(stale, ignore_errors=True)
    scratch = target.with_name(target.name + ".partial")
    shutil.rmtree(scratch, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "rxtracker", "demo", "--out", str(scratch),
         "--people", str(size.people), "--years", str(size.years),
         "--activities", str(size.activities), "--seed", str(SEED), "--as-of", day.isoformat()],
        check=True,
        stdout=sys.stderr,
    )  # fmt: skip
    scratch.rename(target)
    return target
