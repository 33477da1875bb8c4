"""Record a renewal: the current cycle is kept read-only and the next one starts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import add_months, end_of_month
from rxtracker.services import Context, CredentialRow, credentials
from rxtracker.services.custom_types import credential_types
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.credential_dialog import saved_words
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
        self.setWindowTitle(f"Renew {row.type_name}")
        intro = QLabel(
            f"Record that you renewed your {row.type_name}. The cycle ending "
            f"{date_text(row.expires_on)} is kept, read-only, under past cycles, and a new "
            "cycle starts. CE you log from now counts toward the new cycle."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.new_expires = self._date("New expiration date", self._suggested_expiration())
        form.addRow("New &expiration date:", self.new_expires)
        ended = row.expires_on or self.ctx.clock.today()
        self.new_start = self._date("New cycle start", ended + dt.timedelta(days=1))
        form.addRow("New cycle &starts:", self.new_start)
        self.renewed_on = self._date("Renewed on", self.ctx.clock.today())
        self.renewed_on.setMaximumDate(qdate(self.ctx.clock.today()))
        form.addRow("&Renewed on:", self.renewed_on)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.renew_button = buttons.addButton("Renew", QDialogButtonBox.ButtonRole.AcceptRole)
        self.renew_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _suggested_expiration(self) -> dt.date:
        ctype = credential_types(self.ctx).get(self.row.type_id)
        months = ctype.cycle_months if ctype and ctype.cycle_months else 24
        moved = add_months(self.row.expires_on or self.ctx.clock.today(), months)
        if ctype and ctype.dates.expires_end_of_month:
            return end_of_month(moved)
        return moved

    def _date(self, name: str, day: dt.date) -> DateEdit:
        return DateEdit(name, day)

    def save(self) -> None:
        """Renew through the services; a problem keeps the dialog open with the reason."""
        expires, start = self.new_expires.value(), self.new_start.value()
        renewed_on = self.renewed_on.value()
        save_and_close(
            self,
            self.hub,
            self.saved,
            f"Renew {self.row.type_name}",
            lambda: credentials.renew_credential(
                self.ctx, self.row.id, expires, new_cycle_start=start, renewed_on=renewed_on
            ),
            problem=self.problem,
            message=saved_words,
            verb="Not renewed",
        )
