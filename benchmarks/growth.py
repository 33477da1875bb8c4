"""How cost grows: status at 1x, 10x and 100x the team size.

Status is ``team_status`` over everybody. (The CE log's search grows with one person's
activities, not the team's: ``search_personal`` in ``make bench`` measures it.)
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
    """Print one line per size: activities, status time and its floor."""
    chosen = sizes or (datasets.TEAM, datasets.TEAM_10X, datasets.TEAM_100X)
    print("size        activities  status_s  floor_s")
    base: float | None = None
    for size in chosen:
        folder = datasets.folder(size)
        status = _median("status", folder, runs)
        base = base or status[0]
        print(
            f"{size.name:11} {size.activities:>10} {status[0]:>9.3f} {status[1]:>8.3f}"
            f"   x{status[0] / base:.1f}",
            flush=True,
        )
