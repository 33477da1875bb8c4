"""The Team page's detail (issue 16): what the selected person should take next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import end_of_month
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people
from rxtracker.ui.main_window import MainWindow


def test_moving_to_a_person_shows_what_they_should_take_next(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    bo = people.add_person(ctx, PersonInput("Bo Li", home_state="FL")).value
    expires = end_of_month(dt.date.today() + dt.timedelta(days=300))
    credentials.add_credential(ctx, bo.id, CredentialInput("fl-technician", expires))
    window = make_window()
    window.show_page("team")
    page = window.team_page
    page.reload_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.next_for.text.text().startswith("Move to a person")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    first = page.model.row_at(page.table.currentIndex().row()).person
    text = page.next_for.text.text()
    assert page.next_for.person_id == first.id
    assert f"What {first.name} should take next" in text
    last = page.table.currentIndex().row() == page.model.rowCount() - 1
    qtbot.keyClick(page.table, Qt.Key.Key_Up if last else Qt.Key.Key_Down)
    second = page.model.row_at(page.table.currentIndex().row()).person
    assert second.id != first.id and page.next_for.person_id == second.id
    assert {first.name, second.name} == {"Ana Ruiz", "Bo Li"}
    bo_text = text if first.id == bo.id else page.next_for.text.text()
    assert "prevention of medication errors" in bo_text
    assert "FL technician" in bo_text
