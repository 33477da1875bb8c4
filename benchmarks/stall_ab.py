"""Two versions of the app under the stall probe, in one run: before and after, alternating.

``python -m benchmarks.stall_ab BASE_DIR personal|team DATA_DIR ROUNDS [OUT.json]``: each
round runs ``benchmarks/stall.py`` (this tree's probe) once on ``BASE_DIR``'s rxtracker (an
exported copy of the code before) and once on this tree's, one window per process, the order
swapped every round, and prints a table per action: the median longest stall (wall) of each
version, and the median CPU time spent in that stall, by the GUI thread and by the whole
process (the worker's included). On a shared, loaded machine the wall figures carry the
waits for a CPU; the CPU figures are the work. The load average is printed with each process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _one(code: Path, kind: str, data: str) -> dict[str, Any]:
    """One probe process on ``code``'s rxtracker: {action: (wall, gui cpu, process cpu)}."""
    env = {**os.environ, "PYTHONPATH": str(code), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stall.py"), kind, data, "1"],
        cwd=code, env=env, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(done.stderr)
    driven = next(line for line in done.stderr.splitlines() if line.startswith("driving "))
    assert driven == f"driving {code / 'rxtracker'}", driven
    walls = json.loads(done.stdout.strip().splitlines()[-1])
    cpu_line = next(line for line in done.stderr.splitlines() if line.startswith("cpu "))
    cpu = json.loads(cpu_line[4:])
    found = {"idle": (walls["idle"][0], 0.0, 0.0)}
    for name, (wall,) in ((n, w) for n, w in walls.items() if n != "idle"):
        gui, process, _, _ = cpu[name][0]
        found[name] = (wall, gui, process)
    return found


def main(argv: list[str]) -> None:
    """stall_ab.py BASE_DIR personal|team DATA_DIR ROUNDS [OUT.json]"""
    base, kind, rounds = Path(argv[0]).resolve(), argv[1], int(argv[3])
    data = str(Path(argv[2]).resolve())
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    loads = []
    for n in range(rounds):
        order = (("before", base), ("after", ROOT))
        for label, code in order if n % 2 == 0 else order[::-1]:
            loads.append(os.getloadavg()[0])
            runs[label].append(_one(code, kind, data))
            print(f"round {n + 1} {label} done, load {loads[-1]:.1f}", file=sys.stderr)
    if len(argv) > 4:
        Path(argv[4]).write_text(json.dumps({"loads": loads, **runs}))
    print(f"{kind}: {rounds} rounds, load average {min(loads):.1f}-{max(loads):.1f}")
    print("| action | before wall | after wall | before GUI CPU | after GUI CPU "
          "| before all CPU | after all CPU |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for name in runs["after"][0]:

        def median(label: str, part: int, name: str = name) -> str:
            values = [run[name][part] for run in runs[label] if name in run]
            return f"{statistics.median(values) * 1000:.0f}" if values else "-"

        cells = [median(label, part) for part in range(3) for label in ("before", "after")]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
