"""Item models of the Credentials page: current credentials and their past cycles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services import CredentialRow
from rxtracker.services.rows import PastCycleRow
from rxtracker.services.views import UpcomingDate
from rxtracker.ui.common import date_text, days_text
from rxtracker.ui.models.rows import RowsModel

_Index = QModelIndex | QPersistentModelIndex


class CredentialTableModel(RowsModel[CredentialRow]):
    """The credentials a person holds, with their current cycle."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Credential"),
        QT_TRANSLATE_NOOP("columns", "Number"),
        QT_TRANSLATE_NOOP("columns", "Cycle started"),
        QT_TRANSLATE_NOOP("columns", "Expires"),
        QT_TRANSLATE_NOOP("columns", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status: Mapping[int, str] = {}

    def set_status(self, status: Mapping[int, str]) -> None:
        """Credential id -> status in words (from the engine)."""
        self._status = dict(status)
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def cell(self, row: CredentialRow, column: int) -> str:
        """The text of one cell."""
        values = (
            data_text(row.type_name),
            row.number or "",
            date_text(row.cycle_start) or translate("credentials", "Not entered"),
            date_text(row.expires_on),
            self._status.get(row.id, ""),
        )
        return values[column]


class PastCycleModel(RowsModel[PastCycleRow]):
    """A credential's renewed cycles (read-only history)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Cycle started"),
        QT_TRANSLATE_NOOP("columns", "Cycle ended"),
        QT_TRANSLATE_NOOP("columns", "Renewed on"),
    )

    def cell(self, row: PastCycleRow, column: int) -> str:
        """The text of one cell."""
        values = (
            date_text(row.cycle_start) or translate("credentials", "Not entered"),
            date_text(row.expires_on),
            date_text(row.renewed_on),
        )
        return values[column]


class DeadlineModel(RowsModel[UpcomingDate]):
    """Upcoming dates across every credential of a person."""

    COLUMNS = (QT_TRANSLATE_NOOP("columns", "When"), QT_TRANSLATE_NOOP("columns", "What happens"))

    def cell(self, row: UpcomingDate, column: int) -> str:
        """The text of one cell."""
        values = (
            f"{date_text(row.day)}\n{days_text(row.days_away)}",
            f"{row.credential}\n{row.label}",
        )
        return values[column]
