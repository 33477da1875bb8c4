"""The action runner: results published, problems told calmly, bugs to the crash dialog."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rxtracker.domain import InvalidInput, StorageError
from rxtracker.services import Changes, Kind, Outcome
from rxtracker.ui.actions import REPORTS, Progress
from rxtracker.ui.crash import CrashReporter
from rxtracker.ui.hub import EventHub


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def hub(page: QWidget) -> EventHub:
    return EventHub(page)


def _heard(hub: EventHub) -> tuple[list[Changes], list[str]]:
    changes: list[Changes] = []
    messages: list[str] = []
    hub.changed.connect(changes.append)
    hub.message.connect(messages.append)
    return changes, messages


def test_a_result_is_published_with_its_initiator(page: QWidget, hub: EventHub) -> None:
    changes, messages = _heard(hub)
    results: list[int] = []
    outcome = Outcome(7, Changes.of(Kind.ACTIVITIES, people={1}, activities={7}))
    ok = hub.actions.run(
        page, "Save", lambda: outcome, done=lambda o: results.append(o.value), message=str
    )
    assert ok and results == [7]
    assert changes == [outcome.changes] and changes[0].initiator is page
    assert messages == [str(outcome)]


def test_an_rx_error_is_told_in_its_own_words(page: QWidget, hub: EventHub) -> None:
    changes, _ = _heard(hub)

    def refuse() -> None:
        raise InvalidInput("hours", "must be more than 0")

    assert not hub.actions.run(page, "Save “Law update”", refuse)
    box = hub.actions.problem_box
    assert box is not None and box.isVisible()
    assert box.text() == "hours: must be more than 0"
    assert box.windowTitle() == "Save “Law update”: not done"
    assert changes == []
    shown: list[str] = []
    assert not hub.actions.run(page, "Save", refuse, failed=shown.append)
    assert shown == ["hours: must be more than 0"]  # the dialog's own label instead


def test_a_bug_goes_to_the_crash_dialog(
    page: QWidget, hub: EventHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(CrashReporter, "ask", classmethod(lambda cls, p, f: asked.append(f)))
    reporter = CrashReporter(tmp_path / "rxtracker.log")
    monkeypatch.setattr("sys.excepthook", reporter)
    assert not hub.actions.run(page, "Save", lambda: [][1])
    assert reporter.shown == 1 and asked == [tmp_path / "rxtracker.log"]
    assert hub.actions.problem_box is None


def test_long_work_ends_on_the_gui_thread(qtbot: QtBot, page: QWidget, hub: EventHub) -> None:
    changes, _ = _heard(hub)
    threads: dict[str, threading.Thread] = {}
    outcome = Outcome("done", Changes.of(Kind.ACTIVITIES, people={1}, activities={1, 2}))

    def work(progress: Progress) -> Outcome[str]:
        threads["work"] = threading.current_thread()
        for n in range(1, 4):
            progress.step(n, 3)
        return outcome

    assert hub.actions.busy is None
    with qtbot.waitSignal(hub.actions.settled, timeout=10_000) as settled:
        hub.actions.run_long(
            page,
            "Import",
            work,
            done=lambda _: threads.setdefault("done", threading.current_thread()),
        )
        assert hub.actions.busy is not None
    assert settled.args == ["Import"]
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert changes == [outcome.changes] and hub.actions.running == 0


def test_cancel_stops_long_work_at_its_next_step(
    qtbot: QtBot, page: QWidget, hub: EventHub
) -> None:
    _, messages = _heard(hub)
    started = threading.Event()
    finished: list[object] = []

    def work(progress: Progress) -> str:
        started.set()
        for n in range(10_000):
            progress.step(n, 10_000)
            time.sleep(0.001)
        return "ran to the end"

    hub.actions.run_long(page, "Import", work, done=finished.append, cancellable=True)
    qtbot.waitUntil(started.is_set)
    assert hub.actions.busy is not None
    busy = hub.actions.busy
    qtbot.waitUntil(busy.isVisible)  # shown once the work takes longer than a moment
    cancel = next(b for b in busy.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(hub.actions.settled, timeout=10_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert finished == []
    assert messages == ["Cancelled: Import. Nothing was changed."]


def test_a_storage_error_in_long_work_is_told_on_the_gui_thread(
    qtbot: QtBot, page: QWidget, hub: EventHub
) -> None:
    def full(_: Progress) -> None:
        raise StorageError("The disk holding /data is full. Nothing was saved.")

    with qtbot.waitSignal(hub.actions.settled, timeout=10_000):
        hub.actions.run_long(page, "Import", full)
    box = hub.actions.problem_box
    assert box is not None and box.isVisible()
    assert box.text() == "The disk holding /data is full. Nothing was saved."
    assert hub.actions.running == 0


def test_a_page_read_runs_off_the_gui_thread_and_arrives_on_it(
    qtbot: QtBot, page: QWidget, hub: EventHub
) -> None:
    threads: list[threading.Thread] = []
    arrived: list[tuple[int, threading.Thread]] = []

    def read() -> int:
        threads.append(threading.current_thread())
        return 42

    hub.actions.read(page, "Read", read, lambda v: arrived.append((v, threading.current_thread())))
    assert hub.actions.reading == 1
    qtbot.waitUntil(lambda: hub.actions.reading == 0)
    assert arrived == [(42, threading.main_thread())]
    assert threads and threads[0] is not threading.main_thread()


def test_a_problem_in_a_page_read_is_told_in_its_own_words(
    qtbot: QtBot, page: QWidget, hub: EventHub
) -> None:
    def read() -> None:
        raise StorageError("the records are on a disk that was removed")

    hub.actions.read(page, "Read the CE log", read, lambda _v: pytest.fail("no rows came"))
    qtbot.waitUntil(lambda: hub.actions.reading == 0)
    box = hub.actions.problem_box
    assert box is not None and "disk that was removed" in box.text()


def test_progress_reports_only_the_steps_that_move_the_bar() -> None:
    reported: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: reported.append((done, total)))
    for n in range(1, 2_001):
        progress.step(n, 2_000)  # the team's evaluation: a step per person
    assert len(reported) == REPORTS + 1  # the first step, then each half percent
    assert reported[0] == (1, 2_000) and reported[-1] == (2_000, 2_000)
    assert [done * REPORTS // 2_000 for done, _ in reported] == list(range(REPORTS + 1))
    unknown = Progress(lambda done, total: reported.append((done, total)))
    reported.clear()
    for n in range(3):
        unknown.step(n, 0)  # no idea of the total yet: each step is news
    assert reported == [(0, 0), (1, 0), (2, 0)]
