"""Everybody whose records rxtracker keeps: add, edit, deactivate, reactivate, remove people."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import translate
from rxtracker.services import PersonRow, people
from rxtracker.services.certificates import forget_deleted
from rxtracker.services.context import Context
from rxtracker.services.removal import Removed, remove_person
from rxtracker.services.rows import Outcome
from rxtracker.ui.actions import confirm
from rxtracker.ui.dialogs.person_dialog import PersonDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.people import PeopleModel
from rxtracker.ui.undo import RemoveCommand

_Index = QModelIndex | QPersistentModelIndex


class PeopleDialog(QDialog):
    """The list of people with Add, Edit, Deactivate/Reactivate and Remove."""

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.setWindowTitle(translate("people_dialog", "People"))
        self.resize(760, 420)
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(translate("people_dialog", "People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        explain = QLabel(
            translate(
                "people_dialog",
                "A deactivated person keeps every record and can be reactivated; they leave the "
                "person switcher and the Team page.",
            )
        )
        explain.setWordWrap(True)
        self.add_button = QPushButton(translate("people_dialog", "&Add a person…"))
        self.edit_button = QPushButton(translate("people_dialog", "&Edit…"))
        self.active_button = QPushButton(translate("people_dialog", "&Deactivate"))
        self.remove_button = QPushButton(translate("people_dialog", "Re&move…"))
        close = QPushButton(translate("people_dialog", "Close"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.active_button.clicked.connect(self.toggle_active)
        self.remove_button.clicked.connect(self.remove_selected)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Context, hub: EventHub) -> None:
        """Show the dialog until the user closes it."""
        cls(ctx, hub, parent).exec()

    def reload(self, select: int | None = None) -> None:
        """Read everybody again and keep (or move) the selection."""
        self.model.set_rows(people.list_people(self.ctx, include_inactive=True))
        wanted = select if select is not None else 0
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == select:
                wanted = row
        if self.model.rowCount():
            self.table.selectRow(wanted)
        self.table.resizeColumnsToContents()
        self._selection()

    def selected(self) -> PersonRow | None:
        """The person selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection(self) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        self.remove_button.setEnabled(person is not None)
        self.active_button.setText(
            translate("people_dialog", "&Reactivate")
            if person and not person.active
            else translate("people_dialog", "&Deactivate")
        )

    def add_person(self) -> None:
        """Open an empty person form."""
        self._open_form(None)

    def edit_person(self) -> None:
        """Open the selected person's form."""
        person = self.selected()
        if person is not None:
            self._open_form(person)

    def _open_form(self, person: PersonRow | None) -> None:
        form = PersonDialog(self.ctx, self.hub, person, self)
        form.saved.connect(lambda outcome: self.reload(select=outcome.value.id))
        form.open()

    def toggle_active(self) -> None:
        """Deactivate the selected person (records kept), or reactivate them."""
        person = self.selected()
        if person is None:
            return
        if person.active:
            action = translate("people_dialog", "Deactivate {name}")
        else:
            action = translate("people_dialog", "Reactivate {name}")
        self.hub.actions.run(
            self,
            action.format(name=person.name),
            lambda: people.set_person_active(self.ctx, person.id, not person.active),
            message=lambda o: _state_words(o.value),
            done=lambda _: self.reload(select=person.id),
        )

    def remove_selected(self) -> None:
        """Ask, naming what goes, then delete the selected person with every record."""
        person = self.selected()
        if person is None:
            return
        what = people.person_record_counts(self.ctx, person.id)
        self.confirm_box = confirm(
            self,
            translate("people_dialog", "Remove this person?"),
            translate(
                "people_dialog",
                "Delete {name} with {what} from rxtracker?\n\n"
                "Edit ▸ Undo brings everything back until you close rxtracker. Deactivate keeps "
                "every record instead.",
            ).format(name=person.name, what=what),
            translate("people_dialog", "Remove"),
            lambda: self._remove(person, what),
        )

    def _remove(self, person: PersonRow, what: str) -> None:
        self.hub.actions.run(
            self,
            translate("people_dialog", "Remove {name}").format(name=person.name),
            lambda: remove_person(self.ctx, person.id),
            message=lambda _: translate(
                "people_dialog", "Removed {name} with {what}. Press Ctrl+Z to undo."
            ).format(name=person.name, what=what),
            done=self._removed,
        )

    def _removed(self, outcome: Outcome[Removed]) -> None:
        if self.hub.undo is not None:
            command = RemoveCommand(self.ctx, self.hub, outcome.value, self.parentWidget() or self)
            self.hub.undo.push(command)
        else:
            forget_deleted(self.ctx, list(outcome.value.files))
        self.reload()


def _state_words(person: PersonRow) -> str:
    if person.active:
        return translate("people_dialog", "{name} reactivated.").format(name=person.name)
    return translate("people_dialog", "{name} deactivated; every record is kept.").format(
        name=person.name
    )
