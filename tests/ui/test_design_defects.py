"""Issue 19's defects, each typed and clicked as a person would (numbers from the issue)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rxtracker.domain import end_of_month
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.ui.common import date_text
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import TODAY


def _team(ctx: Context) -> None:
    """Two technicians, a lead and a supervisor, each with a PTCB CPhT."""
    expires = end_of_month(TODAY + dt.timedelta(days=200))
    for name, role in (
        ("Ana Ruiz", "technician"),
        ("Bo Li", "technician"),
        ("Sam Patel", "lead"),
        ("Dana Cole", "supervisor"),
    ):
        person = people.add_person(ctx, PersonInput(name, role=role, home_state="TX")).value  # type: ignore[arg-type]
        credentials.add_credential(ctx, person.id, CredentialInput("ptcb-cpht", expires))


def test_1_team_role_filter_shows_the_people_of_that_role(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.role_filter.setFocus()
    for key, expected, count in (
        (Qt.Key.Key_Down, {"Ana Ruiz", "Bo Li"}, "2 people"),
        (Qt.Key.Key_Down, {"Sam Patel"}, "1 person"),
        (Qt.Key.Key_Down, {"Dana Cole"}, "1 person"),
    ):
        qtbot.keyClick(page.role_filter, key)
        names = {page.model.row_at(r).person.name for r in range(page.model.rowCount())}
        assert names == expected
        assert page.summary.text().startswith(count)


def test_2_enter_in_the_renew_dialog_renews(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show_page("credentials")
    page = window.credentials_page
    before = credentials.list_credentials(ctx, ana)[0]
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.renew_button.isDefault()
    assert not any(
        b.isDefault() for b in dialog.findChildren(QPushButton) if b is not dialog.renew_button
    )
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in dialog.findChildren(QWidget))
    assert QApplication.focusWidget() is dialog.new_expires.line  # the date, not Cancel
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.setFocus()  # even with Cancel focused (tabbed to), Enter renews
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: credentials.list_credentials(ctx, ana)[0].expires_on != before.expires_on
    )
    assert not dialog.isVisible()


def _delete_first_activity(qtbot: QtBot, window: MainWindow) -> str:
    page = window.log_page
    window.show_page("log")
    first = page.table.visualRect(page.table.model().index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    chosen = page.selected()
    assert chosen is not None
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    return chosen.title


def _titles(ctx: Context, person: int) -> list[str]:
    return [a.title for a in activities.list_activities(ctx, person)]


def test_9_ctrl_z_after_a_delete_works_from_the_search_box(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    title = _delete_first_activity(qtbot, window)
    assert title not in _titles(ctx, ana)
    notice = window.undo_notice
    assert notice.isVisible() and title in notice.words.text()
    search = window.log_page.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, "law")
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title in _titles(ctx, ana)
    assert not notice.isVisible()
    assert search.text() == "law"  # the search was left alone


def test_9_the_notice_undo_button_brings_it_back(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    title = _delete_first_activity(qtbot, window)
    qtbot.mouseClick(window.undo_notice.undo_button, Qt.MouseButton.LeftButton)
    assert title in _titles(ctx, ana)
    assert not window.undo_notice.isVisible()
    search = window.log_page.search
    qtbot.keyClicks(search, "abc")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() != "abc"  # with no notice, the field's own undo works


def test_11_history_in_sentences_local_time_and_names(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    row = activities.list_activities(ctx, ana)[0]
    data = activities.get_activity(ctx, row.id)
    long_title = "Texas Pharmacy Law and Rules Update for Technicians: the 2026 changes in full"
    new_day = data.completed_on - dt.timedelta(days=3)
    changed = ActivityInput(long_title, new_day, data.hours, uan=data.uan)
    activities.update_activity(ctx, row.id, changed)
    window = make_window()
    window.show_page("log")
    page = window.log_page
    page.select_activity(row.id)
    qtbot.mouseClick(page.checks.history_button, Qt.MouseButton.LeftButton)
    history = page.checks.history
    assert history is not None
    qtbot.waitExposed(history)
    model = history.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["When", "Who", "What happened"]
    assert all("UTC" not in h for h in headers)
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "You"  # this computer's login, not "root"
    sentence = model.index(last, 2).data()
    assert f"to {long_title}" in sentence  # the whole value, never cut
    assert f"to {date_text(new_day)}" in sentence  # the app's date style, not ISO
    assert "completed_on" not in sentence and "hours_hundredths" not in sentence
    when = model.index(last, 0).data()
    assert when.startswith(date_text(dt.date.today())) or "," in when
    assert ("AM" in when) or ("PM" in when)
    rect = history.table.visualRect(model.index(last, 2))
    needed = history.table.fontMetrics().boundingRect(rect, Qt.TextFlag.TextWordWrap, sentence)
    assert needed.height() <= rect.height()  # wrapped to fit, nothing elided
    history.close()
