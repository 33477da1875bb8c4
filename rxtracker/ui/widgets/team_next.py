"""The Team page's detail: what the selected person should take next (issue 16)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Context
from rxtracker.services.views.plan import plan_view
from rxtracker.ui.widgets.next_panel import suggestions_html

_HINT = QT_TRANSLATE_NOOP(
    "team_next",
    "Move to a person (a click or the arrow keys) to see what they should take next; "
    "double-click (or press Enter) to open their dashboard.",
)


class TeamNextPanel(QWidget):
    """One person's suggestions across their credentials, in the Team page's side panel."""

    SHOWN = 3

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.text = QLabel(translate("team_next", _HINT))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(
            translate("team_next", "What the selected person should take next")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def show_index(self, index: QModelIndex, role: int, as_of: dt.date | None) -> None:
        """Show the suggestions of the person in the grid's current row."""
        value = index.data(role) if index.isValid() else None
        if value is None:
            self.person_id = None
            self.text.setText(translate("team_next", _HINT))
            self._fit()
            return
        self.show_person(int(value), as_of or self.ctx.clock.today())

    def show_person(self, person_id: int, as_of: dt.date) -> None:
        """One person's evaluation (a few credentials: quick enough for the GUI thread)."""
        self.person_id = person_id
        view = plan_view(self.ctx, person_id, as_of)
        name = html.escape(view.person.name)
        if not view.suggestions:
            # honest for a lapsed or expired credential too (no course renews it)
            self.text.setText(
                translate("team_next", "No course to suggest for <b>{name}</b> now.").format(
                    name=name
                )
            )
            self._fit()
            return
        self.text.setText(
            translate("team_next", "<b>What {name} should take next</b>").format(name=name)
            + suggestions_html(view.suggestions, self.SHOWN)
        )
        self._fit()

    def _fit(self) -> None:
        """Keep room for every line (a wrapped label under a stretching grid gets squeezed)."""
        self.text.setMinimumHeight(self.text.heightForWidth(max(self.width(), 400)))
