"""The CE log's item model over plain ActivityRows, and its filtering proxy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from rxtracker.domain import Verification
from rxtracker.domain.tags import tag_label
from rxtracker.services import ActivityRow
from rxtracker.ui.activity_search import SearchParts, TextSearch
from rxtracker.ui.common import (
    AUDIENCE_WORDS,
    FORMAT_WORDS,
    date_text,
    short_topic_text,
    topic_text,
)
from rxtracker.ui.models.rows import RowsModel

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
NO_TOPIC = "none"
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# the roles the models answer; a view asks for others (font, colours, check state) per cell
ANSWERED_ROLES = frozenset(
    {DISPLAY_ROLE, ALIGNMENT_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, int(SORT_ROLE), int(ID_ROLE)}
)


class ActivityTableModel(RowsModel[ActivityRow]):
    """The CE log: one row per activity. ``data()`` only reads the cached rows.

    Unlike the other lists it answers every role of a cell in one call (``value_at``): the
    filtering proxy asks it directly, per painted cell, on every keystroke.
    """

    COLUMNS = (
        "Date",
        "Title",
        "Provider",
        "Hours",
        "Format",
        "Topic",
        "For",
        "Counts toward",
        "Certificate",
        "Checked",
    )
    DATE, TITLE, PROVIDER, HOURS, FORMAT, TOPIC, AUDIENCE, COUNTS, CERTIFICATE, CHECKED = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: Mapping[int, str] = {}
        self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def set_rows(
        self, rows: Sequence[ActivityRow], counts_toward: Mapping[int, str] | None = None
    ) -> None:
        """Replace every row; ``counts_toward`` maps activity id -> credential names."""
        self.beginResetModel()
        self._rows = list(rows)
        self._counts = dict(counts_toward or {})
        self.endResetModel()

    def search_parts(self) -> list[SearchParts]:
        """Each row's search texts (see TextSearch)."""
        shared: dict[tuple[str, str | None, tuple[str, ...]], str] = {}
        parts = []
        for a in self._rows:
            key = (a.provider, a.topic, a.tags)
            words = shared.get(key)
            if words is None:
                words = shared[key] = _shared_words(a)
            own = f"{a.title}\n{a.notes}" if a.notes else a.title
            parts.append(SearchParts(own, a.uan or "", words))
        return parts

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's sort key for ``column`` (what ``data(..., SORT_ROLE)`` gives)."""
        return [self._sort_key(a, column) for a in self._rows]

    def row_of(self, activity_id: int) -> int | None:
        """The row showing an activity, or None."""
        for number, row in enumerate(self._rows):
            if row.id == activity_id:
                return number
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.value_at(index.row(), index.column(), role)

    def value_at(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` gives for ``role`` at (row, column); the view's hot path."""
        a = self._rows[row]
        if role == DISPLAY_ROLE:
            return self._text(a, column)
        if role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED if column == self.HOURS else None
        if role == DECORATION_ROLE:
            return self._icon if column == self.CERTIFICATE and a.attachments else None
        if role == SORT_ROLE:
            return self._sort_key(a, column)
        if role == ID_ROLE:
            return a.id
        if role == TOOLTIP_ROLE:
            return self._tooltip(a, column)
        return None

    def _text(self, a: ActivityRow, column: int) -> str:
        if column == self.TITLE:
            return a.title
        if column == self.DATE:
            return date_text(a.completed_on)
        if column == self.PROVIDER:
            return a.provider
        if column == self.HOURS:
            return str(a.hours)
        if column == self.COUNTS:
            return self._counts.get(a.id, "")
        return _detail_text(a, column)

    def _sort_key(self, a: ActivityRow, column: int) -> Any:
        if column == self.DATE:
            return a.completed_on.toordinal() * 100_000 + a.id % 100_000
        if column == self.HOURS:
            return a.hours.hundredths
        return self._text(a, column).casefold()

    def _tooltip(self, a: ActivityRow, column: int) -> str | None:
        if column == self.TITLE:
            details = [a.title]
            if a.uan:
                details.append(f"UAN {a.uan}")
            if a.tags:
                details.append("Tags: " + ", ".join(tag_label(t) for t in a.tags))
            return "\n".join(details)
        if column == self.TOPIC and a.topic:
            return topic_text(a.topic)
        if column == self.CERTIFICATE and a.attachments:
            return "\n".join(x.original_name for x in a.attachments)
        if column == self.CHECKED:
            return a.verification_text
        return None


def _detail_text(a: ActivityRow, column: int) -> str:
    if column == ActivityTableModel.FORMAT:
        return FORMAT_WORDS[a.format] if a.format else ""
    if column == ActivityTableModel.TOPIC:
        return short_topic_text(a.topic)
    if column == ActivityTableModel.AUDIENCE:
        return AUDIENCE_WORDS[a.audience] if a.audience else ""
    if column == ActivityTableModel.CERTIFICATE:
        return _certificate_words(a)
    if a.verification is Verification.UNVERIFIED:  # an archive's report is no check here
        return "Elsewhere" if a.archive_report else ""
    return a.verification.label


def _certificate_words(a: ActivityRow) -> str:
    if not a.attachments:
        return ""
    kinds = {"application/pdf": "PDF"}
    first = kinds.get(a.attachments[0].media_type, "Image")
    return first if len(a.attachments) == 1 else f"{len(a.attachments)} files"


class ActivityFilterProxy(QAbstractProxyModel):
    """Instant text search plus date-window, topic and format filters over the CE log.

    Sorting and filtering run in Python over keys prepared once per load: a keystroke scans
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
        self._search = TextSearch([], [])  # over the rows in the shown order
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
        model.dataChanged.connect(self._source_data_changed)
        self._prepare()
        self.endResetModel()

    def _source_reset(self) -> None:
        self._prepare()
        self.endResetModel()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        self._parts = self._source.search_parts()
        self.sort(self._column, self._order)

    def _prepare(self) -> None:
        self._parts = self._source.search_parts()
        self._sorted = self._sorted_rows()
        self._search = TextSearch(self._sorted, self._parts)
        self._shown = self._accepted()

    def _sorted_rows(self) -> list[int]:
        rows = range(self._source.rowCount())
        if self._column < 0:
            return list(rows)
        keys = self._source.sort_keys(self._column)
        descending = self._order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=keys.__getitem__, reverse=descending)

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
        rows = self._search.rows_containing(self._needle) if self._needle else self._sorted
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
        self._column, self._order = column, order
        self._sorted = self._sorted_rows()
        self._search = TextSearch(self._sorted, self._parts)
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


def _shared_words(a: ActivityRow) -> str:
    parts = [a.provider, topic_text(a.topic)]
    parts.extend(a.tags)
    parts.extend(tag_label(t) for t in a.tags)
    return " ".join(parts)
