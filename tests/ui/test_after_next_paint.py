"""Work that waits for a widget's next paint (a page's read after a change)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rxtracker.ui.first_paint import AfterNextPaint


def test_work_runs_after_the_next_paint_and_waiting_covers_all_of_it(qtbot: QtBot) -> None:
    label = QLabel("Pharmacy law update")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    painted = AfterNextPaint(label, at_the_latest_ms=10_000)
    ran: list[str] = []
    painted.run(lambda: ran.append("first"))
    painted.run(lambda: ran.append("second"))
    assert painted.waiting and ran == []
    label.setText("Pharmacy law update, 2026")  # a change shown: painted next turn
    qtbot.waitUntil(lambda: ran == ["first", "second"])
    assert not painted.waiting


def test_without_a_paint_the_work_runs_at_the_latest_after_its_time(qtbot: QtBot) -> None:
    label = QLabel("never shown")
    qtbot.addWidget(label)
    painted = AfterNextPaint(label, at_the_latest_ms=20)
    ran: list[bool] = []
    painted.run(lambda: ran.append(True))
    assert painted.waiting
    qtbot.waitUntil(lambda: ran == [True], timeout=2_000)
    assert not painted.waiting
