"""The CE log's filtering proxy: instant search, date window, topic and format, sorting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt
from typing_extensions import override

from rxtracker.services import ActivityRow
from rxtracker.ui.activity_search import SearchParts, TextSearch
from rxtracker.ui.models.activities import (
    ANSWERED_ROLES,
    NO_TOPIC,
    ActivityTableModel,
    _Index,
)


class ActivityFilterProxy(QAbstractProxyModel):
    """Instant text search plus date-window, topic and format filters over the CE log.

    Sorting and filtering run in Python over keys prepared once per load (and again only
    for the rows a change touches; the search is prepared on the first keystroke): a keystroke scans
    the prepared, case-folded texts of the rows still in question (no call back from Qt per
    row; see TextSearch), then makes one layout change. ``data()`` goes straight to the
    source row, since the view asks it for seven roles of every visible cell it paints.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = ActivityTableModel()  # replaced by setSourceModel
        self._needle = ""
        self._window: tuple[dt.date, dt.date] | None = None
        self._topic: str | None = None
        self._format: str | None = None
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._sorted: list[int] = []  # every source row, in the shown order
        self._parts: list[SearchParts] = []  # search texts of each source row
        self._keys: list[Any] = []  # sort key of each source row (sorted by ``_column``)
        self._search: TextSearch | None = None  # over the rows in the shown order
        self._shown: list[int] = []  # source rows passing the filters, in the shown order

    # ------------------------------------------------------------------ source

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Show ``model`` (an ActivityTableModel) through the filters."""
        assert isinstance(model, ActivityTableModel)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.rowsAboutToBeInserted.connect(self.beginResetModel)
        model.rowsInserted.connect(self._source_inserted)
        model.rowsAboutToBeRemoved.connect(self.beginResetModel)
        model.rowsRemoved.connect(self._source_removed)
        model.dataChanged.connect(self._source_data_changed)
        self._prepare()
        self.endResetModel()

    def _source_reset(self) -> None:
        self._prepare()
        self.endResetModel()

    def _source_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._parts[first:first] = self._source.search_parts(first, last)
        self._keys[first:first] = self._source.sort_keys(self._column, first, last)
        self._sorted = self._sorted_rows()
        self._search = None
        self._shown = self._accepted()
        self.endResetModel()

    def _source_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self._parts[first : last + 1]
        del self._keys[first : last + 1]
        self._sorted = self._sorted_rows()
        self._search = None
        self._shown = self._accepted()
        self.endResetModel()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        """Rows changed: their search texts and sort keys again, then sort and filter again.

        A change of the "Counts toward" column alone (searched by no one) only repaints,
        unless the log is sorted by it.
        """
        counts = ActivityTableModel.COUNTS
        if top.column() == bottom.column() == counts and self._column != counts:
            if self._shown:
                last = len(ActivityTableModel.COLUMNS) - 1
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, last))
            return
        first, last = top.row(), bottom.row()
        self._parts[first : last + 1] = self._source.search_parts(first, last)
        self._keys[first : last + 1] = self._source.sort_keys(self._column, first, last)
        self.sort(self._column, self._order)

    def _prepare(self) -> None:
        self._parts = self._source.search_parts()
        self._keys = self._source.sort_keys(self._column)
        self._sorted = self._sorted_rows()
        self._search = None
        self._shown = self._accepted()

    def _sorted_rows(self) -> list[int]:
        rows = range(self._source.rowCount())
        if self._column < 0:
            return list(rows)
        descending = self._order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._keys.__getitem__, reverse=descending)

    def _searcher(self) -> TextSearch:
        """The search over the rows in the shown order, prepared on the first search."""
        if self._search is None:
            self._search = TextSearch(self._sorted, self._parts)
        return self._search

    # ------------------------------------------------------------------ filters

    def set_text(self, text: str) -> None:
        """Show only activities whose text contains ``text`` (case-insensitive).

        Title, provider, UAN, topic, notes and tags are searched.
        """
        self._needle = text.strip().casefold()
        self._refilter()

    def set_window(self, window: tuple[dt.date, dt.date] | None) -> None:
        """Show only activities completed inside [start, end] (None: any date)."""
        self._window = window
        self._refilter()

    def set_topic(self, topic: str | None) -> None:
        """Show one topic code ('03'), activities without a topic (NO_TOPIC) or all (None)."""
        self._topic = topic
        self._refilter()

    def set_format(self, fmt: str | None) -> None:
        """Show one format ('live', 'home', 'unknown'), NO_TOPIC for none, or all (None)."""
        self._format = fmt
        self._refilter()

    def _accepted(self) -> list[int]:
        rows = self._searcher().rows_containing(self._needle) if self._needle else self._sorted
        if self._window or self._topic is not None or self._format is not None:
            row_at = self._source.row_at
            rows = [r for r in rows if self._passes(row_at(r))]
        return rows

    def _passes(self, a: ActivityRow) -> bool:
        if self._window and not self._window[0] <= a.completed_on <= self._window[1]:
            return False
        if self._topic is not None and (a.topic or NO_TOPIC) != self._topic:
            return False
        return self._format is None or (a.format.value if a.format else NO_TOPIC) == self._format

    def _refilter(self) -> None:
        self._relayout(self._accepted())

    def _relayout(self, shown: list[int]) -> None:
        """Show ``shown`` in place of the rows shown so far.

        A model reset: a QTableView over tens of thousands of rows takes it in about half
        the time of a layout change (measured: 26,000 of 200,000 rows shown). The view's
        selection does not survive it, so the CE log page puts it back.
        """
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _at(self, position: int | None, column: int) -> QModelIndex:
        return QModelIndex() if position is None else self.index(position, column)

    def _position(self, source_row: int) -> int | None:
        """Where ``source_row`` is shown (one C-level scan: asked rarely, by selection)."""
        try:
            return self._shown.index(source_row)
        except ValueError:
            return None

    # ------------------------------------------------------------------ Qt model

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column != self._column:
            self._keys = self._source.sort_keys(column)
        self._column, self._order = column, order
        self._sorted = self._sorted_rows()
        self._search = None
        self._relayout(self._accepted())

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ActivityTableModel.COLUMNS)

    @override
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (
            0 <= row < len(self._shown) and 0 <= column < len(ActivityTableModel.COLUMNS)
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    @override
    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    @override
    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        if not proxy_index.isValid() or self.sourceModel() is None:
            return QModelIndex()
        return self._source.index(self._shown[proxy_index.row()], proxy_index.column())

    @override
    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self._at(self._position(source_index.row()), source_index.column())

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        return self._source.value_at(self._shown[index.row()], index.column(), role)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        return self._source.headerData(section, orientation, role)
