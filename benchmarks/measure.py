"""Timing helpers: alternate the measured code with its floor, keep medians."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One metric: rxtracker's value, the floor measured in the same run, and the target ratio."""

    name: str
    value: float
    floor: float
    target: float
    unit: str
    note: str = ""
    limit: float | None = None  # an absolute bound on the value (stalls), checked instead

    @property
    def ratio(self) -> float:
        """value / floor."""
        return self.value / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool:
        """True when the ratio is within the target (the value within ``limit``, when set)."""
        if self.limit is not None:
            return self.value <= self.limit
        return self.ratio <= self.target

    def json(self) -> dict[str, float]:
        """The figure as the final JSON line shows it."""
        return {
            "value": round(self.value, 4),
            "floor": round(self.floor, 4),
            "ratio": round(self.ratio, 3),
            "target": self.target,
        }


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of ``action`` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def alternate(
    value: Callable[[], float], floor: Callable[[], float], runs: int
) -> tuple[float, float, list[float], list[float]]:
    """Run floor, value, floor, value... ``runs`` times each; medians and the raw samples."""
    values: list[float] = []
    floors: list[float] = []
    for _ in range(runs):
        floors.append(floor())
        values.append(value())
    return statistics.median(values), statistics.median(floors), values, floors
