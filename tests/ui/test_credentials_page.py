"""The Credentials page: add, renew (past cycles kept read-only), remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rxtracker.domain import date_text
from rxtracker.services import Context, credentials
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.credentials import CredentialTableModel, PastCycleModel
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def _names(window: MainWindow) -> list[str]:
    model = window.credentials_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_add_a_credential(qtbot: QtBot, ctx: Context, ana: int, make_window: Window) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    fields = dialog.fields
    fields.type_combo.setCurrentIndex(fields.type_combo.findData("nha-excpt"))
    assert "20 hours of CE (10 NHA credits) every 2 years" in fields.summary.text()
    qtbot.keyClicks(fields.number, "445566")
    fields.expires.setDate(QDate(2028, 1, 31))
    fields.knows_start.setChecked(True)
    fields.cycle_start.setDate(QDate(2028, 2, 1))
    assert not dialog.save_button.isEnabled()
    assert "before the expiration date" in dialog.problem.text()
    fields.cycle_start.setDate(QDate(2026, 2, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert len(_names(window)) == 2
    added = [c for c in credentials.list_credentials(ctx, ana) if c.number == "445566"]
    assert added[0].cycle_start == dt.date(2026, 2, 1)


def test_renew_keeps_the_past_cycle_read_only(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    before = credentials.list_credentials(ctx, ana)[0]
    assert page.past_table.isHidden()
    assert "No past cycles" in page.past_title.text()
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    suggested = dialog.new_expires.value()
    assert suggested.year == before.expires_on.year + 2
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    settle(window)
    after = credentials.list_credentials(ctx, ana)[0]
    assert after.expires_on == suggested
    assert after.cycle_start == before.expires_on + dt.timedelta(days=1)
    assert not page.past_table.isHidden()
    assert page.past_model.rowCount() == 1
    assert (
        page.past_model.index(0, 1).data()
        == f"{before.expires_on:%b} {before.expires_on.day}, {before.expires_on.year}"
    )
    assert not page.past_model.flags(page.past_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_renew_refuses_an_earlier_date_with_the_reason(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.new_expires.setDate(QDate(2020, 1, 31))
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "new expiration date" in dialog.problem.text()


def test_models_pass_the_model_tester(qtmodeltester, ctx: Context, ana: int) -> None:
    rows = credentials.list_credentials(ctx, ana)
    model = CredentialTableModel()
    model.set_rows(rows)
    model.set_status({rows[0].id: "On track"})
    qtmodeltester.check(model)
    credentials.renew_credential(ctx, rows[0].id, dt.date(2040, 1, 31))
    past = PastCycleModel()
    past.set_rows(credentials.list_past_cycles(ctx, rows[0].id))
    qtmodeltester.check(past)


def test_remove_names_the_credential_and_undo_brings_it_back(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    held = credentials.list_credentials(ctx, ana)[0]
    renewed = held.expires_on.replace(year=held.expires_on.year + 2)
    held = credentials.renew_credential(ctx, held.id, renewed).value
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    page.select_credential(held.id)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    assert f"Remove PTCB CPhT no. 1, expires {date_text(held.expires_on)}?" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle(window)
    assert _names(window) == []
    assert credentials.list_credentials(ctx, ana) == []
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    undo = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu().actions()[0]
    assert undo.text().startswith("&Undo Remove PTCB CPhT no. 1")
    undo.trigger()
    settle(window)
    assert credentials.get_credential(ctx, held.id) == held
    assert len(credentials.list_past_cycles(ctx, held.id)) == 1
    assert len(_names(window)) == 1
    assert window.undo_stack.canRedo()
    window.undo_stack.redo()
    assert credentials.list_credentials(ctx, ana) == []
    assert box.button(QMessageBox.StandardButton.Cancel) is not None
