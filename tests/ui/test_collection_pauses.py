"""Page reads run without cycle collection; what a page shows is frozen out of its way."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rxtracker.ui import collector
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import settle


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    """Each test starts and ends with nothing frozen and collection on."""
    collector.thaw()
    yield
    collector.thaw()
    gc.enable()


def test_a_read_runs_without_collection_and_what_it_shows_is_frozen(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int
) -> None:
    window = make_window()
    settle(window)
    collector.thaw()
    seen: list[bool] = []
    window.hub.actions.read(window, "Look", gc.isenabled, seen.append)
    assert not gc.isenabled()  # from the moment the read is asked
    settle(window)
    assert seen == [False]  # the worker ran without collection
    assert gc.isenabled()  # back on once the page has the rows
    assert gc.get_freeze_count() > 1000  # the app's objects and the rows, out of its way


def test_showing_a_page_freezes_its_rows(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int
) -> None:
    window = make_window()
    settle(window)
    collector.thaw()
    window.show_page("log")
    settle(window)
    assert window.log_page.model.rowCount() > 0
    assert gc.get_freeze_count() > 0 and gc.isenabled()


def test_collection_switched_off_by_start_up_stays_off_for_it_to_switch_on(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int
) -> None:
    window = make_window()
    settle(window)
    gc.disable()  # as rxtracker.__main__ does until the first paint
    window.show_page("log")
    settle(window)
    assert not gc.isenabled()


def test_leaving_the_app_gives_the_frozen_objects_back_and_collects(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    assert gc.get_freeze_count() > 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # the OS says so
    assert gc.get_freeze_count() == 0
