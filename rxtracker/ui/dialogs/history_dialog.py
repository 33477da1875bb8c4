"""A record's change history, read-only, in sentences: when, who, what changed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import RxError
from rxtracker.i18n import translate
from rxtracker.services import Context
from rxtracker.services.history import record_history
from rxtracker.ui.models.history import HistoryModel
from rxtracker.ui.pages.base import setup_table
from rxtracker.ui.widgets.empty_state import EmptyState

_Index = QModelIndex | QPersistentModelIndex


class HistoryDialog(QDialog):
    """Shows the change history of one person, credential or activity."""

    def __init__(
        self, ctx: Context, entity: str, entity_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("history_dialog", "History of “{title}”").format(title=title))
        try:
            rows = record_history(ctx, entity, entity_id)
            note = translate(
                "history_dialog",
                "Every change is recorded automatically, in your computer's time; the "
                "history cannot be edited.",
            )
        except RxError:
            rows, note = (
                [],
                translate("history_dialog", "No change has been recorded for this record."),
            )
        self.model = HistoryModel(rows, self)
        self.table = QTableView()
        setup_table(self.table, translate("history_dialog", "Change history"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)  # whole sentences, never cut mid-value
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("Dec 30, 2026, 12:59 PM", "Christopher Johnson")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.empty = EmptyState(translate("history_dialog", "No change recorded"), self)
        self.empty.show_message(
            translate("history_dialog", "No change recorded yet"),
            translate(
                "history_dialog",
                "From now on each edit, check or removal of this record is listed here, with "
                "who made it and when.",
            ),
            translate("history_dialog", "Close"),
        )
        self.empty.button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        for widget in (self.note, self.table, buttons):  # nothing to list: one message, one button
            widget.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.resize(900, 360)
