"""The read-only table model every list in the app builds on: plain rows, never SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from rxtracker.i18n import translate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[R]):
    """A table over a list of plain frozen rows; subclasses say what each cell shows.

    ``cell`` gives the text; ``tooltip`` defaults to the same text; ``other_role`` answers any other
    role (colour, alignment). ``data()`` only reads the cached rows.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        """The plain row shown in ``row``."""
        return self._rows[row]

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("columns", self.COLUMNS[section])
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return self.other_role(row, column, role)

    def cell(self, row: R, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def tooltip(self, row: R, column: int) -> str | None:
        """The tooltip of one cell (default: its text, so cut-off text can be read)."""
        return self.cell(row, column)

    def other_role(self, row: R, column: int, role: int) -> Any:
        """Any other role of one cell (default: nothing)."""
        return None
