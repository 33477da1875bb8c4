"""Add or edit a credential: type from the catalog, number, expiration date, cycle start."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.catalog import CredentialKind
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services import Context, CredentialInput, CredentialRow, Outcome, credentials
from rxtracker.services.custom_types import CustomTypeRow, credential_type
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.custom_type_dialog import CustomTypeDialog
from rxtracker.ui.dialogs.guarded import GuardedDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.date_edit import DateEdit, qdate

_KIND_WORDS = {
    CredentialKind.NATIONAL: QT_TRANSLATE_NOOP("credential_dialog", "National certification"),
    CredentialKind.STATE: QT_TRANSLATE_NOOP("credential_dialog", "State registration or license"),
    CredentialKind.SPECIALTY: QT_TRANSLATE_NOOP("credential_dialog", "Specialty certification"),
    CredentialKind.CERTIFICATE: QT_TRANSLATE_NOOP("credential_dialog", "PTCB certificate"),
    CredentialKind.CUSTOM: QT_TRANSLATE_NOOP("credential_dialog", "Your own credential type"),
}


class CredentialFields(QWidget):
    """The fields of a credential, used by the dialog and by the first-run welcome."""

    changed = Signal()

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(translate("credential_dialog", "Credential type"))
        self.fill_types()
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        form.addRow(translate("credential_dialog", "&Credential:"), self._type_row())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow("", self.summary)
        self.number = QLineEdit()
        self.number.setAccessibleName(
            translate("credential_dialog", "Certificate or registration number")
        )
        self.number.setPlaceholderText(translate("credential_dialog", "Optional"))
        form.addRow(translate("credential_dialog", "&Number:"), self.number)
        self.expires = _date_edit(translate("credential_dialog", "Expiration date"), ctx)
        form.addRow(translate("credential_dialog", "&Expires on:"), self.expires)
        self.knows_start = QCheckBox(
            translate("credential_dialog", "I know the day this cycle started")
        )
        self.cycle_start = _date_edit(translate("credential_dialog", "Cycle start date"), ctx)
        self.cycle_start.setEnabled(False)
        self.knows_start.toggled.connect(self.cycle_start.setEnabled)
        start_row = QWidget()
        box = QHBoxLayout(start_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.knows_start)
        box.addWidget(self.cycle_start, 1)
        form.addRow(translate("credential_dialog", "Cycle start:"), start_row)
        self.start_hint = QLabel(
            translate(
                "credential_dialog",
                "If you leave it, rxtracker counts from the day after the previous expiration.",
            )
        )
        self.start_hint.setWordWrap(True)
        form.addRow("", self.start_hint)
        for signal in (self.expires.dateChanged, self.cycle_start.dateChanged):
            signal.connect(lambda *_: self.changed.emit())
        self.knows_start.toggled.connect(lambda *_: self.changed.emit())
        self._type_chosen()

    def _type_row(self) -> QWidget:
        self.new_type_button = QPushButton(translate("credential_dialog", "Not in the list…"))
        self.new_type_button.setAutoDefault(False)
        self.new_type_button.setAccessibleName(
            translate("credential_dialog", "My credential type is not in the list")
        )
        self.new_type_button.setToolTip(
            translate(
                "credential_dialog",
                "Define a credential type of your own: an employer's training, another state…",
            )
        )
        self.new_type_button.clicked.connect(self.define_type)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.type_combo, 1)
        box.addWidget(self.new_type_button)
        return row

    def fill_types(self) -> None:
        """(Re)fill the type picker from the catalog and the user's own types."""
        self.type_combo.clear()
        for ctype in credentials.credential_types(self.ctx):
            if ctype.cycle_months is None:  # rule variants are not among the holdable types
                continue
            self.type_combo.addItem(data_text(ctype.name), ctype.id)

    def define_type(self) -> None:
        """Open the form of a new credential type; once saved it is chosen here."""
        self.type_dialog = CustomTypeDialog(self.ctx, self.hub, self)
        self.type_dialog.saved.connect(self._type_defined)
        self.type_dialog.finished.connect(self.type_dialog.deleteLater)
        self.type_dialog.open()

    def _type_defined(self, outcome: Outcome[CustomTypeRow]) -> None:
        self.fill_types()
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(outcome.value.id), 0))

    def _type_chosen(self, _index: int = 0) -> None:
        type_id = self.type_combo.currentData()
        if type_id is None:
            return
        ctype = credential_type(self.ctx, type_id)
        kind = (
            translate("credential_dialog", _KIND_WORDS[ctype.kind])
            if ctype.kind in _KIND_WORDS
            else ""
        )
        self.summary.setText(f"{kind}. {data_text(ctype.summary)}".strip())
        self.changed.emit()

    def snapshot(self) -> Hashable:
        """Every field, to tell an untouched form from a typed one."""
        return (
            self.type_combo.currentData(),
            self.number.text(),
            self.expires.value(),
            self.knows_start.isChecked(),
            self.cycle_start.value(),
        )

    def set_row(self, row: CredentialRow) -> None:
        """Show an existing credential."""
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(row.type_id), 0))
        self.number.setText(row.number or "")
        if row.expires_on:
            self.expires.setDate(qdate(row.expires_on))
        self.knows_start.setChecked(row.cycle_start is not None)
        if row.cycle_start:
            self.cycle_start.setDate(qdate(row.cycle_start))

    def suggest_expiration(self) -> None:
        """Start the expiration date at the end of a month a year from now."""
        self.expires.setDate(qdate(credentials.suggested_expiration(self.ctx.clock.today())))

    def entered(self) -> CredentialInput:
        """The fields as a service input (checked by the service)."""
        return CredentialInput(
            type_id=str(self.type_combo.currentData()),
            expires_on=self.expires.value(),
            number=self.number.text() or None,
            cycle_start=self.cycle_start.value() if self.knows_start.isChecked() else None,
        )

    def problem(self) -> str | None:
        """Why these fields cannot be saved, or None."""
        data = self.entered()
        if data.cycle_start and data.expires_on and data.cycle_start > data.expires_on:
            return translate(
                "credential_dialog", "The cycle start must be before the expiration date."
            )
        return None


