"""The GUI stall probe: the real main window, driven as a person would, under a 5 ms timer.

Each action (a page switch, a save, a delete, a person switch, a filter change, a refresh
after a change made elsewhere) is started from the event loop while a 5 ms timer runs; the
figure is the longest gap between two of the timer's ticks from the action until the window
has settled (no read or long action pending, and at least ``SETTLE_S`` seconds passed). The
floor is the same timer's longest gap over an idle ``SETTLE_S`` seconds in the same run.

Every run opens a new window (on the Settings page), so first visits are first visits:

- ``warm_up``: the other pages imported and built while the window is idle (the app does
  it after its first paint, ``rxtracker/ui/page_warmup.py``);
- ``page_<name>``: the first visit of each page; ``page_<name>_again``: a later visit;
- ``save`` and ``delete`` of an activity in the CE log (the form and the confirmation box
  used as a person would);
- ``filter_*``: the CE log's topic and credential filters, the Team page's filters;
- ``person_switch_<page>``: another person chosen with that page shown (team data);
- ``elsewhere_<page>``: another connection edits an activity and the window's watcher finds
  it with that page shown; ``page_<name>_after_change``: a page shown after that change.

Run in its own process: ``python -m benchmarks.stall personal|team DATA_DIR RUNS [--where]``;
prints one JSON object {action: [seconds...], "idle": [seconds...]}. ``--where`` adds the
sampling profiler of ``benchmarks/stall_sampler.py`` (on stderr).
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
PAGES = ("dashboard", "log", "credentials", "pathways", "team", "settings")


class StallMeter:
    """Longest gap of a 5 ms timer while an action runs and the window settles.

    With each gap it keeps the CPU time spent in it (``longest_cpu``: the GUI thread's own,
    and the whole process's, which adds the worker's): on a loaded machine the wall time of a
    gap is mostly waiting for a CPU, while its CPU time is the work done in it.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self.settled: Callable[[], bool] = lambda: True
        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = self.started = self.longest_from = 0.0
        self.last_cpu = (0.0, 0.0)  # (GUI thread, process) CPU seconds at the last tick
        self.longest_cpu = self.total_cpu = (0.0, 0.0)  # in the longest gap; the whole action
        self.active = False  # read by the sampler's thread (a plain flag, not Qt)
        self.single_shot = QTimer.singleShot

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), (time.thread_time(), time.process_time())
        if now - self.last > self.longest:
            self.longest, self.longest_from = now - self.last, self.last
            self.longest_cpu = (cpu[0] - self.last_cpu[0], cpu[1] - self.last_cpu[1])
        self.last, self.last_cpu = now, cpu
        if now - self.started >= SETTLE_S and (self.settled() or now - self.started > LIMIT_S):
            self.loop.quit()

    def measure(self, action: Callable[[], object] | None) -> float:
        """Seconds of the longest gap from ``action`` (None: idle) until settled."""
        self.started = self.last = time.perf_counter()
        started_cpu = self.last_cpu = (time.thread_time(), time.process_time())
        self.longest = 0.0
        self.longest_cpu = (0.0, 0.0)
        self.active = True
        self.timer.start()
        if action is not None:
            self.single_shot(0, action)
        self.loop.exec()
        self.timer.stop()
        self.active = False
        self.total_cpu = (
            time.thread_time() - started_cpu[0],
            time.process_time() - started_cpu[1],
        )
        return self.longest


class Probe:
    """One window driven through the actions; ``found`` keeps each action's stall."""

    def __init__(self, ctx: Any, other: Any, meter: StallMeter, sampler: Any) -> None:
        from rxtracker.ui.main_window import MainWindow
        from rxtracker.ui.page_warmup import PageWarmUp

        self.ctx, self.other, self.meter, self.sampler = ctx, other, meter, sampler
        self.found: dict[str, float] = {}
        #: per action, CPU seconds: (GUI thread, process) in its longest gap, then in all of it
        self.cpu: dict[str, tuple[float, float, float, float]] = {}
        self.window = MainWindow(ctx, page="settings")
        self.window.show()
        self.window.watcher.stop()  # the probe polls when it has made a change elsewhere
        actions = self.window.hub.actions
        warm_up = PageWarmUp(self.window)
        meter.settled = lambda: (
            actions.running == 0
            and actions.reading == 0
            and warm_up.done
            and not any(page.filling() for page in self.window.built_pages())
        )
        meter.measure(None)  # first paint and the first page's load
        self.step("warm_up", warm_up.start)  # as the app does after its first paint

    def step(self, name: str, action: Callable[[], object] | None) -> None:
        """Measure ``action`` as ``name``."""
        if self.sampler is not None:
            self.sampler.start(name)
        self.found[name] = self.meter.measure(action)
        self.cpu[name] = (*self.meter.longest_cpu, *self.meter.total_cpu)
        if self.sampler is not None:
            self.sampler.stop(self.meter.longest, self.meter.longest_from)

    def show(self, page: str, name: str | None = None) -> None:
        """Show ``page`` (measured as ``name`` when given)."""
        if name is None:
            self.window.show_page(page)
            self.meter.measure(None)
        else:
            self.step(name, lambda: self.window.show_page(page))

    def visit_pages(self, pages: tuple[str, ...]) -> None:
        """Each page's first visit, then a later visit of each."""
        for name in pages:
            self.show(name, f"page_{name}")
        for name in pages:
            self.show(name, f"page_{name}_again")

    def save(self, title: str) -> None:
        """Open the CE log's form on an activity, change its title and press Save."""
        page = self.window.log_page
        page.table.selectRow(0)
        self.step("open_form", page.edit_selected)
        dialog = page.dialog
        dialog.title_edit.setText(title)
        self.step("save", dialog.save_button.click)

    def delete(self) -> None:
        """Select an activity, press Delete and confirm."""
        from PySide6.QtWidgets import QMessageBox

        page = self.window.log_page
        page.table.selectRow(3)
        page.delete_selected()
        box = page.confirm_box
        yes = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
        )
        self.step("delete", yes.click)

    def elsewhere(self, name: str, title: str) -> None:
        """Another connection changes an activity's title; the watcher finds and shows it."""
        from rxtracker.services import activities
        from rxtracker.services.inputs import ActivityInput

        person = self.window.person_id
        row = activities.list_activities(self.other, person)[5]
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
        activities.update_activity(self.other, row.id, data)
        self.meter.measure(None)  # the garbage of that read collected before measuring
        self.step(name, self.window.watcher.poll)


