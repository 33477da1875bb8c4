"""The parts of a dashboard card: progress per requirement, the dates, and the Why? details."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from rxtracker.i18n import data_text, translate
from rxtracker.services.views import Card, RequirementResult
from rxtracker.services.wording import requirement_note, requirement_result_label
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.widgets.card_words import in_words, plain_label, progress_words
from rxtracker.ui.widgets.pace_chart import pace_sentence

_BAR_KINDS = ("total", "min")


class Progress(QWidget):
    """One row per requirement: its plain name, a bar against its minimum, and words.

    ``bars`` and ``bar_texts`` are keyed by requirement id; a course or record without
    hours has words only ('not done yet').
    """

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_texts: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(theme.Space.M)
        row = 0
        for req in card.requirements:
            if req.kind in _BAR_KINDS and req.required is not None:
                grid.addWidget(self._bar(req), row, 1)
            elif not (req.required is None and req.kind in ("course", "item")):
                continue
            grid.addWidget(self._name(req), row, 0)
            grid.addWidget(self._words(req), row, 2)
            row += 1

    def _name(self, req: RequirementResult) -> QLabel:
        words = html.escape(plain_label(req))
        if req.condition:
            words += f"<br><small>{html.escape(data_text(req.condition))}</small>"
        label = QLabel(words)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setToolTip(
            requirement_result_label(req)
            + (translate("card_parts", " (not confirmed: see Why?)") if req.unconfirmed else "")
        )
        return label

    def _bar(self, req: RequirementResult) -> QProgressBar:
        assert req.required is not None
        bar = QProgressBar()
        bar.setRange(0, max(req.required.hundredths, 1))
        bar.setValue(min(req.counted.hundredths, req.required.hundredths))
        bar.setTextVisible(False)
        bar.setFixedWidth(110)
        bar.setAccessibleName(f"{plain_label(req)}: {progress_words(req)}")
        self.bars[req.id] = bar
        return bar

    def _words(self, req: RequirementResult) -> QLabel:
        words = QLabel(progress_words(req))
        if req.met or req.exempt:
            words.setStyleSheet(f"color: {theme.good_colour(self).name()};")
        elif req.required is None:
            words.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        self.bar_texts[req.id] = words
        return words


def dates_text(card: Card) -> str:
    """The cycle's milestones in one line: 'Started …  ·  Window opens …  ·  Apply by …'."""
    if card.end is None:
        return translate("card_parts", "Held since {date}.").format(date=date_text(card.start))
    marks = [translate("card_parts", "Started {date}").format(date=date_text(card.start))]
    if card.renewal_opens:
        if card.window_open:
            opens = translate("card_parts", "renewal window opened {date}")
        else:
            opens = translate("card_parts", "renewal window opens {date}")
        marks.append(opens.format(date=date_text(card.renewal_opens)))
    if card.deadline and card.deadline != card.end:
        marks.append(
            translate("card_parts", "apply by {date}").format(date=date_text(card.deadline))
        )
    ends = (
        translate("card_parts", "expired {date}")
        if card.standing.ended
        else translate("card_parts", "expires {date}")
    )
    marks.append(ends.format(date=date_text(card.end)))
    if card.standing.ended and card.reinstate_by:
        marks.append(
            translate("card_parts", "reinstate by {date}").format(date=date_text(card.reinstate_by))
        )
    return "  ·  ".join(marks)


def why_html(card: Card) -> str:
    """The rule details behind a card's Why?.

    Each requirement's full rule, the engine's exact sentences, the notes, and what no
    official page confirms.
    """
    parts = []
    if sentence := pace_sentence(card.pace):
        parts.append(f"<p>{html.escape(sentence)}</p>")
    if card.missing:
        items = "".join(f"<li>{html.escape(in_words(s))}</li>" for s in card.missing)
        parts.append(
            translate("card_parts", "<p><b>Exactly what the rules still ask for:</b></p>")
            + f"<ul>{items}</ul>"
        )
    rules = [_rule_line(r) for r in card.requirements]
    if rules:
        parts.append(
            translate("card_parts", "<p><b>The rules of this cycle:</b></p>")
            + f"<ul>{''.join(rules)}</ul>"
        )
    if card.notes:
        items = "".join(f"<li>{html.escape(in_words(n))}</li>" for n in card.notes)
        parts.append(translate("card_parts", "<p><b>Good to know:</b></p>") + f"<ul>{items}</ul>")
    if card.unconfirmed:
        items = "".join(f"<li>{html.escape(in_words(f))}</li>" for f in card.unconfirmed)
        parts.append(
            translate("card_parts", "<p><b>Not confirmed by an official page:</b></p>")
            + f"<ul>{items}</ul>"
        )
    return "".join(parts)


def _rule_line(req: RequirementResult) -> str:
    line = (
        f"<b>{html.escape(requirement_result_label(req))}</b>: {html.escape(progress_words(req))}"
    )
    if req.condition:
        line += f" ({html.escape(data_text(req.condition))})"
    if note := requirement_note(req):
        line += f". {html.escape(in_words(note))}"
    return f"<li>{line}</li>"
