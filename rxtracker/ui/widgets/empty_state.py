"""What a page shows while it has nothing to list: a title, one sentence and one button.

The button is the page's one call to action (filled with the accent colour); a quieter
second choice (a flat button) may sit under it. The block sits near the top third of the
page, never floating in a grey void.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rxtracker.ui.theme import Space, TypeRole, set_type

#: The widest the sentence runs, in average characters (a comfortable line).
LINE_CHARS = 60


class EmptyState(QWidget):
    """An empty page's message and its one action.

    Attributes:
        button: the call to action; other: the quieter second choice (hidden when not given).
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.title = set_type(QLabel(), TypeRole.SECTION)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.button = QPushButton()
        self.button.setDefault(True)  # drawn as the primary action (see theme.style_sheet)
        self.other = QPushButton()
        self.other.setFlat(True)
        self.other.setCursor(Qt.CursorShape.PointingHandCursor)
        card = QFrame()
        card.setMaximumWidth(self.fontMetrics().averageCharWidth() * LINE_CHARS)
        inner = QVBoxLayout(card)
        inner.setSpacing(Space.M)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addLayout(_left(self.button))
        inner.addLayout(_left(self.other))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_message(self, title: str, body: str, action: str, other: str | None = None) -> None:
        """Say what is missing and offer ``action`` (and ``other``, a quieter choice)."""
        self.title.setText(title)
        self.body.setText(body)
        self.button.setText(action)
        self.button.setAccessibleName(action.replace("&", "").rstrip("…"))
        self.other.setText(other or "")
        self.other.setVisible(other is not None)

    def text(self) -> str:
        """The words shown (title and sentence), as a person reads them."""
        return f"{self.title.text()}\n{self.body.text()}"


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
