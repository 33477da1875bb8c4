"""A record's change history, read-only: when, who, what changed from what to what."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from rxtracker.domain import RxError
from rxtracker.services import Context
from rxtracker.services.history import ChangeRow, record_history
from rxtracker.ui.pages.base import setup_table
from rxtracker.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(RowsModel[ChangeRow]):
    """One row per recorded change (plain rows; nothing is editable)."""

    COLUMNS = ("When (UTC)", "Who", "What", "Changes")

    def __init__(self, rows: Sequence[ChangeRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)

    def cell(self, row: ChangeRow, column: int) -> str:
        return self._values(row, "; ")[column]

    def tooltip(self, row: ChangeRow, column: int) -> str:
        return self._values(row, "\n")[column]

    @staticmethod
    def _values(row: ChangeRow, separator: str) -> tuple[str, ...]:
        return (
            f"{row.changed_at:%Y-%m-%d %H:%M}",
            row.who,
            row.action_label,
            changes_text(row, separator),
        )


def changes_text(row: ChangeRow, separator: str) -> str:
    """'hours: 1.5 → 2; tags: law → law, texas-law' (a created record shows its values)."""
    parts = []
    for f in row.fields:
        if row.action == "create":
            parts.append(f"{f.field}: {f.new}")
        elif row.action == "delete":
            parts.append(f"{f.field}: {f.old}")
        else:
            parts.append(f"{f.field}: {f.old or '(empty)'} → {f.new or '(empty)'}")
    return separator.join(parts)


class HistoryDialog(QDialog):
    """Shows the change history of one person, credential or activity."""

    def __init__(
        self, ctx: Context, entity: str, entity_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of “{title}”")
        try:
            rows = record_history(ctx, entity, entity_id)
            note = "Recorded automatically with every change; it cannot be edited."
        except RxError:
            rows, note = [], "No change has been recorded for this record."
        self.model = HistoryModel(rows, self)
        self.table = QTableView()
        setup_table(self.table, "Change history")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 200, 80)):
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(note)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)
