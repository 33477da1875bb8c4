"""A dashboard card: a credential's status in words and colour, dates, progress, what's missing."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import parse_date
from rxtracker.engine import CredentialResult, Phase, RequirementResult
from rxtracker.services.status import CredentialStatus
from rxtracker.ui import theme
from rxtracker.ui.common import date_text, days_text
from rxtracker.ui.widgets.pace_chart import PaceChart, pace_sentence

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_BAR_KINDS = ("total", "min")


def in_words(sentence: str) -> str:
    """Engine sentences with ISO dates written the way people read them."""
    return _ISO_DATE.sub(lambda m: date_text(parse_date(m.group(0))), sentence)


def status_words(result: CredentialResult) -> str:
    """'At risk: deadline in 67 days' and similar."""
    days = result.days_to_deadline
    if result.phase in (Phase.LAPSED, Phase.EXPIRED):
        return f"{result.phase.label} since {date_text(result.dates.end)}"
    if days is None:
        return result.phase.label
    return f"{result.phase.label}, deadline {days_text(days)}"


class CredentialCard(QFrame):
    """The card of one credential on the dashboard."""

    def __init__(self, status: CredentialStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        result = status.result
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{result.type_name}: {status_words(result)}")
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_row(status))
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._dates(result))
        left.addLayout(self._bars(result))
        body.addLayout(left, 3)
        self.chart = PaceChart(result)
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart)
        pace = QLabel(pace_sentence(result))
        pace.setWordWrap(True)
        chart_box.addWidget(pace)
        chart_box.addStretch(1)
        body.addLayout(chart_box, 2)
        layout.addLayout(body)
        layout.addWidget(self._missing(result))
        if result.notes:
            layout.addWidget(self._notes(result))

    def _title_row(self, status: CredentialStatus) -> QHBoxLayout:
        result = status.result
        name = QLabel(result.type_name)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        name.setFont(font)
        name.setWordWrap(True)
        number = status.credential.number
        self.phase_label = QLabel(f"● {status_words(result)}")
        colour = theme.phase_colour(result.phase, self).name()
        self.phase_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.phase_label.setAccessibleName(f"Status: {status_words(result)}")
        row = QHBoxLayout()
        row.addWidget(name, 1)
        if number:
            row.addWidget(QLabel(f"No. {number}"))
        row.addWidget(self.phase_label)
        return row

    def _dates(self, result: CredentialResult) -> QLabel:
        dates = result.dates
        lines = []
        if dates.deadline:
            away = days_text(result.days_to_deadline or 0)
            lines.append(f"Apply by <b>{date_text(dates.deadline)}</b> ({away})")
        if dates.renewal_opens:
            verb = "opened" if dates.renewal_opens <= result.as_of else "opens"
            lines.append(f"Renewal window {verb} {date_text(dates.renewal_opens)}")
        lines.append(f"Cycle {date_text(dates.start)} – expires {date_text(dates.end)}")
        label = QLabel("<br>".join(lines))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        return label

    def _bars(self, result: CredentialResult) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(10)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_texts: dict[str, QLabel] = {}
        row = 0
        for req in result.requirements:
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

    def _missing(self, result: CredentialResult) -> QLabel:
        if not result.missing:
            text = "Everything this cycle needs is done. You can renew when the window opens."
        else:
            items = "".join(f"<li>{in_words(s)}</li>" for s in result.missing)
            text = f"<b>Still needed:</b><ul style='margin-top:2px'>{items}</ul>"
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName("What is still needed")
        self.missing_label = label
        return label

    def _notes(self, result: CredentialResult) -> QLabel:
        text = "Good to know: " + " ".join(result.notes)
        label = QLabel(text)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label


def _requirement_label(req: RequirementResult) -> str:
    label = req.label
    if req.condition:
        label += f" ({req.condition[0].lower()}{req.condition[1:]})"
    if req.unconfirmed:
        label += " (some details not confirmed)"
    return label
