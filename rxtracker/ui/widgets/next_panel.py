"""The dashboard's "What to take next" panel: the courses that count the most, with why."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rxtracker.domain.tags import tag_label
from rxtracker.domain.topic_words import TOPIC_WORDS
from rxtracker.i18n import data_text, translate
from rxtracker.services.views.plan import Counted, Suggestion, subject_words
from rxtracker.services.wording.suggestions import general_needs
from rxtracker.ui.widgets.card_words import catalog_words, joined, without_details

#: At most this many suggestions are listed; the rest are counted.
SHOWN = 4


def course_title(s: Suggestion) -> str:
    """The course in plain words: '1 hour on human-trafficking prevention, live'."""
    hours = s.hours.describe()
    if s.tag:
        words = translate("next_panel", "{hours} on {subject}").format(
            hours=hours, subject=subject_words(s.tag)
        )
    elif s.topic:
        words = translate("next_panel", "{hours} of {topic} (ACPE topic {number})").format(
            hours=hours, topic=TOPIC_WORDS.get(s.topic, "CE").lower(), number=s.topic
        )
    else:
        words = translate("next_panel", "{hours} of CE on any subject").format(hours=hours)
    return translate("next_panel", "{course}, live").format(course=words) if s.live else words


def course_hint(s: Suggestion) -> str:
    """What to look for and why: 'An ACPE course for pharmacy technicians. Counts for ...'."""
    if s.technician:
        kind = translate("next_panel", "An ACPE course for pharmacy technicians")
    else:
        kind = translate("next_panel", "An ACPE course")
    if s.tag:
        kind = translate("next_panel", '{kind}; when you log it, add the tag "{tag}"').format(
            kind=kind, tag=tag_label(s.tag)
        )
    text = translate("next_panel", "{kind}. Counts for {what}.").format(
        kind=kind, what=joined(_counted(s.counts_for))
    )
    if s.also_if_live:
        text += translate("next_panel", " A live course would also meet {what}.").format(
            what=joined(_counted(s.also_if_live))
        )
    return text


def _counted(counts: Sequence[Counted]) -> list[str]:
    """Each requirement without its rule details; the hours needs as one, by credential."""
    parts = [
        translate("next_panel", "your {credential} {requirement}").format(
            credential=data_text(c.credential),
            requirement=catalog_words(without_details(c.label)),
        )
        + _still(c)
        for c in counts
        if not c.general
    ]
    hours = general_needs(counts)
    if hours:
        named = joined(
            [
                translate("next_panel", "{credential} ({hours} more)").format(
                    credential=data_text(name), hours=more.describe()
                )
                for name, more in hours.items()
            ]
        )
        if len(hours) == 1:
            parts.append(
                translate("next_panel", "the hours your {named} still needs").format(named=named)
            )
        else:
            parts.append(
                translate("next_panel", "the hours your {named} still need").format(named=named)
            )
    return parts


def _still(c: Counted) -> str:
    if not c.missing:
        return ""
    return translate("next_panel", " ({hours} still needed)").format(hours=c.missing.describe())


def suggestions_html(suggestions: Sequence[Suggestion], shown: int = SHOWN) -> str:
    """Numbered suggestions in plain words, each with what to look for and why, smaller."""
    items = "".join(
        f"<li><b>{html.escape(course_title(s))}</b><br><small>{html.escape(course_hint(s))}"
        "</small></li>"
        for s in suggestions[:shown]
    )
    more = len(suggestions) - shown
    tail = (
        translate(
            "next_panel", "<p>…and %n more (`rxtracker next` lists them all).</p>", None, more
        )
        if more > 0
        else ""
    )
    return f"<ol style='margin-left:-20px'>{items}</ol>{tail}"


class NextCoursePanel(QWidget):
    """What to take next across all of a person's credentials; hidden when nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions: tuple[Suggestion, ...] = ()
        self.title = QLabel(translate("next_panel", "<b>What to take next</b>"))
        self.intro = QLabel(
            translate(
                "next_panel",
                "The kinds of course that count for the most of your credentials at once:",
            )
        )
        self.intro.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(translate("next_panel", "Courses to take next"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.text)

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """List the suggestions, best first; hide the panel when there are none."""
        self.suggestions = tuple(suggestions)
        if not suggestions:
            self.hide()
            return
        self.text.setText(suggestions_html(suggestions))
        self.text.setToolTip(
            "\n\n".join(f"{course_title(s)}\n{course_hint(s)}" for s in suggestions)
        )
        self.show()
