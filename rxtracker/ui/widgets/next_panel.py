"""The dashboard's "What to take next" panel: the courses that count the most, with why."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rxtracker.services.views.plan import Suggestion

#: At most this many suggestions are listed; the rest are counted.
SHOWN = 4


def suggestions_html(suggestions: Sequence[Suggestion], shown: int = SHOWN) -> str:
    """Numbered suggestions, each with its reason in smaller type."""
    items = "".join(
        f"<li><b>{html.escape(s.title)}</b><br><small>{html.escape(s.reason)}</small></li>"
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
        self.text.setToolTip("\n\n".join(f"{s.title}\n{s.reason}" for s in suggestions))
        self.show()
