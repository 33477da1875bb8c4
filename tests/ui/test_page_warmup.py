"""The pages not shown yet are built while the window is idle, and read only when shown."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Changes, Context, Kind, activities
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
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


def test_the_first_form_opened_is_the_spare_one_filled_for_its_activity(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    warm_up = PageWarmUp(window)
    warm_up.start()
    qtbot.waitUntil(lambda: warm_up.done)
    page = window.log_page
    spare = page.spare_form
    assert spare is not None and not spare.isVisible()
    window.show_page("log")
    settle(window)
    chosen = page.model.row_at(0)
    page.select_activity(chosen.id)
    page.edit_selected()
    assert page.dialog is spare and page.spare_form is None
    assert spare.windowTitle() == "Edit CE activity"
    assert (spare.title_edit.text(), spare.uan.text()) == (chosen.title, chosen.uan or "")
    assert spare.save_button.isEnabled() and not spare.has_unsaved_changes()
    spare.title_edit.setText("Pharmacy law update, 2026")
    qtbot.mouseClick(spare.save_button, Qt.MouseButton.LeftButton)
    assert activities.get_activity(ctx, chosen.id).title == "Pharmacy law update, 2026"
    page.add_activity()  # the next form is built anew
    assert page.dialog is not None and page.dialog is not spare
    assert page.dialog.windowTitle() == "Log a CE activity"


def test_a_spare_new_activity_form_starts_empty_and_today(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    page = window.log_page
    spare = ActivityDialog(ctx, window.hub, None, None, page)
    page.keep_spare(spare)
    page.add_activity()
    assert page.dialog is spare and spare.windowTitle() == "Log a CE activity"
    assert spare.title_edit.text() == "" and spare.date.value() == ctx.clock.today()
    assert not spare.save_button.isEnabled() and "Enter the course title" in spare.reasons.text()
    spare.reject()


def test_a_spare_form_of_another_day_or_catalog_is_not_used(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    page = window.log_page
    yesterdays = ActivityDialog(ctx, window.hub, None, None, page)
    yesterdays.built_on = ctx.clock.today() - dt.timedelta(days=1)  # its latest date is stale
    page.keep_spare(yesterdays)
    page.add_activity()
    assert page.dialog is not None and page.dialog is not yesterdays
    assert page.spare_form is None
    page.dialog.reject()
    page.keep_spare(ActivityDialog(ctx, window.hub, None, None, page))
    window.hub.publish(Changes.of(Kind.CATALOG))  # a custom type: other recognized programs
    assert page.spare_form is None
