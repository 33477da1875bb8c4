"""File > People: a supervisor adds, edits, deactivates and reactivates people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, PersonInput, people
from rxtracker.services.history import record_history
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.dialogs.person_dialog import PersonDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.people import PeopleModel


def _open(qtbot: QtBot, window: MainWindow) -> PeopleDialog:
    dialog = PeopleDialog(window.ctx, window.hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _select(dialog: PeopleDialog, name: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.row_at(row).name == name:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def _form(dialog: PeopleDialog) -> PersonDialog:
    [form] = [f for f in dialog.findChildren(PersonDialog) if f.isVisible()]
    return form


def test_edit_a_persons_details(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    _select(dialog, "Ana Ruiz")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = _form(dialog)
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Ana Ruiz-Lopez")
    qtbot.keyClicks(form.ptcb, "1184302")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert people.get_person(ctx, ana).name == "Ana Ruiz-Lopez"
    assert people.get_person(ctx, ana).ptcb_number == "1184302"
    assert "Ana Ruiz-Lopez" in [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())]
    changes = [c for entry in record_history(ctx, "person", ana) for c in entry.fields]
    assert any(c.field == "name" and c.new == "Ana Ruiz-Lopez" for c in changes)


def test_add_a_person_with_checks_on_the_fields(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = _form(dialog)
    assert not form.save_button.isEnabled()
    assert "Enter the person's name" in form.reasons.text()
    qtbot.keyClicks(form.name, "Ben Ode")
    form.state.setFocus()
    qtbot.keyClicks(form.state, "fl")
    assert form.state.currentText() == "FL – Florida"
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ben = people.find_person(ctx, "Ben Ode")
    assert ben.home_state == "FL"
    assert window.person_combo.findData(ben.id) >= 0  # the switcher knows Ben at once


def test_deactivate_and_reactivate(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context
) -> None:
    ben = people.add_person(ctx, PersonInput("Ben Ode")).value
    window = make_window()
    assert window.person_combo.findData(ben.id) >= 0
    dialog = _open(qtbot, window)
    _select(dialog, "Ben Ode")
    assert dialog.active_button.text() == "&Deactivate"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert not people.get_person(ctx, ben.id).active
    assert window.person_combo.findData(ben.id) < 0  # gone from the switcher...
    assert "Deactivated (records kept)" in [
        dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())
    ]
    assert dialog.active_button.text() == "&Reactivate"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert people.get_person(ctx, ben.id).active
    assert window.person_combo.findData(ben.id) >= 0  # ...and back


def test_typed_changes_are_not_lost_by_cancel(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int
) -> None:
    window = make_window()
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = _form(dialog)
    qtbot.keyClicks(form.name, "Half typed")
    form.reject()
    assert form.isVisible()  # asked "Discard this person?" instead of closing
    assert form.discard_box is not None and "Discard this person?" in form.discard_box.text()
    form.discard()
    assert not form.isVisible()


def test_people_model(qtmodeltester, ctx: Context) -> None:
    for name in ("Ana", "Ben", "Cy"):
        people.add_person(ctx, PersonInput(name))
    model = PeopleModel()
    model.set_rows(people.list_people(ctx))
    qtmodeltester.check(model)
