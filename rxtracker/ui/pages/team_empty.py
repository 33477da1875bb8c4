"""What the Team page shows with nothing to list.

Either no credentials on the team yet (a supervisor alone, or people without credentials), or
nobody matching the filters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from rxtracker.i18n import translate
from rxtracker.ui.widgets.empty_state import EmptyState


class TeamEmpty(EmptyState):
    """The Team page's empty state; its button imports a roster or clears the filters."""

    def __init__(
        self,
        import_roster: Callable[[], None],
        add_people: Callable[[], None],
        clear_filters: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("team_empty", "Nobody to show"), parent)
        self._nobody = False
        self._import, self._clear = import_roster, clear_filters
        self.button.clicked.connect(lambda: self._import() if self._nobody else self._clear())
        self.other.clicked.connect(add_people)
        self.hide()

    def show_for(self, *, nobody: bool, filtered_out: bool) -> bool:
        """Say why the grid is empty and offer the one thing to do; True when shown."""
        self._nobody = nobody
        self.setVisible(nobody or filtered_out)
        if nobody:
            self.show_message(
                translate("team_empty", "No one to show yet"),
                translate(
                    "team_empty",
                    "The grid lists everybody's credentials, most urgent first. Bring in your "
                    "team's roster (a CSV or Excel file, previewed before anything is saved).",
                ),
                translate("team_empty", "Import a roster…"),
                translate("team_empty", "Or add people one by one…"),
            )
        elif filtered_out:
            self.show_message(
                translate("team_empty", "Nobody matches these filters"),
                translate(
                    "team_empty",
                    "Nobody on the team has a credential that fits every filter chosen above.",
                ),
                translate("team_empty", "Show everybody"),
            )
        return nobody or filtered_out
