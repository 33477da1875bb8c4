"""A table whose first column stays put while the rest scrolls sideways (Qt's frozen column).

A second view, showing the first column only, lies over the table's left edge; it shares the
model and the selection, follows the vertical scrolling and passes its clicks on. The Team
grid uses it so a supervisor scrolling to the tenth credential still sees whose row it is.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from rxtracker.i18n import translate

_Index = QModelIndex | QPersistentModelIndex


class FrozenColumnTable(QTableView):
    """A QTableView with its first column frozen at the left (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        frozen = self.frozen
        frozen.setAccessibleName(
            translate("frozen_table", "Names (stay in view while scrolling sideways)")
        )
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the grid
        frozen.verticalHeader().hide()
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setHighlightSections(False)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid palette(mid); }")
        self.viewport().stackUnder(frozen)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._mirror_indicator)
        frozen.horizontalHeader().setSortIndicatorShown(True)
        frozen.horizontalHeader().setSectionsClickable(True)
        frozen.horizontalHeader().sectionClicked.connect(self._sort_first)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        for signal, relay in (
            (frozen.clicked, self.clicked),
            (frozen.activated, self.activated),
            (frozen.doubleClicked, self.doubleClicked),
        ):
            signal.connect(relay.emit)

    @override
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setSelectionMode(self.selectionMode())
        if model is not None:
            model.modelReset.connect(self._hide_columns)
            model.columnsInserted.connect(self._hide_columns)
            model.layoutChanged.connect(self._hide_columns)
        self._hide_columns()

    def _sort_first(self, column: int) -> None:
        """A click on the frozen heading sorts by the first column, as the grid's would."""
        if column != 0 or not self.isSortingEnabled():
            return
        header = self.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        again = header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == ascending
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder if again else ascending)

    def _mirror_indicator(self, column: int, order: Qt.SortOrder) -> None:
        self.frozen.horizontalHeader().setSortIndicator(column if column == 0 else -1, order)

    def _hide_columns(self) -> None:
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for column in range(columns):
            self.frozen.setColumnHidden(column, column != 0)
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self.frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._place()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column == 0:
            self.frozen.setColumnWidth(0, size)
            self._place()

    def _row_resized(self, row: int, _old: int, size: int) -> None:
        self.frozen.setRowHeight(row, size)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Lay the frozen view exactly over the table's first column."""
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    @override
    def scrollTo(
        self,
        index: _Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() > 0:  # the first column is always in view
            super().scrollTo(index, hint)

    @override
    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Moving left onto a cell hidden under the names scrolls it into view."""
        current = super().moveCursor(cursorAction, modifiers)
        if cursorAction == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0:
            left = self.visualRect(current).topLeft().x()
            if left < self.columnWidth(0):
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left - self.columnWidth(0))
        return current