def personal(probe: Probe, run: int) -> None:
    """One person with many activities: every page, the CE log's actions, changes elsewhere."""
    probe.visit_pages(tuple(p for p in PAGES if p != "team"))
    probe.show("log")
    page = probe.window.log_page
    probe.save(f"Law update {run}")
    probe.delete()
    probe.step("filter_topic", lambda: page.topic_filter.setCurrentIndex(2))
    probe.step("filter_topic_back", lambda: page.topic_filter.setCurrentIndex(0))
    probe.step("filter_credential", lambda: page.credential_filter.setCurrentIndex(1))
    probe.step("filter_credential_back", lambda: page.credential_filter.setCurrentIndex(0))
    _changes_elsewhere(probe, run, ("log", "dashboard", "credentials"))


def team(probe: Probe, run: int) -> None:
    """Many people: every page, Team filters, person switches, a save seen by the Team page."""
    probe.visit_pages(("team", "dashboard", "log", "credentials", "pathways"))
    page = probe.window.team_page
    probe.show("team")
    probe.step("filter_window", lambda: page.window_filter.setCurrentIndex(1))
    probe.step("filter_not_on_track", lambda: page.not_on_track.setChecked(True))
    probe.step("filter_role", lambda: page.role_filter.setCurrentIndex(1))
    probe.step("filter_clear", lambda: _clear_team_filters(page))
    combo = probe.window.person_combo
    for offset, name in enumerate(("log", "dashboard", "credentials", "pathways"), start=1):
        probe.show(name)
        probe.step(f"person_switch_{name}", lambda n=offset: combo.setCurrentIndex(run * 5 + n))
    probe.show("log")
    probe.save(f"Law update {run}")
    probe.delete()
    probe.show("team", "page_team_after_save")
    _changes_elsewhere(probe, run, ("team", "log", "dashboard"))


def _clear_team_filters(page: Any) -> None:
    page.window_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(0)
    page.not_on_track.setChecked(False)


def _changes_elsewhere(probe: Probe, run: int, shown: tuple[str, ...]) -> None:
    """A change made elsewhere with each of ``shown`` on screen, then the other pages."""
    for n, name in enumerate(shown):
        probe.show(name)
        probe.elsewhere(f"elsewhere_{name}", f"Changed {run}.{n}")
    built = {page.name for page in probe.window.built_pages()}
    for name in PAGES:
        if name not in shown and (name != "team" or "team" in built):
            probe.show(name, f"page_{name}_after_change")


def main(argv: list[str]) -> None:
    """stall.py personal|team DATA_DIR RUNS [--where]"""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    kind, source, runs = argv[0], Path(argv[1]), int(argv[2])
    from PySide6.QtWidgets import QApplication

    import rxtracker
    from rxtracker.services import AppPaths, open_context

    print(f"driving {Path(rxtracker.__file__).parent}", file=sys.stderr)
    app = QApplication.instance() or QApplication([])
    meter = StallMeter()
    sampler = None
    if "--where" in argv:
        from benchmarks.stall_sampler import StackSampler

        sampler = StackSampler(lambda: meter.last if meter.active else time.perf_counter())
    samples: dict[str, list[float]] = {}
    cpu: dict[str, list[tuple[float, ...]]] = {}
    drive = personal if kind == "personal" else team
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-stall-") as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(source, folder)
        ctx = open_context(AppPaths.resolve(folder))
        other = open_context(AppPaths.resolve(folder))  # "another program" on the same records
        for run in range(runs):
            probe = Probe(ctx, other, meter, sampler)  # a new window: first visits again
            samples.setdefault("idle", []).append(meter.measure(None))
            drive(probe, run)
            for name, seconds in probe.found.items():
                samples.setdefault(name, []).append(seconds)
                cpu.setdefault(name, []).append(probe.cpu[name])
            probe.window.close()
            app.processEvents()
        other.close()
        ctx.close()
    import gc

    frozen = gc.get_freeze_count()
    gc.unfreeze()  # what the app froze (rxtracker.ui.collector), back to the collector
    print(
        f"frozen {frozen:,} objects; cyclic garbage then found: {gc.collect():,}", file=sys.stderr
    )
    if sampler is not None:
        sampler.report()
    print("cpu " + json.dumps(cpu), file=sys.stderr)  # see StallMeter (benchmarks/stall_ab.py)
    print(json.dumps(samples))


if __name__ == "__main__":
    main(sys.argv[1:])
