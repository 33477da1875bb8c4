"""A dashboard card ("Today", issue 19): what to do next for one credential.

A status pill, the next step in one sentence with its date, a Log CE button, progress per
requirement, the cycle timeline, and the rule details behind a Why? disclosure.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services.views import ApplicationPhase, Card, Phase, Step
from rxtracker.services.wording import renewal_sentences
from rxtracker.ui import theme
from rxtracker.ui.widgets.card_parts import Progress, dates_text, why_html
from rxtracker.ui.widgets.card_words import in_words as in_words
from rxtracker.ui.widgets.card_words import next_step, pill_words
from rxtracker.ui.widgets.card_words import status_words as status_words
from rxtracker.ui.widgets.pace_chart import PaceChart

#: Below this width (pixels) a card puts its chart under the dates and progress, not beside them.
SIDE_BY_SIDE_WIDTH = 720

#: The card's button for each step of a renewal application, and the sentence atop its form.
STEP_TEXT = {
    Step.APPLIED: (
        QT_TRANSLATE_NOOP("credential_card", "Applied…"),
        QT_TRANSLATE_NOOP("credential_card", "Record that you applied to renew and paid the fee."),
    ),
    Step.RETURNED: (
        QT_TRANSLATE_NOOP("credential_card", "Returned…"),
        QT_TRANSLATE_NOOP(
            "credential_card",
            "Record that the application came back. PTCB's e-mail says why; you have 30 days to "
            "resubmit (with a $10 reprocessing fee), or you request reinstatement.",
        ),
    ),
    Step.RESUBMITTED: (
        QT_TRANSLATE_NOOP("credential_card", "Resubmitted…"),
        QT_TRANSLATE_NOOP(
            "credential_card", "Record that you resubmitted the returned application."
        ),
    ),
    Step.APPROVED: (
        QT_TRANSLATE_NOOP("credential_card", "Approved…"),
        QT_TRANSLATE_NOOP(
            "credential_card",
            "Record the approval: the cycle is kept under past cycles and the new one starts.",
        ),
    ),
}


def steps_for(card: Card) -> tuple[Step, ...]:
    """The application steps a card offers: what can follow its phase, once it matters.

    Nothing before the renewal window opens (unless an application is under way), nothing
    for a credential that does not expire.
    """
    phase = card.renewal.application.phase
    if phase in (ApplicationPhase.APPLIED, ApplicationPhase.RESUBMITTED):
        return (Step.RETURNED, Step.APPROVED)
    if phase in (ApplicationPhase.RETURNED, ApplicationPhase.NOT_RESUBMITTED):
        return (Step.RESUBMITTED, Step.APPROVED)
    if card.end is None or not (card.window_open or card.standing.ended):
        return ()
    if phase == ApplicationPhase.APPROVED and not card.window_open:
        return ()
    return (Step.APPLIED, Step.APPROVED)


class CredentialCard(QFrame):
    """The card of one credential on the dashboard."""

    #: A step button was clicked: the Step to record for this card's credential.
    step_requested = Signal(object)
    ready_requested = Signal()  # Ready to apply?
    audit_requested = Signal()  # Audit…
    log_requested = Signal()  # Log CE…

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("credentialCard")
        palette = theme.current_palette()
        self.setStyleSheet(
            f"QFrame#credentialCard {{ background: {palette.base};"
            f" border: 1px solid {palette.border}; border-radius: {theme.RADIUS}px; }}"
        )
        self.setAccessibleName(f"{card.type_name}: {pill_words(card)}. {next_step(card)}")
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.Space.S)
        layout.addLayout(self._title_row(card))
        layout.addWidget(self._next_step(card))
        sentences = renewal_sentences(card.renewal)
        self.renewal_label = QLabel(in_words(" ".join(sentences)), self)
        self.renewal_label.setWordWrap(True)
        self.renewal_label.setAccessibleName(translate("credential_card", "Renewal application"))
        self.renewal_label.setVisible(bool(sentences))
        layout.addWidget(self.renewal_label)
        layout.addLayout(self._actions(card))
        layout.addLayout(self._body(card))
        self.plan_slot = QVBoxLayout()  # the plan's sentence (plan_on_card)
        layout.addLayout(self.plan_slot)
        if card.repeats:
            layout.addWidget(self._repeats(card.repeats))
        self.why = QLabel(why_html(card), self)
        self.why.setObjectName("whyDetails")
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setWordWrap(True)
        self.why.setAccessibleName(translate("credential_card", "Why: the rule details"))
        self.why.hide()
        layout.addWidget(self.why)

    def fit(self, width: int) -> None:
        """Lay the timeline beside the progress when ``width`` allows it, else under it.

        The buttons too: Audit and Why? go on a row of their own when narrow.
        """
        _lay(self.body, wide=width >= SIDE_BY_SIDE_WIDTH)
        needed = self.first_actions.sizeHint().width() + self.more_actions.sizeHint().width()
        _lay(self.action_rows, wide=width >= needed + 4 * theme.Space.L)

    def toggle_why(self, shown: bool) -> None:
        """Show or hide the rule details (the Why? button)."""
        self.why.setVisible(shown)
        self.why_button.setText(
            translate("credential_card", "Why? ▾")
            if shown
            else translate("credential_card", "Why? ▸")
        )

    def _title_row(self, card: Card) -> QHBoxLayout:
        name = theme.set_type(QLabel(data_text(card.type_name)), theme.TypeRole.SECTION)
        name.setWordWrap(True)
        self.phase_label = QLabel(pill_words(card))
        pill = theme.pill(card.honest_phase)
        self.phase_label.setStyleSheet(
            f"color: {pill.text}; background: {pill.back}; font-weight: bold;"
            f" border-radius: {theme.RADIUS}px; padding: 2px {theme.Space.S}px;"
        )
        self.phase_label.setAccessibleName(
            translate("credential_card", "Status: {status}").format(status=pill_words(card))
        )
        row = QHBoxLayout()
        row.addWidget(name, 1)
        if card.number:
            number = theme.set_type(
                QLabel(translate("credential_card", "No. {number}").format(number=card.number)),
                theme.TypeRole.CAPTION,
            )
            row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.phase_label, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _next_step(self, card: Card) -> QLabel:
        label = QLabel(next_step(card))
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        if card.standing.ended:
            label.setStyleSheet(f"color: {theme.phase_colour(card.standing.phase).name()};")
        label.setAccessibleName(translate("credential_card", "Next step"))
        self.next_label = label
        return label

    def _actions(self, card: Card) -> QBoxLayout:
        self.action_rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.first_actions = row = QHBoxLayout()
        self.log_button = QPushButton(
            translate("credential_card", "Log CE…"), self
        )  # a parent: never a window
        self.log_button.setDefault(True)  # the primary action, filled in the accent colour
        self.log_button.setAccessibleName(
            translate("credential_card", "Log a CE activity for {credential}").format(
                credential=card.type_name
            )
        )
        self.log_button.clicked.connect(self.log_requested.emit)
        self.log_button.setVisible(
            card.end is not None and card.standing.phase is not Phase.EXPIRED
        )
        row.addWidget(self.log_button)
        self._step_buttons(card, row)
        row.addStretch(1)
        self.action_rows.addLayout(row)
        self.more_actions = row = QHBoxLayout()
        row.addStretch(1)
        self.unconfirmed_mark = theme.set_type(
            QLabel(translate("credential_card", "Some rules not confirmed"), self),
            theme.TypeRole.CAPTION,
        )
        self.unconfirmed_mark.setToolTip("\n".join(in_words(f) for f in card.unconfirmed))
        self.unconfirmed_mark.setVisible(bool(card.unconfirmed))
        row.addWidget(self.unconfirmed_mark)
        self.audit_button = QPushButton(translate("credential_card", "Audit…"), self)
        self.audit_button.setAccessibleName(
            translate("credential_card", "{credential}: audit notice, documents, outcome").format(
                credential=card.type_name
            )
        )
        self.audit_button.clicked.connect(self.audit_requested.emit)
        self.audit_button.setVisible(card.end is not None)
        row.addWidget(self.audit_button)
        self.why_button = QPushButton(translate("credential_card", "Why? ▸"), self)
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(
            translate("credential_card", "Why: the rule details of {credential}").format(
                credential=card.type_name
            )
        )
        self.why_button.toggled.connect(self.toggle_why)
        row.addWidget(self.why_button)
        self.action_rows.addLayout(row)
        return self.action_rows

    def _step_buttons(self, card: Card, row: QHBoxLayout) -> None:
        self.step_buttons: dict[Step, QPushButton] = {}
        steps = steps_for(card)
        self.ready_button = QPushButton(translate("credential_card", "Ready to apply?"), self)
        self.ready_button.clicked.connect(self.ready_requested.emit)
        self.ready_button.setVisible(Step.APPLIED in steps)
        row.addWidget(self.ready_button)
        for step in steps:
            button = QPushButton(translate("credential_card", STEP_TEXT[step][0]), self)
            button.setAccessibleName(f"{card.type_name}: {button.text()}")
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.step_buttons[step] = button
            row.addWidget(button)

    def _body(self, card: Card) -> QBoxLayout:
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.progress = Progress(card, self)
        self.bars, self.bar_texts = self.progress.bars, self.progress.bar_texts
        left = QVBoxLayout()
        left.addWidget(self.progress)
        left.addStretch(1)
        body.addLayout(left, 3)
        self.chart = PaceChart(card.type_name, card.pace, self)
        self.dates_label = theme.set_type(QLabel(dates_text(card), self), theme.TypeRole.CAPTION)
        self.dates_label.setWordWrap(True)
        self.legend = theme.set_type(QLabel(self.chart.legend(), self), theme.TypeRole.CAPTION)
        self.legend.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.chart)
        right.addWidget(self.dates_label)
        right.addWidget(self.legend)
        right.addStretch(1)
        # No timeline for a credential that does not expire, needs no hours, or is over (the
        # reinstatement's CE reaches past the cycle drawn).
        self.chart.setVisible(
            card.end is not None and bool(card.pace.required) and not card.standing.ended
        )
        self.legend.setVisible(self.chart.isVisibleTo(self))
        body.addLayout(right, 2)
        return body

    def _repeats(self, repeats: tuple[str, ...]) -> QLabel:
        """The courses logged again in this cycle, each on its own line (not only colour)."""
        label = QLabel("\n".join(f"⚠ {r}" for r in repeats))
        label.setWordWrap(True)
        label.setAccessibleName(translate("credential_card", "Courses logged twice in this cycle"))
        label.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        self.repeats_label = label
        return label


def _lay(box: QBoxLayout, *, wide: bool) -> None:
    """Lay ``box`` out left to right when ``wide``, else top to bottom."""
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if box.direction() != direction:
        box.setDirection(direction)
