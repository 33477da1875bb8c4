"""What the Team page shows with nothing to list.

Either no credentials on the team yet (a supervisor alone, or people without credentials), or
nobody matching the filters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from rxtracker.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from rxtracker.ui.pages.team_page import TeamPage


class TeamEmpty(EmptyState):
    """The Team page's empty state; its button imports a roster or clears the filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Nobody to show", parent)
        self.page: TeamPage | None = None
        self.button.clicked.connect(self._act)
        self.other.clicked.connect(self._other)
        self.hide()

    def follow(self, page: TeamPage) -> None:
        """Show the grid, or say why it is empty and offer the one thing to do."""
        self.page = page
        nobody = page.whole is not None and not any(row.cells for row in page.whole.rows)
        empty = nobody or (page.model.rowCount() == 0 and page.whole is not None)
        page.table.setVisible(not empty)
        page.person_panel.setVisible(not empty)
        page.actions_bar.setVisible(not nobody)  # its Import a roster… is the button here
        self.setVisible(empty)
        if nobody:
            self.show_message(
                "No one to show yet",
                "The grid lists everybody's credentials, most urgent first. Bring in your "
                "team's roster (a CSV or Excel file, previewed before anything is saved).",
                "Import a roster…",
                "Or add people one by one…",
            )
        elif empty:
            self.show_message(
                "Nobody matches these filters",
                "Nobody on the team has a credential that fits every filter chosen above.",
                "Show everybody",
            )

    def _act(self) -> None:
        page = self.page
        if page is None:
            return
        if not page.actions_bar.isVisibleTo(page):  # no credentials on the team yet
            page.import_roster()
            return
        for combo in (page.window_filter, page.role_filter, page.type_filter):
            combo.setCurrentIndex(0)
        page.not_on_track.setChecked(False)

    def _other(self) -> None:
        if self.page is not None:
            self.page.manage_people()
