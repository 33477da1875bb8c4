"""The main window: first run, navigation, remembered state, the person switcher."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import Context, PersonInput, credentials, people
from rxtracker.services.custom_types import CustomTypeInput, add_custom_type, delete_custom_type
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def test_first_run_welcome_saves_person_and_credentials(
    qtbot: QtBot, ctx: Context, make_window: Window
) -> None:
    window = make_window()
    welcome = window.welcome
    assert window.outer.currentWidget() is welcome
    assert not welcome.next_button.isEnabled()
    qtbot.keyClicks(welcome.name, "Dana Cole")
    welcome.state.setCurrentIndex(welcome.state.findData("TX"))
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    fields = welcome.fields
    fields.type_combo.setCurrentIndex(fields.type_combo.findData("ptcb-cpht"))
    qtbot.keyClicks(fields.number, "998877")
    fields.expires.setDate(QDate(2027, 8, 31))
    qtbot.mouseClick(welcome.add_button, Qt.MouseButton.LeftButton)
    assert welcome.added.count() == 1
    assert "Aug 31, 2027" in welcome.added.item(0).text()
    qtbot.mouseClick(welcome.finish_button, Qt.MouseButton.LeftButton)
    assert welcome.steps.currentIndex() == 2  # step 3: all set
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    assert window.outer.currentWidget() is not welcome
    dana = people.find_person(ctx, "Dana Cole")
    assert dana.home_state == "TX"
    held = credentials.list_credentials(ctx, dana.id)
    assert [(c.type_id, c.number, c.expires_on) for c in held] == [
        ("ptcb-cpht", "998877", dt.date(2027, 8, 31))
    ]
    assert window.person_id == dana.id
    assert "Welcome, Dana Cole" in window.statusBar().currentMessage()


def test_welcome_saves_all_or_nothing(qtbot: QtBot, ctx: Context, make_window: Window) -> None:
    badge = add_custom_type(ctx, CustomTypeInput("Hospital badge", "Mercy", 12, Hours(500)))
    window = make_window()
    welcome = window.welcome
    qtbot.keyClicks(welcome.name, "Dana Cole")
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    fields = welcome.fields
    for type_id in ("ptcb-cpht", "nha-excpt", badge.value.id):
        fields.type_combo.setCurrentIndex(fields.type_combo.findData(type_id))
        fields.expires.setDate(QDate(2027, 8, 31))
        qtbot.mouseClick(welcome.add_button, Qt.MouseButton.LeftButton)
    assert welcome.added.count() == 3, welcome.problem.text()
    delete_custom_type(ctx, badge.value.id)  # meanwhile: the third can no longer be saved
    qtbot.mouseClick(welcome.finish_button, Qt.MouseButton.LeftButton)
    assert window.outer.currentWidget() is welcome  # still there, with what was typed
    assert welcome.problem.text().startswith("Nothing was saved: credential type:")
    assert people.list_people(ctx) == []  # neither Dana nor her first two credentials


def test_welcome_can_be_skipped_and_reopened(
    qtbot: QtBot, ctx: Context, make_window: Window
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.skip_button, Qt.MouseButton.LeftButton)
    assert window.outer.currentIndex() == 0
    window.show_page("log")
    settle(window)
    assert "Add yourself first" in window.log_page.empty.text()
    assert not window.log_page.add_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.outer.currentWidget() is window.welcome
    window.close()
    again = make_window()
    assert again.outer.currentIndex() == 0  # a skipped welcome does not come back on its own


def test_window_remembers_page_and_geometry(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    window.resize(790, 590)
    qtbot.waitUntil(lambda: window.height() == 590)
    size = window.size()
    window.close()
    again = make_window()
    assert again.current_page().name == "credentials"
    assert again.size() == size


def test_person_switcher_appears_with_a_second_person(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    assert window.person_combo.isHidden()
    assert window.person_id == ana
    ben = people.add_person(ctx, PersonInput("Ben Ortiz")).value
    window.reload_people()
    assert not window.person_combo.isHidden()
    window.person_combo.setCurrentIndex(window.person_combo.findData(ben.id))
    window.show_page("log")
    settle(window)
    assert window.log_page.model.rowCount() == 0
    assert "No CE logged yet" in window.log_page.empty.text()


def test_pages_reload_only_when_their_person_changed(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    settings_loads = window.settings_page.reload_count
    credentials_loads = window.credentials_page.reload_count
    log_loads = window.log_page.reload_count
    window.log_page.select_activity(window.log_page.model.row_at(0).id)
    qtbot.mouseClick(window.log_page.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in window.log_page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.hub.actions.running == 0)  # deleted on the worker thread
    assert window.log_page.reload_count == log_loads + 1
    assert window.settings_page.reload_count == settings_loads
    assert window.credentials_page.reload_count == credentials_loads  # hidden: marked stale
    assert window.credentials_page.stale


def test_pages_are_built_when_first_shown(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    assert [page.name for page in window.built_pages()] == ["dashboard"]
    assert window.dashboard_page.reload_count == 1  # filled for the first paint
    window.nav.setCurrentRow(window.nav_row("credentials"))  # clicked in the navigation
    assert [page.name for page in window.built_pages()] == ["dashboard", "credentials"]
    assert window.current_page() is window.credentials_page
    assert window.credentials_page.person_id == ana
    assert window.credentials_page.title == "Credentials"
    assert window.credentials_page.reload_count == 1
    window.show_page("dashboard")
    settle(window)
    window.show_page("credentials")  # built once, reloaded only when stale
    assert window.credentials_page.reload_count == 1


def test_opening_on_a_page_builds_only_that_page(qtbot: QtBot, ctx: Context, ana: int) -> None:
    people.add_person(ctx, PersonInput("Cy Moss", role="supervisor"))  # type: ignore[arg-type]
    window = MainWindow(ctx, page="team")  # rxtracker --page team
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [page.name for page in window.built_pages()] == ["team"]
    assert window.current_page().name == "team"
    assert window.team_page.reload_count == 1


def test_a_closed_window_stops_reading_the_records(make_window: Window) -> None:
    window = make_window()
    assert window.watcher.timer.isActive()
    window.close()  # a second start in the same process (screenshots) must not meet it polling
    assert not window.watcher.timer.isActive()
