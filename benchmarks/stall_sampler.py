"""Where the GUI thread stalls: a sampling profiler for the stall probe (a developer's tool).

``python -m benchmarks.stall personal|team DATA_DIR RUNS --where`` adds it: a thread looks
at the GUI thread every 2 ms and, while the 5 ms timer has not ticked for ``LATE_S``, takes
the GUI thread's Python stack. After each action it keeps the stacks of the action's longest
gap only and prints, for every action over ``SHOWN_S`` (``STALL_SHOWN_MS``, default 50), the
functions seen most often in them (inclusive and innermost, one count = one 2 ms look) and the
longest garbage collection pause during the action, on stderr. Qt's own C++ work (painting,
layout), or the GUI thread waiting for the GIL, shows as the probe's ``measure`` frame with
nothing inside it; for those looks the other threads' innermost frames are listed (a worker
holding the GIL).
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from types import FrameType
from typing import Any

LOOK_S = 0.002
LATE_S = 0.015
SHOWN_S = float(os.environ.get("STALL_SHOWN_MS", "50")) / 1000  # on a quiet machine: lower
TOP = 12


def _where(frame: FrameType) -> str:
    code = frame.f_code
    short = code.co_filename.split("/rxtracker/", 1)[-1].split("/site-packages/", 1)[-1]
    return f"{short.rsplit('/lib/python3', 1)[-1]}:{code.co_firstlineno} {code.co_name}"


def _stack(frame: FrameType | None) -> tuple[str, ...]:
    """The frames inside the probe's ``measure`` (innermost first)."""
    found: list[str] = []
    while frame is not None and frame.f_code.co_name != "measure":
        found.append(_where(frame))
        frame = frame.f_back
    return tuple(found)


class StackSampler:
    """Samples the GUI thread's stack while it is late; reports the longest gap's stacks."""

    def __init__(self, last_tick: Callable[[], float]) -> None:
        self.last_tick = last_tick
        self.main = threading.main_thread().ident
        self.action: str | None = None
        # (last tick, the GUI thread's stack, the other threads' innermost frames)
        self._seen: list[tuple[float, tuple[str, ...], tuple[str, ...]]] = []
        self.kept: list[tuple[str, float, list[tuple[tuple[str, ...], tuple[str, ...]]], str]] = []
        self._gc_longest = self._gc_started = 0.0
        self._gc_where = ""
        gc.callbacks.append(self._gc)
        threading.Thread(target=self._run, daemon=True, name="stall-sampler").start()

    def _gc(self, phase: str, info: dict[str, Any]) -> None:
        if self.action is None:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        took = time.perf_counter() - self._gc_started
        if took > self._gc_longest:
            thread = "GUI" if threading.get_ident() == self.main else "worker"
            self._gc_longest, self._gc_where = took, f"{thread}, gen {info['generation']}"

    def start(self, action: str) -> None:
        """Keep the stacks seen from now on for ``action``."""
        self._seen, self._gc_longest = [], 0.0
        self.action = action

    def stop(self, longest: float, gap_from: float) -> None:
        """The action ended; its longest gap began at ``gap_from`` (perf_counter)."""
        action, self.action = self.action, None
        if action is not None and longest >= SHOWN_S:
            stacks = [(stack, others) for tick, stack, others in self._seen if tick == gap_from]
            gc_pause = f"{self._gc_longest * 1000:.0f} ms ({self._gc_where})"
            self.kept.append((action, longest, stacks, gc_pause))

    def _run(self) -> None:
        while True:
            time.sleep(LOOK_S)
            tick = self.last_tick()
            if self.action is None or time.perf_counter() - tick < LATE_S:
                continue
            frames = sys._current_frames()
            stack = _stack(frames.pop(self.main, None))
            frames.pop(threading.get_ident(), None)
            others = tuple(_where(f) for f in frames.values() if f is not None)
            self._seen.append((tick, stack, others))

    def report(self) -> None:
        """Print each kept action's longest gap: where the GUI thread was."""
        out = sys.stderr
        print(f"objects tracked by the collector: {len(gc.get_objects()):,}", file=out)
        for action, longest, stacks, gc_pause in sorted(self.kept, key=lambda k: -k[1]):
            print(
                f"\n== {action}: {longest * 1000:.0f} ms, {len(stacks)} looks, "
                f"longest gc {gc_pause}",
                file=out,
            )
            inclusive: Counter[str] = Counter()
            inner: Counter[str] = Counter()
            worker: Counter[str] = Counter()  # while the GUI thread showed no Python
            for stack, others in stacks:
                inclusive.update(set(stack))
                inner[stack[0] if stack else "(Qt, no Python)"] += 1
                if not stack:
                    worker.update(others or ("(no other thread in Python)",))
            for where, count in inclusive.most_common(TOP):
                print(f"    {count:4d}  {where}", file=out)
            print("  innermost:", file=out)
            for where, count in inner.most_common(6):
                print(f"    {count:4d}  {where}", file=out)
            if worker:  # a worker holding the GIL keeps the GUI thread in Qt, waiting for it
                print("  other threads, while the GUI thread was in Qt:", file=out)
                for where, count in worker.most_common(6):
                    print(f"    {count:4d}  {where}", file=out)
