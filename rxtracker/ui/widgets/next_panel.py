"""The dashboard's "What to take next" panel: the courses that count the most, with why."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rxtracker.domain import Hours
from rxtracker.domain.tags import tag_label
from rxtracker.domain.topic_words import TOPIC_WORDS
from rxtracker.services.views.plan import Counted, Suggestion, subject_words
from rxtracker.ui.widgets.card_words import without_details

#: At most this many suggestions are listed; the rest are counted.
SHOWN = 4


def course_title(s: Suggestion) -> str:
    """The course in plain words: '1 hour on human-trafficking prevention, live'."""
    hours = s.hours.describe()
    if s.tag:
        words = f"{hours} on {subject_words(s.tag)}"
    elif s.topic:
        words = f"{hours} of {TOPIC_WORDS.get(s.topic, 'CE').lower()} (ACPE topic {s.topic})"
    else:
        words = f"{hours} of CE on any subject"
    return f"{words}, live" if s.live else words


def course_hint(s: Suggestion) -> str:
    """What to look for and why: 'An ACPE course for pharmacy technicians. Counts for ...'."""
    kind = "An ACPE course for pharmacy technicians" if s.technician else "An ACPE course"
    tag = f'; when you log it, add the tag "{tag_label(s.tag)}"' if s.tag else ""
    text = f"{kind}{tag}. Counts for {_joined(_counted(s.counts_for))}."
    if s.also_if_live:
        text += f" A live course would also meet {_joined(_counted(s.also_if_live))}."
    return text


def _counted(counts: Sequence[Counted]) -> list[str]:
    """Each requirement without its rule details; the hours needs as one, by credential."""
    parts = [
        f"your {c.credential} {without_details(c.label)}{_still(c)}"
        for c in counts
        if not c.general
    ]
    hours: dict[str, Hours] = {}
    for c in (c for c in counts if c.general):
        hours[c.credential] = max(hours.get(c.credential, c.missing), c.missing)
    if hours:
        verb = "needs" if len(hours) == 1 else "need"
        named = _joined([f"{name} ({more.describe()} more)" for name, more in hours.items()])
        parts.append(f"the hours your {named} still {verb}")
    return parts


def _still(c: Counted) -> str:
    return f" ({c.missing.describe()} still needed)" if c.missing else ""


def _joined(parts: list[str]) -> str:
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)


def suggestions_html(suggestions: Sequence[Suggestion], shown: int = SHOWN) -> str:
    """Numbered suggestions in plain words, each with what to look for and why, smaller."""
    items = "".join(
        f"<li><b>{html.escape(course_title(s))}</b><br><small>{html.escape(course_hint(s))}"
        "</small></li>"
        for s in suggestions[:shown]
    )
    more = len(suggestions) - shown
    tail = f"<p>…and {more} more (`rxtracker next` lists them all).</p>" if more > 0 else ""
    return f"<ol style='margin-left:-20px'>{items}</ol>{tail}"


class NextCoursePanel(QWidget):
    """What to take next across all of a person's credentials; hidden when nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions: tuple[Suggestion, ...] = ()
        self.title = QLabel("<b>What to take next</b>")
        self.intro = QLabel(
            "The kinds of course that count for the most of your credentials at once:"
        )
        self.intro.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("Courses to take next")
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
