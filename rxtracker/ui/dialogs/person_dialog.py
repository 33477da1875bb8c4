"""Add or edit a person: name, contact, role, home state and the numbers boards ask for."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import InvalidInput, Role
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Outcome, PersonInput, PersonRow, people
from rxtracker.services.context import Context
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.dialogs.already import unless_declined
from rxtracker.ui.dialogs.guarded import GuardedDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.state_picker import pick_state, state_picker

ROLE_WORDS = {
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("person_dialog", "Pharmacy technician"),
    Role.LEAD: QT_TRANSLATE_NOOP("person_dialog", "Lead technician"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("person_dialog", "Supervisor or manager"),
}


class PersonDialog(GuardedDialog):
    """The form of a person. Save stays disabled, with the reasons, until it is valid."""

    saved = Signal(object)  # Outcome[PersonRow]
    thing = QT_TRANSLATE_NOOP("guarded", "person")

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        row: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(
            translate("person_dialog", "Edit {name}").format(name=row.name)
            if row
            else translate("person_dialog", "Add a person")
        )
        self.setMinimumWidth(480)
        self._build()
        if row is not None:
            self._fill(row)
        self._update()
        self.remember_saved_state()

    def _build(self) -> None:
        form = QFormLayout()
        self.name = _line(
            translate("person_dialog", "Full name"),
            translate("person_dialog", "As on their certificates"),
        )
        form.addRow(translate("person_dialog", "&Name:"), self.name)
        self.role = QComboBox()
        self.role.setAccessibleName(translate("person_dialog", "Role"))
        for role, words in ROLE_WORDS.items():
            self.role.addItem(translate("person_dialog", words), role)
        form.addRow(translate("person_dialog", "&Role:"), self.role)
        self.state = state_picker()
        form.addRow(translate("person_dialog", "Home &state:"), self.state)
        self.email = _line(
            translate("person_dialog", "E-mail"), translate("person_dialog", "Optional")
        )
        form.addRow(translate("person_dialog", "&E-mail:"), self.email)
        self.eprofile = _line(
            translate("person_dialog", "NABP e-Profile ID"),
            translate("person_dialog", "Optional: the ID CPE Monitor uses"),
        )
        form.addRow(translate("person_dialog", "NABP e-&Profile ID:"), self.eprofile)
        self.ptcb = _line(
            translate("person_dialog", "PTCB certification number"),
            translate("person_dialog", "Optional"),
        )
        form.addRow(translate("person_dialog", "P&TCB number:"), self.ptcb)
        self.nha = _line(
            translate("person_dialog", "NHA candidate or certification number"),
            translate("person_dialog", "Optional"),
        )
        form.addRow(translate("person_dialog", "N&HA number:"), self.nha)
        self.notes = _line(
            translate("person_dialog", "Notes"), translate("person_dialog", "Optional")
        )
        form.addRow(translate("person_dialog", "N&otes:"), self.notes)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(
            translate("person_dialog", "What is still needed before saving")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reasons)
        layout.addWidget(self.buttons)
        for field in self._fields():
            field.textChanged.connect(self._update)
        self.role.currentIndexChanged.connect(self._update)
        self.state.currentIndexChanged.connect(self._update)

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.email, self.eprofile, self.ptcb, self.nha, self.notes)

    def _fill(self, row: PersonRow) -> None:
        self.name.setText(row.name)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        pick_state(self.state, row.home_state)
        for field, value in zip(
            self._fields()[1:],
            (
                row.email,
                row.nabp_eprofile_id,
                row.ptcb_number,
                row.nha_number,
                row.notes,
            ),
            strict=True,
        ):
            field.setText(value or "")

    def entered(self) -> PersonInput:
        """What the form holds, as the service's input."""
        return PersonInput(
            name=self.name.text(),
            email=self.email.text(),
            role=self.role.currentData(),
            home_state=self.state.currentData() or "",
            nabp_eprofile_id=self.eprofile.text(),
            ptcb_number=self.ptcb.text(),
            nha_number=self.nha.text(),
            notes=self.notes.text(),
        )

    def snapshot(self) -> Hashable:
        """Every field, for the "Discard this person?" question."""
        fields = (f.text() for f in self._fields())
        return (*fields, self.role.currentIndex(), self.state.currentIndex())

    def problems(self) -> list[tuple[QWidget, str]]:
        """What keeps Save disabled: (the field, the reason in words)."""
        try:
            self.entered().cleaned()
        except InvalidInput as exc:
            fields = {
                "name": self.name,
                "email": self.email,
                "home state": self.state,
                "notes": self.notes,
            }
            words = exc.sentence
            if exc.field == "name" and not self.name.text().strip():
                words = translate("person_dialog", "Enter the person's name")
            return [(fields.get(exc.field, self.name), words)]
        return []

    def _update(self) -> None:
        fields = (*self._fields(), self.state)
        self.show_problems(self.problems(), fields, self.save_button, self.reasons)

    def save(self) -> None:
        """Save through the services; a problem keeps the form open with the reason."""
        if self.problems():
            return
        data, row = self.entered(), self.row

        def write(same_name_ok: bool) -> Outcome[PersonRow]:
            if row is None:
                return people.add_person(self.ctx, data, same_name_ok=same_name_ok)
            return people.update_person(
                self.ctx, row.id, data, same_name_ok=same_name_ok, version=row.version
            )

        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("person_dialog", "Save {name}").format(name=data.name),
            lambda: unless_declined(
                self, translate("person_dialog", "Save a second person with this name?"), write
            ),
            problem=self.reasons,
            message=lambda o: translate("person_dialog", "Saved {name}.").format(name=o.value.name),
        )


def _line(accessible: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(accessible)
    line.setPlaceholderText(placeholder)
    return line