def _date_edit(name: str, ctx: Context) -> DateEdit:
    return DateEdit(name, ctx.clock.today())


class CredentialDialog(GuardedDialog):
    """Add a credential to a person, or edit one (closing with unsaved changes asks first)."""

    saved = Signal(object)  # Outcome[CredentialRow]
    thing = QT_TRANSLATE_NOOP("guarded", "credential")

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        person_id: int,
        row: CredentialRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.person_id = person_id
        self.row = row
        self.setWindowTitle(
            translate("credential_dialog", "Edit credential")
            if row
            else translate("credential_dialog", "Add a credential")
        )
        self.fields = CredentialFields(ctx, hub)
        if row is not None:
            self.fields.set_row(row)
        else:
            self.fields.suggest_expiration()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self._update()
        self.remember_saved_state()
        self.resize(600, self.sizeHint().height())

    def snapshot(self) -> Hashable:
        """The credential's fields, to tell an untouched form from a typed one."""
        return self.fields.snapshot()

    def _update(self) -> None:
        problem = self.fields.problem()
        self.problem.setText(problem or "")
        self.save_button.setEnabled(problem is None)

    def save(self) -> None:
        """Save through the services; a problem keeps the dialog open with the reason."""
        data, row = self.fields.entered(), self.row

        def write() -> Outcome[CredentialRow]:
            if row is None:
                return credentials.add_credential(self.ctx, self.person_id, data)
            return credentials.update_credential(self.ctx, row.id, data, version=row.version)

        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("credential_dialog", "Save the credential"),
            write,
            problem=self.problem,
            message=saved_words,
        )


def saved_words(outcome: Outcome[CredentialRow]) -> str:
    """What the status bar says once a credential is saved (or renewed)."""
    row = outcome.value
    return translate("credential_dialog", "Saved {credential}: expires {date}.").format(
        credential=data_text(row.type_name), date=date_text(row.expires_on)
    )
