"""How cost grows: status and CE-log search at 1x, 10x and 100x the team size.

Status is ``team_status`` over everybody; search is one keystroke in the CE log's real
model, filter and table view holding every activity of the dataset.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks import datasets


def _median(metric: str, folder: Path, runs: int) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", metric, str(folder), str(runs)],
        check=True,
        capture_output=True,
        text=True,
    )
    samples = json.loads(done.stdout.strip().splitlines()[-1])
    return statistics.median(samples["value"]), statistics.median(samples["floor"])


def growth_table(runs: int, sizes: tuple[datasets.Size, ...] | None = None) -> None:
    """Print one line per size: activities, status and search time, and their floors."""
    chosen = sizes or (datasets.TEAM, datasets.TEAM_10X, datasets.TEAM_100X)
    print("size        activities  status_s  floor_s  search_s  floor_s")
    base: tuple[float, float] | None = None
    for size in chosen:
        folder = datasets.folder(size)
        status = _median("status", folder, runs)
        search = _median("search_all", folder, runs)
        base = base or (status[0], search[0])
        print(
            f"{size.name:11} {size.activities:>10} {status[0]:>9.3f} {status[1]:>8.3f} "
            f"{search[0]:>9.4f} {search[1]:>8.4f}   x{status[0] / base[0]:.1f} / "
            f"x{search[0] / base[1]:.1f}",
            flush=True,
        )
