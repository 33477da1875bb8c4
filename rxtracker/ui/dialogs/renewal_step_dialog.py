"""Record a step of a renewal application from the dashboard card (issue 20).

Applied (with the fee paid), Returned (with PTCB's reasons), Resubmitted, Approved (with the
new expiration): one small form each, saved through ``services.renewal``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from rxtracker.i18n import translate
from rxtracker.services import Context, credentials
from rxtracker.services.renewal import StepInput, record_step
from rxtracker.services.rows import Outcome
from rxtracker.services.views import Card, RenewalState, Step
from rxtracker.services.wording import application_sentence
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.dialogs.short_form import frame_short_form
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.credential_card import STEP_TEXT
from rxtracker.ui.widgets.date_edit import DateEdit, qdate


class RenewalStepDialog(QDialog):
    """One step of the application of a card's credential."""

    saved = Signal(object)  # Outcome[RenewalState]

    def __init__(
        self, ctx: Context, hub: EventHub, card: Card, step: Step, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub, self.card, self.step = ctx, hub, card, step
        button, words = (translate("credential_card", text) for text in STEP_TEXT[step])
        self.setWindowTitle(f"{card.type_name}: {button.removesuffix('…').lower()}")
        intro = QLabel(words)
        intro.setWordWrap(True)
        form = QFormLayout()
        today = ctx.clock.today()
        self.on = DateEdit(translate("renewal_step_dialog", "On"), today)
        self.on.setMaximumDate(qdate(today))
        form.addRow(translate("renewal_step_dialog", "&On:"), self.on)
        self.fee = QLineEdit()
        self.fee.setAccessibleName(translate("renewal_step_dialog", "Fee paid"))
        self.fee.setPlaceholderText(translate("renewal_step_dialog", "the usual fee"))
        self.reasons = QPlainTextEdit()
        self.reasons.setAccessibleName(translate("renewal_step_dialog", "Why it was returned"))
        self.reasons.setPlaceholderText(
            translate("renewal_step_dialog", "e.g. Missing 1 hour of pharmacy law CE")
        )
        self.reasons.setMaximumHeight(80)
        self.expires = DateEdit(
            translate("renewal_step_dialog", "New expiration date"), _next_expiration(ctx, card)
        )
        if step in (Step.APPLIED, Step.RESUBMITTED):
            form.addRow(translate("renewal_step_dialog", "&Fee paid ($):"), self.fee)
        if step == Step.RETURNED:
            form.addRow(translate("renewal_step_dialog", "&Why:"), self.reasons)
        if step == Step.APPROVED:
            form.addRow(translate("renewal_step_dialog", "New &expiration date:"), self.expires)
        self.problem, self.save_button = frame_short_form(
            self, intro, form, translate("renewal_step_dialog", "Save"), self.save
        )
        self.resize(480, self.sizeHint().height())

    def data(self) -> StepInput:
        """The step as typed."""
        return StepInput(
            self.step,
            self.on.value(),
            reasons=self.reasons.toPlainText() if self.step == Step.RETURNED else "",
            fee=self.fee.text().strip() or None,
            expires_on=self.expires.value() if self.step == Step.APPROVED else None,
        )

    def save(self) -> None:
        """Record the step; a problem keeps the form open with the reason."""
        data = self.data()
        save_and_close(
            self,
            self.hub,
            self.saved,
            self.windowTitle(),  # "PTCB CPhT: applied", in the interface language
            lambda: record_step(self.ctx, self.card.credential_id, data),
            problem=self.problem,
            message=_saved_words,
            verb=translate("renewal_step_dialog", "Not recorded"),
        )


def _saved_words(outcome: Outcome[RenewalState]) -> str:
    return application_sentence(outcome.value.application)


def _next_expiration(ctx: Context, card: Card) -> dt.date:
    row = credentials.get_credential(ctx, card.credential_id)
    return credentials.renewal_defaults(ctx, row, ctx.clock.today()).expires_on
