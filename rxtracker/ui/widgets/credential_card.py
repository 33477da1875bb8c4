"""A dashboard card: a credential's status in words and colour, dates, progress, what's missing."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import parse_date
from rxtracker.services.repeats import REPEAT
from rxtracker.services.views import (
    ApplicationPhase,
    Card,
    Phase,
    RequirementResult,
    Standing,
    Step,
)
from rxtracker.ui import theme
from rxtracker.ui.common import date_text, days_text
from rxtracker.ui.widgets.pace_chart import PaceChart, pace_sentence

#: Below this width (pixels) a card puts its chart under the dates and progress, not beside them.
SIDE_BY_SIDE_WIDTH = 720

#: The card's button for each step of a renewal application, and the sentence atop its form.
STEP_TEXT = {
    Step.APPLIED: ("Applied…", "Record that you applied to renew and paid the fee."),
    Step.RETURNED: (
        "Returned…",
        "Record that the application came back. PTCB's e-mail says why; you have 30 days to "
        "resubmit (with a $10 reprocessing fee), or you request reinstatement.",
    ),
    Step.RESUBMITTED: ("Resubmitted…", "Record that you resubmitted the returned application."),
    Step.APPROVED: (
        "Approved…",
        "Record the approval: the cycle is kept under past cycles and the new one starts.",
    ),
}

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_BAR_KINDS = ("total", "min")


def in_words(sentence: str) -> str:
    """Engine sentences with ISO dates written the way people read them."""
    return _ISO_DATE.sub(lambda m: date_text(parse_date(m.group(0))), sentence)


def status_words(standing: Standing) -> str:
    """'At risk, deadline in 67 days', 'Lapsed, expired 98 days ago (Mar 31, 2027)'."""
    days = standing.days_to_deadline
    if standing.ended and standing.days_since_end is not None:
        when = f"{days_text(-standing.days_since_end)} ({date_text(standing.ended_on)})"
        return f"Expired {when}" if standing.phase is Phase.EXPIRED else f"Lapsed, expired {when}"
    if standing.ended:
        return f"{standing.phase.label} since {date_text(standing.ended_on)}"
    if days is None:
        return standing.phase.label
    return f"{standing.phase.label}, deadline {days_text(days)}"


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

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{card.type_name}: {status_words(card.standing)}")
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_row(card))
        self.renewal_label = QLabel(in_words(" ".join(card.renewal.sentences)))
        self.renewal_label.setWordWrap(True)
        self.renewal_label.setAccessibleName("Renewal application")
        self.renewal_label.setVisible(bool(card.renewal.sentences))
        layout.addWidget(self.renewal_label)
        layout.addLayout(self._step_buttons(card))
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left = QVBoxLayout()
        left.addWidget(self._dates(card))
        left.addLayout(self._bars(card))
        body.addLayout(left, 3)
        self.chart = PaceChart(card.type_name, card.pace)
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart)
        pace = QLabel(pace_sentence(card.pace))
        pace.setWordWrap(True)
        chart_box.addWidget(pace)
        chart_box.addStretch(1)
        body.addLayout(chart_box, 2)
        layout.addLayout(body)
        layout.addWidget(self._missing(card))
        repeats = [n for n in card.notes if n.startswith(REPEAT)]
        if repeats:
            layout.addWidget(self._repeats(repeats))
        if len(card.notes) > len(repeats):
            layout.addWidget(self._notes(card))

    def fit(self, width: int) -> None:
        """Lay the chart beside the progress when ``width`` allows it, else under it."""
        wide = width >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)

    def _title_row(self, card: Card) -> QHBoxLayout:
        name = QLabel(card.type_name)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        name.setFont(font)
        name.setWordWrap(True)
        number = card.number
        self.phase_label = QLabel(f"● {status_words(card.standing)}")
        colour = theme.phase_colour(card.standing.phase, self).name()
        self.phase_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.phase_label.setAccessibleName(f"Status: {status_words(card.standing)}")
        row = QHBoxLayout()
        row.addWidget(name, 1)
        if number:
            row.addWidget(QLabel(f"No. {number}"))
        row.addWidget(self.phase_label)
        return row

    def _step_buttons(self, card: Card) -> QHBoxLayout:
        row = QHBoxLayout()
        self.step_buttons: dict[Step, QPushButton] = {}
        steps = steps_for(card)
        self.ready_button = QPushButton("Ready to apply?", self)  # a parent: never a window
        self.ready_button.clicked.connect(self.ready_requested.emit)
        self.ready_button.setVisible(Step.APPLIED in steps)
        row.addWidget(self.ready_button)
        for step in steps:
            button = QPushButton(STEP_TEXT[step][0], self)
            button.setAccessibleName(f"{card.type_name}: {STEP_TEXT[step][0]}")
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.step_buttons[step] = button
            row.addWidget(button)
        row.addStretch(1)
        self.audit_button = QPushButton("Audit…", self)
        self.audit_button.setAccessibleName(f"{card.type_name}: audit notice, documents, outcome")
        self.audit_button.clicked.connect(self.audit_requested.emit)
        self.audit_button.setVisible(card.end is not None)
        row.addWidget(self.audit_button)
        return row

    def _dates(self, card: Card) -> QLabel:
        lines = []
        if card.deadline:
            away = days_text(card.standing.days_to_deadline or 0)
            lines.append(f"Apply by <b>{date_text(card.deadline)}</b> ({away})")
        if card.renewal_opens:
            verb = "opened" if card.window_open else "opens"
            lines.append(f"Renewal window {verb} {date_text(card.renewal_opens)}")
        lines.append(f"Cycle {date_text(card.start)} – expires {date_text(card.end)}")
        label = QLabel("<br>".join(lines))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        return label

    def _bars(self, card: Card) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(10)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_texts: dict[str, QLabel] = {}
        row = 0
        for req in card.requirements:
            if req.kind in _BAR_KINDS and req.required is not None:
                self._bar_row(grid, row, req)
            elif req.required is None and req.kind in ("course", "item"):
                self._check_row(grid, row, req)
            else:
                continue
            row += 1
        return grid

    def _bar_row(self, grid: QGridLayout, row: int, req: RequirementResult) -> None:
        assert req.required is not None
        label = QLabel(_requirement_label(req))
        label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, max(req.required.hundredths, 1))
        bar.setValue(min(req.counted.hundredths, req.required.hundredths))
        bar.setTextVisible(False)
        bar.setFixedWidth(110)
        done = "✓ done" if req.met else f"{req.missing} to go"
        text = f"{req.counted} of {req.required} h, {done}"
        if req.exempt:
            text = "not needed this cycle"
        bar.setAccessibleName(f"{req.label}: {text}")
        words = QLabel(text)
        if req.met:
            words.setStyleSheet(f"color: {theme.good_colour(self).name()};")
        self.bars[req.id] = bar
        self.bar_texts[req.id] = words
        grid.addWidget(label, row, 0)
        grid.addWidget(bar, row, 1)
        grid.addWidget(words, row, 2)

    def _check_row(self, grid: QGridLayout, row: int, req: RequirementResult) -> None:
        label = QLabel(_requirement_label(req))
        label.setWordWrap(True)
        state = QLabel("✓ done" if req.met else "not done yet")
        colour = theme.good_colour(self) if req.met else theme.problem_colour(self)
        state.setStyleSheet(f"color: {colour.name()};")
        grid.addWidget(label, row, 0)
        grid.addWidget(state, row, 1, 1, 2)

    def _missing(self, card: Card) -> QLabel:
        if not card.missing:
            text = "Everything this cycle needs is done. You can renew when the window opens."
        else:
            items = "".join(f"<li>{in_words(s)}</li>" for s in card.missing)
            text = f"<b>Still needed:</b><ul style='margin-top:2px'>{items}</ul>"
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName("What is still needed")
        self.missing_label = label
        return label

    def _repeats(self, repeats: list[str]) -> QLabel:
        """The courses logged again in this cycle, each on its own line (not only colour)."""
        label = QLabel("\n".join(f"⚠ {r}" for r in repeats))
        label.setWordWrap(True)
        label.setAccessibleName("Courses logged twice in this cycle")
        label.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        self.repeats_label = label
        return label

    def _notes(self, card: Card) -> QLabel:
        text = "Good to know: " + " ".join(n for n in card.notes if not n.startswith(REPEAT))
        label = QLabel(text)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        self.notes_label = label
        return label


def _requirement_label(req: RequirementResult) -> str:
    label = req.label
    if req.condition:
        label += f" ({req.condition[0].lower()}{req.condition[1:]})"
    if req.unconfirmed:
        label += " (some details not confirmed)"
    return label
