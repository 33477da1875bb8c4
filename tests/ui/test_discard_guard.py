"""Never lose what was typed: closing a form with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, activities
from rxtracker.ui.dialogs.guarded import GuardedDialog
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def _cancel(qtbot: QtBot, dialog: GuardedDialog, buttons: QDialogButtonBox) -> None:
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def _open_activity_form(qtbot: QtBot, window: MainWindow) -> GuardedDialog:
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_an_untouched_activity_form_closes_without_asking(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    dialog = _open_activity_form(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.discard_box is None


def test_escape_with_typed_text_asks_and_keep_editing_keeps_it(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    dialog = _open_activity_form(qtbot, window)
    qtbot.keyClicks(dialog.title_edit, "Opioid stewardship for technicians")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Discard this activity?")
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Opioid stewardship for technicians"
    _cancel(qtbot, dialog, dialog.buttons)
    assert dialog.discard_box.isVisible()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    titles = [a.title for a in activities.list_activities(ctx, ana)]
    assert "Opioid stewardship for technicians" not in titles


def test_closing_the_window_of_an_edited_activity_asks(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    window.log_page.table.selectRow(0)
    window.log_page.edit_selected()
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # untouched edit form: no question
    assert not dialog.isVisible()
    window.log_page.edit_selected()
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.hours.selectAll()
    qtbot.keyClicks(dialog.hours, "3")
    dialog.close()
    assert dialog.isVisible()
    assert dialog.discard_box is not None and dialog.discard_box.isVisible()


def test_the_credential_form_asks_before_dropping_a_typed_number(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    page = window.credentials_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    _cancel(qtbot, dialog, dialog.buttons)
    assert not dialog.isVisible()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.fields.number, "TX-12345")
    _cancel(qtbot, dialog, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.discard_box is not None
    assert dialog.discard_box.text().startswith("Discard this credential?")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
