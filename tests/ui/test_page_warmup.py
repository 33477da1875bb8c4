"""The pages not shown yet are built while the window is idle, and read only when shown."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.page_warmup import BUSY_RETRY_MS, FIRST_IMPORTS, PageWarmUp
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def test_every_page_is_built_at_idle_and_reads_only_when_shown(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    warm_up = PageWarmUp(window)
    warm_up.start()
    assert [page.name for page in window.built_pages()] == ["dashboard"]  # nothing at once
    qtbot.waitUntil(lambda: warm_up.done)
    names = [page.name for page in window.built_pages()]
    assert names == ["dashboard", "log", "credentials", "pathways", "settings"]  # no Team
    assert all(page.reload_count == 0 for page in window.built_pages()[1:])  # hidden: no read
    window.show_page("log")  # a first visit is now a show and a read
    settle(window)
    assert window.log_page.reload_count == 1
    assert window.log_page.model.rowCount() == 2


def test_the_warm_up_waits_while_a_page_reads(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    actions = window.hub.actions
    actions.reading += 1  # as while a page's read is under way on the worker thread
    warm_up = PageWarmUp(window)
    warm_up.start()
    qtbot.wait(3 * BUSY_RETRY_MS)  # it looked and looked again
    assert [page.name for page in window.built_pages()] == ["dashboard"]
    actions.reading -= 1
    qtbot.waitUntil(lambda: warm_up.done)
    assert len(window.built_pages()) == 5


def test_a_closed_window_is_not_warmed_up(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    warm_up = PageWarmUp(window)
    warm_up.start()
    window.close()
    qtbot.waitUntil(lambda: warm_up.done)
    assert [page.name for page in window.built_pages()] == ["dashboard"]


def test_the_modules_imported_ahead_exist() -> None:
    for modules in FIRST_IMPORTS.values():
        for module in modules:
            assert importlib.util.find_spec(module) is not None, module
