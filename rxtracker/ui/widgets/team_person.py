"""The Team page's side panel: the selected person at a glance, and one way to their records.

Everything but the suggestions comes from the grid's row already loaded (no read); the
suggestions are the ``TeamNextPanel``'s.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import translate
from rxtracker.services import Context
from rxtracker.services.team import TeamRow
from rxtracker.ui.models.team import ROLE_WORDS, cell_text
from rxtracker.ui.theme import Space, TypeRole, set_type
from rxtracker.ui.widgets.team_next import TeamNextPanel

#: The panel's width in average characters: room for a sentence, the grid keeps the rest.
PANEL_CHARS = 38


class TeamPersonPanel(QFrame):
    """The selected person's name, role, each credential in words, and what to take next."""

    opened = Signal(int)  # the person whose dashboard to show

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("team_person", "The selected person"))
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARS)
        self.ctx = ctx
        self.person_id: int | None = None
        self.name = set_type(QLabel(translate("team_person", "Nobody selected")), TypeRole.SECTION)
        self.name.setWordWrap(True)
        self.about = set_type(QLabel(), TypeRole.CAPTION)
        self.about.setWordWrap(True)
        self.held = QLabel()
        self.held.setWordWrap(True)
        self.held.setAccessibleName(translate("team_person", "Their credentials"))
        self.next_for = TeamNextPanel(ctx)
        self.open_button = QPushButton(translate("team_person", "Open their &dashboard"))
        self.open_button.setDefault(True)  # the panel's one action
        self.open_button.clicked.connect(self._open)
        self.body = QWidget()  # scrolls when a person holds many credentials
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, Space.S, 0)
        column.setSpacing(Space.S)
        for widget in (self.name, self.about, self.held, self.next_for):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.M, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.open_button)
        self.show_row(None, None)

    def show_row(self, row: TeamRow | None, as_of: dt.date | None) -> None:
        """Show ``row``'s person (None: a hint to choose somebody)."""
        self.person_id = row.person.id if row else None
        self.open_button.setEnabled(row is not None)
        self.about.setVisible(row is not None)
        self.held.setVisible(row is not None)
        if row is None:
            self.name.setText(translate("team_person", "Choose a person"))
            self.next_for.show_index(QModelIndex(), 0, as_of)  # its hint
            return
        person = row.person
        self.name.setText(person.name)
        role = ROLE_WORDS.get(person.role.value, person.role.value)
        role = translate("team", role)  # marked in ui.models.team
        self.about.setText(", ".join(p for p in (role, person.home_state or "") if p))
        self.held.setText(_cells_html(row))
        self.next_for.show_person(person.id, as_of or self.ctx.clock.today())
        self._fit()

    def _fit(self) -> None:
        """Room for every wrapped line at the panel's width (the scroll area shows the rest)."""
        width = (
            self.width()
            - Space.M
            - Space.S
            - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        for label in (self.name, self.held, self.next_for.text):
            label.setMinimumHeight(label.heightForWidth(width))

    def _open(self) -> None:
        if self.person_id is not None:
            self.opened.emit(self.person_id)


def _cells_html(row: TeamRow) -> str:
    """One short paragraph per credential: its name, then its status line."""
    if not row.cells:
        return translate("team_person", "No credentials recorded.")
    parts = []
    for cell in row.cells:
        status, second = cell_text(cell).split("\n", 1)
        parts.append(
            f"<p><b>{html.escape(cell.type_name)}</b><br>"
            f"{html.escape(status)} · {html.escape(second)}</p>"
        )
    return "".join(parts)
