"""An audit of a dashboard card's credential (issue 20): notice, documents sent, outcome.

The form asks only for the next step: the notice and its due date when no audit is open,
the day the documents went out, then the outcome. The packet to send is File ▸ Export or
print records ▸ audit packet of the audited cycle.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import translate
from rxtracker.services import Context
from rxtracker.services.audits import add_audit, audit_outcome, audit_submitted, suggested_due
from rxtracker.services.views import AuditPhase, Card
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.date_edit import DateEdit, qdate


class AuditDialog(QDialog):
    """The next step of the card's audit."""

    saved = Signal(object)

    def __init__(self, ctx: Context, hub: EventHub, card: Card, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.hub, self.card = ctx, hub, card
        self.phase = card.renewal.audit.phase
        today = ctx.clock.today()
        self.on = DateEdit(translate("audit_dialog", "On"), today)
        self.on.setMaximumDate(qdate(today))
        self.due = DateEdit(translate("audit_dialog", "Documents due by"), suggested_due(today))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(translate("audit_dialog", "Outcome"))
        self.outcome.addItem(translate("audit_dialog", "Passed"), "passed")
        self.outcome.addItem(translate("audit_dialog", "Not passed"), "failed")
        form = QFormLayout()
        if self.phase in (AuditPhase.OPEN, AuditPhase.LATE):
            words = translate(
                "audit_dialog", "Record the day you sent the proof of your CE (the audit packet)."
            )
            form.addRow(translate("audit_dialog", "&Sent on:"), self.on)
        elif self.phase == AuditPhase.SUBMITTED:
            words = translate("audit_dialog", "Record the outcome of the audit.")
            form.addRow(translate("audit_dialog", "&Outcome:"), self.outcome)
            form.addRow(translate("audit_dialog", "&On:"), self.on)
        else:
            words = translate(
                "audit_dialog",
                "Record an audit notice. Send the proof of your CE by its due date: File ▸ "
                "Export or print records makes the audit packet of the cycle.",
            )
            form.addRow(translate("audit_dialog", "Notice &received on:"), self.on)
            form.addRow(translate("audit_dialog", "Documents &due by:"), self.due)
        self.setWindowTitle(
            translate("audit_dialog", "{credential}: audit").format(credential=card.type_name)
        )
        intro = QLabel(words)
        intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            translate("audit_dialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Record the step; a problem keeps the form open with the reason."""
        held, on = self.card.credential_id, self.on.value()
        if self.phase in (AuditPhase.OPEN, AuditPhase.LATE):
            work = lambda: audit_submitted(self.ctx, held, on)  # noqa: E731
        elif self.phase == AuditPhase.SUBMITTED:
            result = str(self.outcome.currentData())
            work = lambda: audit_outcome(self.ctx, held, result, on)  # noqa: E731
        else:
            due = self.due.value()
            work = lambda: add_audit(self.ctx, held, on, due)  # noqa: E731
        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("audit_dialog", "{credential}: audit").format(credential=self.card.type_name),
            work,
            problem=self.problem,
            message=lambda _o: translate("audit_dialog", "Audit recorded."),
            verb=translate("audit_dialog", "Not recorded"),
        )
