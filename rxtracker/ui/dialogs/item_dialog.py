"""Record a non-hour requirement as done: CSPT's competency attestation, an employer's sign-off."""

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

from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services import Context, CredentialRow, credentials
from rxtracker.services.custom_types import credential_types
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.guarded import GuardedDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.date_edit import DateEdit, qdate


def items_of(ctx: Context, credential: CredentialRow) -> dict[str, str]:
    """The non-hour requirements of a credential's type: id -> label (may be empty)."""
    ctype = credential_types(ctx).get(credential.type_id)
    return credentials.item_labels(ctype) if ctype is not None else {}


class ItemDialog(GuardedDialog):
    """Say that a non-hour requirement of a credential was done, and when."""

    saved = Signal(object)  # Outcome[ItemRow]
    thing = QT_TRANSLATE_NOOP("guarded", "record")

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        credential: CredentialRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.ctx = ctx
        self.credential = credential
        self.setWindowTitle(
            translate("item_dialog", "Record done: {credential}").format(
                credential=data_text(credential.type_name)
            )
        )
        self.item = QComboBox()
        self.item.setAccessibleName(translate("item_dialog", "What was done"))
        for requirement_id, label in items_of(ctx, credential).items():
            self.item.addItem(label, requirement_id)
        self.done_on = DateEdit(translate("item_dialog", "Date done"), self.ctx.clock.today())
        self.done_on.setMaximumDate(qdate(self.ctx.clock.today()))
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("item_dialog", "Note"))
        self.note.setPlaceholderText(
            translate("item_dialog", "Optional, e.g. signed by J. Smith, pharmacy director")
        )
        form = QFormLayout()
        form.addRow(translate("item_dialog", "&What was done:"), self.item)
        form.addRow(translate("item_dialog", "&Date done:"), self.done_on)
        form.addRow(translate("item_dialog", "&Note:"), self.note)
        self.history = QLabel(self._history_text())
        self.history.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(self.item.count() > 0)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.history)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.remember_saved_state()
        self.resize(520, self.sizeHint().height())

    def _history_text(self) -> str:
        done = credentials.list_items(self.ctx, self.credential.id)
        if not done:
            return translate("item_dialog", "Nothing recorded yet for this credential.")
        lines = [f"• {row.label}: {date_text(row.done_on)}" for row in done]
        return translate("item_dialog", "Already recorded:\n{lines}").format(lines="\n".join(lines))

    def snapshot(self) -> Hashable:
        """Every field, to tell an untouched form from a typed one."""
        return (self.item.currentIndex(), self.done_on.value(), self.note.text())

    def save(self) -> None:
        """Record the item through the services; a problem keeps the form open with it."""
        item, done_on, note = str(self.item.currentData()), self.done_on.value(), self.note.text()
        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("item_dialog", "Record the requirement"),
            lambda: credentials.record_item(self.ctx, self.credential.id, item, done_on, note=note),
            problem=self.problem,
            message=lambda o: translate("item_dialog", "Recorded {what}: {date}.").format(
                what=o.value.label, date=date_text(o.value.done_on)
            ),
        )
