"""The CE log's item model: plain ActivityRows read a screen at a time (services.views.log_rows)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from rxtracker.domain import Hours, Verification
from rxtracker.domain.tags import tag_label
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import ActivityRow
from rxtracker.services.views import NONE, SORTS, LogQuery, LogSlice
from rxtracker.ui.common import (
    audience_words,
    date_text,
    format_words,
    short_topic_text,
    topic_text,
)
from rxtracker.ui.models.rows import RowsModel

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
NO_TOPIC = NONE
#: Asks for rows of a query: (query, offset, limit, then); ``then`` gets the slice on the GUI
#: thread when it has been read (the page reads on the worker thread, a test at once).
Reader = Callable[[LogQuery, int, int, Callable[[LogSlice], None]], None]
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ANSWERED_ROLES = frozenset(
    {DISPLAY_ROLE, ALIGNMENT_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, int(ID_ROLE)}
)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ActivityTableModel(RowsModel[ActivityRow]):
    """The CE log, a screen of rows at a time: ``data()`` only reads the rows already read.

    The filter, word search and sort are a ``LogQuery`` answered in SQL; the model holds the
    first rows of the answer and reads more (``fetchMore``) as the view scrolls toward them.
    It keeps showing what it has until the answer to a new query arrives.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Date"),
        QT_TRANSLATE_NOOP("columns", "Title"),
        QT_TRANSLATE_NOOP("columns", "Provider"),
        QT_TRANSLATE_NOOP("columns", "Hours"),
        QT_TRANSLATE_NOOP("columns", "Format"),
        QT_TRANSLATE_NOOP("columns", "Topic"),
        QT_TRANSLATE_NOOP("columns", "For"),
        QT_TRANSLATE_NOOP("columns", "Counts toward"),
        QT_TRANSLATE_NOOP("columns", "Certificate"),
        QT_TRANSLATE_NOOP("columns", "Checked"),
    )
    DATE, TITLE, PROVIDER, HOURS, FORMAT, TOPIC, AUDIENCE, COUNTS, CERTIFICATE, CHECKED = range(10)
    PAGE = 60  # rows read at a time: two screens

    def __init__(self, read: Reader | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._read = read
        self._query: LogQuery | None = None
        self._asked: LogQuery | None = None  # the latest query asked for (shown once read)
        self._fetching = False  # more rows of ``_query`` are on their way
        self._count = 0  # rows matching the query (``_rows`` holds the first of them)
        self._total = Hours(0)
        self._counts: Mapping[int, str] = {}
        self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    @property
    def query(self) -> LogQuery | None:
        """What the model shows (None: nothing)."""
        return self._query

    @property
    def matching(self) -> tuple[int, Hours]:
        """How many activities match the query, and their hours."""
        return self._count, self._total

    @property
    def asked(self) -> LogQuery | None:
        """The latest query asked for: ``query`` once its rows have arrived."""
        return self._asked

    def show(
        self, query: LogQuery | None, first: LogSlice | None, counts: Mapping[int, str]
    ) -> None:
        """Show ``first`` (read for ``query``) in place of everything; ``counts``: see COUNTS."""
        self.beginResetModel()
        self._query = self._asked = query
        self._counts = dict(counts)
        self._take(first)
        self.endResetModel()

    def set_query(self, query: LogQuery) -> None:
        """Ask for the first rows of ``query``; they replace the rows shown when they arrive."""
        assert self._read is not None
        self._asked = query
        self._read(query, 0, self.PAGE, lambda first: self._answered(query, first))

    def _answered(self, query: LogQuery, first: LogSlice) -> None:
        if query == self._asked:  # else a newer query was asked meanwhile
            self.show(query, first, self._counts)

    def _take(self, first: LogSlice | None) -> None:
        self._fetching = False
        self._rows = list(first.rows) if first else []
        self._count = first.count if first else 0
        self._total = first.total if first else Hours(0)

    def refresh(self, query: LogQuery, fresh: LogSlice, counts: Mapping[int, str]) -> None:
        """Show rows read again after a change: rows that stayed put are updated in place.

        One row added or removed is inserted or removed; any other move resets the model.
        """
        old = [r.id for r in self._rows]
        new = [r.id for r in fresh.rows]
        moved = _one_moved(old, new)
        if moved is None:
            self.show(query, fresh, counts)
            return
        self._query = self._asked = query
        kind, at = moved
        if kind == "inserted":
            self.beginInsertRows(QModelIndex(), at, at)
        elif kind == "removed":
            self.beginRemoveRows(QModelIndex(), at, at)
        before, counts_before = self._rows, self._counts
        self._take(fresh)
        self._counts = dict(counts)
        if kind == "inserted":
            self.endInsertRows()
        elif kind == "removed":
            self.endRemoveRows()
        self._repaint_changed(before, counts_before)

    def _repaint_changed(self, before: list[ActivityRow], counts: Mapping[int, str]) -> None:
        was = {r.id: r for r in before}
        last = len(self.COLUMNS) - 1
        for at, row in enumerate(self._rows):
            old = was.get(row.id)
            if old is not None and (old != row or counts.get(row.id) != self._counts.get(row.id)):
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._read is None or self._fetching:
            return False
        return self._asked == self._query and len(self._rows) < self._count

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._query is None or self._read is None:
            return
        query, offset = self._query, len(self._rows)
        self._fetching = True
        self._read(query, offset, self.PAGE, lambda more: self._more(query, offset, more))

    def _more(self, query: LogQuery, offset: int, more: LogSlice) -> None:
        self._fetching = False
        self.add(query, offset, more.rows)

    def add(self, query: LogQuery, offset: int, more: tuple[ActivityRow, ...]) -> bool:
        """Append rows read from ``offset`` of ``query``; False when they no longer fit."""
        if query != self._query or offset != len(self._rows) or not more:
            return False
        self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        return True

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        query = self._asked or self._query
        if query is not None and 0 <= column < len(SORTS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(query, sort=SORTS[column], descending=descending))

    def row_of(self, activity_id: int) -> int | None:
        """The row showing an activity (among the rows read), or None."""
        for number, row in enumerate(self._rows):
            if row.id == activity_id:
                return number
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the view asks seven roles of every cell it paints: the others end here
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = index.row()
        return self.value_at(row, index.column(), role) if row < len(self._rows) else None

    def value_at(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` gives for ``role`` at (row, column)."""
        a = self._rows[row]
        if role == DISPLAY_ROLE:
            return self._text(a, column)
        if role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED if column == self.HOURS else None
        if role == DECORATION_ROLE:
            return self._icon if column == self.CERTIFICATE and a.attachments else None
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

    def _tooltip(self, a: ActivityRow, column: int) -> str | None:
        if column == self.TITLE:
            details = [a.title]
            if a.uan:
                details.append(translate("activities", "UAN {uan}").format(uan=a.uan))
            if a.tags:
                tags = ", ".join(tag_label(t) for t in a.tags)
                details.append(translate("activities", "Tags: {tags}").format(tags=tags))
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
        return format_words(a.format) if a.format else ""
    if column == ActivityTableModel.TOPIC:
        return short_topic_text(a.topic)
    if column == ActivityTableModel.AUDIENCE:
        return audience_words(a.audience) if a.audience else ""
    if column == ActivityTableModel.CERTIFICATE:
        return _certificate_words(a)
    if a.verification is Verification.UNVERIFIED:  # an archive's report is no check here
        return translate("activities", "Elsewhere") if a.archive_report else ""
    return a.verification.label


def _certificate_words(a: ActivityRow) -> str:
    if not a.attachments:
        return ""
    if (count := len(a.attachments)) > 1:
        return translate("activities", "%n file(s)", None, count)
    if a.attachments[0].media_type == "application/pdf":
        return "PDF"
    return translate("activities", "Image")


def _one_moved(old: list[int], new: list[int]) -> tuple[str, int] | None:
    """How ``new`` differs from ``old``: ("same", 0), ("inserted" or "removed", row), or None."""
    if old == new:
        return ("same", 0)
    at = next((n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
    at = min(len(old), len(new)) if at is None else at
    if len(new) == len(old) + 1 and new[at + 1 :] == old[at:]:
        return ("inserted", at)
    if len(old) == len(new) + 1 and old[at + 1 :] == new[at:]:
        return ("removed", at)
    return None
