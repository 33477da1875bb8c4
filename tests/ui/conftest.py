"""GUI fixtures: real windows on real data folders, driven like a person would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours, end_of_month
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.ui import common
from rxtracker.ui.main_window import MainWindow

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def no_system_viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record what would be opened with the system viewer instead of opening it."""
    opened: list[Path] = []

    def fake_open(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(common, "open_with_system_viewer", fake_open)
    return opened


@pytest.fixture
def ana(ctx: Context) -> int:
    """Ana, a Texas technician with a PTCB CPhT and two logged courses."""
    person = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value
    expires = end_of_month(TODAY + dt.timedelta(days=200))
    credentials.add_credential(ctx, person.id, CredentialInput("ptcb-cpht", expires, number="1"))
    for title, days, hours, uan in (
        ("Pharmacy law update", 30, "1.5", "0197-0000-25-001-H03-T"),
        ("Sterile compounding basics", 60, "2", "0197-0000-25-002-L07-T"),
    ):
        activities.add_activity(
            ctx,
            person.id,
            ActivityInput(title, TODAY - dt.timedelta(days=days), Hours.parse(hours), uan=uan),
        )
    return person.id


@pytest.fixture
def make_window(qtbot: QtBot, ctx: Context) -> Callable[[], MainWindow]:
    """Open (and show) a main window on the test's data folder."""

    def make() -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle(window)  # the first page's read
        return window

    return make


def drop_file(widget: QWidget, path: Path) -> None:
    """Drag ``path`` over ``widget`` and drop it, as from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,  # a QPoint: PySide6 6.11 takes no QPointF here (QDropEvent takes one)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def settle(window: MainWindow) -> None:
    """Let the reads the pages sent to the worker thread arrive (and any they start).

    And the long actions end (a delete), and each page put what it read on screen (the
    dashboard builds a card per turn).
    """
    actions = window.hub.actions
    while (
        actions.running or actions.reading or any(page.filling() for page in window.built_pages())
    ):
        actions.pool.waitForDone()
        QApplication.processEvents()
