"""Qt item models over plain service rows (never sessions or ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from rxtracker.services import ActivityRow

_Index = QModelIndex | QPersistentModelIndex


class ActivityTableModel(QAbstractTableModel):
    """The CE log: one row per activity. ``data()`` only reads the cached rows."""

    COLUMNS = (
        "Date",
        "Title",
        "Provider",
        "Hours",
        "Format",
        "Topic",
        "Audience",
        "UAN",
        "Certificate",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityRow] = []

    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ActivityRow:
        """The activity shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None

    @staticmethod
    def _display(a: ActivityRow, column: int) -> str:
        values = (
            a.completed_on.isoformat(),
            a.title,
            a.provider,
            str(a.hours),
            a.format.value.capitalize() if a.format else "",
            a.topic or "",
            {"T": "Technician", "P": "Pharmacist"}.get(a.audience.value if a.audience else "", ""),
            a.uan or "",
            "Yes" if a.attachments else "",
        )
        return values[column]
