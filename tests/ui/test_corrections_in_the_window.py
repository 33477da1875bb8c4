"""The window's side of the corrections the CLI gained (issue 23): take a stored certificate
off an activity, and remove a person after a question that names what goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, activities, people
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.main_window import MainWindow
from tests.conftest import make_pdf


def test_remove_the_stored_certificate_on_save(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context, tmp_path: Path
) -> None:
    window = make_window()
    first = activities.list_activities(ctx, ana)[0]
    activities.attach_certificate(ctx, first.id, make_pdf(tmp_path / "cert.pdf"))
    stored = activities.certificate_path(
        ctx, activities.get_activity(ctx, first.id).attachments[0].stored_name
    )
    dialog = ActivityDialog(ctx, window.hub, ana, activities.get_activity(ctx, first.id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.remove_stored_button.height() > 0)  # laid out
    qtbot.mouseClick(dialog.remove_stored_button, Qt.MouseButton.LeftButton)
    assert not dialog.remove_stored_button.isVisible()
    assert activities.get_activity(ctx, first.id).attachments  # nothing written before Save
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert activities.get_activity(ctx, first.id).attachments == ()
    assert not stored.exists()


def test_remove_a_person_names_what_goes_and_asks_first(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context, tmp_path: Path
) -> None:
    first = activities.list_activities(ctx, ana)[0]
    activities.attach_certificate(ctx, first.id, make_pdf(tmp_path / "cert.pdf"))
    before = activities.list_activities(ctx, ana)
    window = make_window()
    dialog = PeopleDialog(ctx, window.hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert "Delete Ana Ruiz with 1 credential and 2 activities" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz"]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    [remove] = [b for b in dialog.confirm_box.buttons() if b.text() == "Remove"]
    remove.click()
    assert people.list_people(ctx) == []
    assert dialog.model.rowCount() == 0
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_stack.undo()  # Edit > Undo
    assert [p.id for p in people.list_people(ctx)] == [ana]
    assert activities.list_activities(ctx, ana) == before
    stored = activities.certificate_path(ctx, before[0].attachments[0].stored_name)
    assert stored.is_file()
    window.undo_stack.redo()
    assert people.list_people(ctx) == []
    window.close()  # the undo window closes: the certificate file goes for good
    assert not stored.exists()
