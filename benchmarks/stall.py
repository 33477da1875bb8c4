"""The GUI stall probe: the real main window, driven as a person would, under a 5 ms timer.

Each action (a page switch, a save, a delete, a person switch, a filter change, a refresh
after a change made elsewhere) is started from the event loop while a 5 ms timer runs; the
figure is the longest gap between two of the timer's ticks from the action until the window
has settled (no read or long action pending, and at least ``SETTLE_S`` seconds passed). The
floor is the same timer's longest gap over an idle ``SETTLE_S`` seconds in the same run.

Run in its own process: ``python -m benchmarks.stall personal|team DATA_DIR RUNS``; prints one
JSON object {action: [seconds...], "idle": [seconds...]}.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TICK_MS = 5
SETTLE_S = 0.3
LIMIT_S = 60.0


class StallMeter:
    """Longest gap of a 5 ms timer while an action runs and the window settles."""

    def __init__(self, settled: Callable[[], bool]) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self.settled = settled
        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = self.started = 0.0
        self.single_shot = QTimer.singleShot

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        if now - self.started >= SETTLE_S and (self.settled() or now - self.started > LIMIT_S):
            self.loop.quit()

    def measure(self, action: Callable[[], object] | None) -> float:
        """Seconds of the longest gap from ``action`` (None: idle) until settled."""
        self.started = self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()
        if action is not None:
            self.single_shot(0, action)
        self.loop.exec()
        self.timer.stop()
        return self.longest


def _settled(window: Any) -> Callable[[], bool]:
    actions = window.hub.actions
    return lambda: actions.running == 0 and getattr(actions, "reading", 0) == 0


def _edit_and_save(window: Any, meter: StallMeter, title: str) -> tuple[float, float]:
    """(opening the form, saving it) on the selected activity of the CE log."""
    page = window.log_page
    if page.selected() is None:
        page.table.selectRow(0)
    opened = meter.measure(page.edit_selected)
    dialog = page.dialog
    dialog.title_edit.setText(title)
    return opened, meter.measure(dialog.save)


def _delete(window: Any, meter: StallMeter) -> float:
    page = window.log_page
    page.table.selectRow(3)
    row = page.selected()
    return meter.measure(lambda: page._delete(row))  # the confirmation box skipped


def _elsewhere(window: Any, meter: StallMeter, other: Any, person: int, title: str) -> float:
    """Another program changes an activity's title; the window's watcher finds and shows it."""
    from rxtracker.services import activities
    from rxtracker.services.inputs import ActivityInput

    row = activities.list_activities(other, person)[5]
    data = ActivityInput(
        title=title,
        completed_on=row.completed_on,
        hours=row.hours,
        provider=row.provider,
        uan=row.uan,
        category=row.category,
        tags=row.tags,
        notes=row.notes,
        recognized_program=row.recognized_program,
    )
    activities.update_activity(other, row.id, data)
    return meter.measure(window.watcher.poll)


def personal(window: Any, meter: StallMeter, other: Any, run: int) -> dict[str, float]:
    """One person with many activities: the CE log's actions."""
    found: dict[str, float] = {}
    for name in ("log", "dashboard", "credentials", "pathways", "settings"):
        found[f"page_{name}"] = meter.measure(lambda n=name: window.show_page(n))
    found["page_log_again"] = meter.measure(lambda: window.show_page("log"))
    page = window.log_page
    found["open_form"], found["save"] = _edit_and_save(window, meter, f"Law update {run}")
    found["delete"] = _delete(window, meter)
    found["filter_topic"] = meter.measure(lambda: page.topic_filter.setCurrentIndex(2))
    found["filter_topic_back"] = meter.measure(lambda: page.topic_filter.setCurrentIndex(0))
    found["filter_credential"] = meter.measure(lambda: page.credential_filter.setCurrentIndex(1))
    found["filter_credential_back"] = meter.measure(
        lambda: page.credential_filter.setCurrentIndex(0)
    )
    found["elsewhere"] = _elsewhere(window, meter, other, window.person_id, f"Changed {run}")
    window.show_page("dashboard")
    found["elsewhere_dashboard"] = _elsewhere(
        window, meter, other, window.person_id, f"Changed again {run}"
    )
    found["page_log_after_change"] = meter.measure(lambda: window.show_page("log"))
    return found


def team(window: Any, meter: StallMeter, other: Any, run: int) -> dict[str, float]:
    """Many people: the Team page, person switches and a save seen by the Team page."""
    found: dict[str, float] = {}
    for name in ("team", "dashboard", "log"):
        found[f"page_{name}"] = meter.measure(lambda n=name: window.show_page(n))
    found["page_team_again"] = meter.measure(lambda: window.show_page("team"))
    page = window.team_page
    found["filter_window"] = meter.measure(lambda: page.window_filter.setCurrentIndex(1))
    found["filter_not_on_track"] = meter.measure(lambda: page.not_on_track.setChecked(True))
    found["filter_clear"] = meter.measure(lambda: page.not_on_track.setChecked(False))
    window.show_page("log")
    combo = window.person_combo
    found["person_switch_log"] = meter.measure(lambda: combo.setCurrentIndex(run + 1))
    window.show_page("dashboard")
    found["person_switch_dashboard"] = meter.measure(lambda: combo.setCurrentIndex(run + 2))
    window.show_page("log")
    meter.measure(None)
    found["open_form"], found["save"] = _edit_and_save(window, meter, f"Law update {run}")
    found["page_team_after_save"] = meter.measure(lambda: window.show_page("team"))
    found["elsewhere_team"] = _elsewhere(window, meter, other, window.person_id, f"Other {run}")
    return found


def main(argv: list[str]) -> None:
    """stall.py personal|team DATA_DIR RUNS"""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    kind, source, runs = argv[0], Path(argv[1]), int(argv[2])
    from PySide6.QtWidgets import QApplication

    from rxtracker.services import AppPaths, open_context
    from rxtracker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-stall-") as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(source, folder)
        ctx = open_context(AppPaths.resolve(folder))
        other = open_context(AppPaths.resolve(folder))  # "another program" on the same records
        window = MainWindow(ctx, page="dashboard")
        window.show()
        meter = StallMeter(_settled(window))
        meter.measure(None)  # first paint and the first page's load
        drive = personal if kind == "personal" else team
        for run in range(runs):
            samples.setdefault("idle", []).append(meter.measure(None))
            for name, seconds in drive(window, meter, other, run).items():
                samples.setdefault(name, []).append(seconds)
            window.close()
            window = MainWindow(ctx, page="dashboard")  # first visits again
            window.show()
            meter = StallMeter(_settled(window))
            meter.measure(None)
        window.close()
        app.processEvents()
        other.close()
        ctx.close()
    print(json.dumps(samples))


if __name__ == "__main__":
    main(sys.argv[1:])
