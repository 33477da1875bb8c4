"""Record a renewal: the current cycle is kept read-only and the next one starts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from rxtracker.i18n import data_text, translate
from rxtracker.services import Context, CredentialRow, credentials
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.credential_dialog import saved_words
from rxtracker.ui.dialogs.short_form import frame_short_form
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.date_edit import DateEdit, qdate


class RenewDialog(QDialog):
    """Asks for the new expiration date (suggested from the credential's cycle length)."""

    saved = Signal(object)  # Outcome[CredentialRow]

    def __init__(
        self, ctx: Context, hub: EventHub, row: CredentialRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.row = row
        self.setWindowTitle(
            translate("renew_dialog", "Renew {credential}").format(
                credential=data_text(row.type_name)
            )
        )
        intro = QLabel(
            translate(
                "renew_dialog",
                "Record that you renewed your {credential}. The cycle ending "
                "{date} is kept, read-only, under past cycles, and a new "
                "cycle starts. CE you log from now counts toward the new cycle.",
            ).format(credential=data_text(row.type_name), date=date_text(row.expires_on))
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        suggested = credentials.renewal_defaults(ctx, row, ctx.clock.today())
        self.new_expires = DateEdit(
            translate("renew_dialog", "New expiration date"), suggested.expires_on
        )
        form.addRow(translate("renew_dialog", "New &expiration date:"), self.new_expires)
        self.new_start = DateEdit(
            translate("renew_dialog", "New cycle start"), suggested.cycle_start
        )
        form.addRow(translate("renew_dialog", "New cycle &starts:"), self.new_start)
        self.renewed_on = DateEdit(translate("renew_dialog", "Renewed on"), self.ctx.clock.today())
        self.renewed_on.setMaximumDate(qdate(self.ctx.clock.today()))
        form.addRow(translate("renew_dialog", "&Renewed on:"), self.renewed_on)
        self.problem, self.renew_button = frame_short_form(
            self, intro, form, translate("renew_dialog", "Renew"), self.save
        )
        self.resize(520, self.sizeHint().height())
        self.new_expires.setFocus()  # the field people change, not the first button

    def save(self) -> None:
        """Renew through the services; a problem keeps the dialog open with the reason."""
        expires, start = self.new_expires.value(), self.new_start.value()
        renewed_on = self.renewed_on.value()
        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("renew_dialog", "Renew {credential}").format(
                credential=data_text(self.row.type_name)
            ),
            lambda: credentials.renew_credential(
                self.ctx, self.row.id, expires, new_cycle_start=start, renewed_on=renewed_on
            ),
            problem=self.problem,
            message=saved_words,
            verb=translate("renew_dialog", "Not renewed"),
        )
