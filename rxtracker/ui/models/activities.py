"""The CE log's item model: plain ActivityRows read a screen at a time (services.views.log_rows).

The cells live in ``QStandardItemModel``'s own (C++) storage, made once when a row arrives: the
view paints without running any Python, so painting never waits for the GIL while a read runs
on the worker thread (a delete's refresh, a keystroke's search), and a repaint costs what Qt's
drawing costs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from rxtracker.domain import Hours, Verification
from rxtracker.domain.tags import tag_label
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.records import replace
from rxtracker.services import ActivityRow
from rxtracker.services.views import NONE, SORTS, LogQuery, LogSlice
from rxtracker.ui.common import (
    audience_words,
    date_text,
    format_words,
    short_topic_text,
    topic_text,
)

_Index = QModelIndex | QPersistentModelIndex
#: The activity id, on each row's first cell.
ID_ROLE = Qt.ItemDataRole.UserRole
NO_TOPIC = NONE


@dataclass(frozen=True, slots=True)
class Cells:
    """Rows of the log read, each with its cells made (off the GUI thread); shown once."""

    part: LogSlice
    counts: Mapping[int, str]  # the "Counts toward" texts the cells show
    items: tuple[list[QStandardItem], ...]  # a row's cells per row of ``part``


#: Asks for rows of a query: (query, offset, limit, prepare, then): ``prepare`` makes the
#: slice read into ``Cells`` where it was read, ``then`` gets them on the GUI thread (the
#: page reads on the worker thread, a test at once).
Reader = Callable[[LogQuery, int, int, Callable[[LogSlice], Cells], Callable[[Cells], None]], None]
# Roles and the alignment as plain ints: PySide converts an enum on every call.
ID_ROLE_VALUE = int(ID_ROLE)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class ActivityTableModel(QStandardItemModel):
    """The CE log, a screen of rows at a time; the view paints from Qt's own cell storage.

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
    answered = Signal()  # the rows of the query asked for are shown (reset or in place)

    def __init__(self, read: Reader | None = None, parent: Any = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels([translate("columns", c) for c in self.COLUMNS])
        self._read = read
        self._rows: list[ActivityRow] = []
        self._query: LogQuery | None = None
        self._asked: LogQuery | None = None  # the latest query asked for (shown once read)
        self._fetching = False  # more rows of ``_query`` are on their way
        self._count = 0  # rows matching the query (``_rows`` holds the first of them)
        self._total = Hours(0)
        self._counts: Mapping[int, str] = {}
        self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        # A row inserted or removed: ``_rows`` becomes ``_next`` once Qt has moved its cells,
        # before anyone else hears of it (connected first), so both always agree.
        self._next: list[ActivityRow] | None = None
        self.rowsInserted.connect(self._moved)
        self.rowsRemoved.connect(self._moved)

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

    def row_at(self, row: int) -> ActivityRow:
        """The plain row shown in ``row``."""
        return self._rows[row]

    def show(self, query: LogQuery | None, first: Cells | None) -> None:
        """Show ``first`` (read for ``query``) in place of everything."""
        self.beginResetModel()
        self._query = self._asked = query
        self._counts = first.counts if first else {}
        self._rows, self._next = self._take(first), None
        blocked = self.blockSignals(True)  # one reset, not a signal per row
        try:
            self.setRowCount(0)
            for items in first.items if first else ():
                self.appendRow(items)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def cells(self, part: LogSlice, counts: Mapping[int, str] | None = None) -> Cells:
        """``part``'s cells, showing ``counts`` (default: the model's); safe on any thread."""
        shown = self._counts if counts is None else counts
        items = tuple(row_items(a, shown.get(a.id, ""), self._icon) for a in part.rows)
        return Cells(part, shown, items)

    def _current(self, cells: Cells) -> Cells:
        """``cells`` made again if the counts changed since they were made (rare)."""
        return cells if cells.counts is self._counts else self.cells(cells.part)

    def set_query(self, query: LogQuery) -> None:
        """Ask for the first rows of ``query``; they replace the rows shown when they arrive."""
        assert self._read is not None
        self._asked = query
        self._read(query, 0, self.PAGE, self.cells, lambda first: self._answered(query, first))

    def _answered(self, query: LogQuery, first: Cells) -> None:
        """A query's first rows: in place of the rows shown when most of them stay put.

        A word typed often leaves the first rows as they were (every match of "patien" is a
        match of "patient"): then nothing is repainted; only the count and hours change.
        """
        if query != self._asked:
            return  # a newer query was asked meanwhile
        first = self._current(first)
        if not self._in_place(query, first):
            self.show(query, first)
        self.answered.emit()

    def _take(self, first: Cells | None) -> list[ActivityRow]:
        """``first``'s count and hours kept; its rows, to show."""
        self._fetching = False
        self._count = first.part.count if first else 0
        self._total = first.part.total if first else Hours(0)
        return list(first.part.rows) if first else []

    def _moved(self, *_: object) -> None:
        if self._next is not None:
            self._rows, self._next = self._next, None

    def refresh(self, query: LogQuery, fresh: Cells) -> None:
        """Show rows read again after a change: rows that stayed put are updated in place.

        One row added or removed is inserted or removed; any other move resets the model.
        """
        if not self._in_place(query, fresh):
            self.show(query, fresh)

    def _in_place(self, query: LogQuery, fresh: Cells) -> bool:
        """Show ``fresh`` by updating, inserting or removing rows; False if that cannot do."""
        moved = _one_moved([r.id for r in self._rows], [r.id for r in fresh.part.rows])
        if moved is None:
            return False
        self._query = self._asked = query
        before, counts_before = self._rows, self._counts
        rows = self._take(fresh)
        self._counts = fresh.counts
        kind, at = moved
        if kind == "same":
            self._rows = rows
        else:
            self._next = rows
            if kind == "inserted":
                self.insertRow(at, fresh.items[at])
            else:
                self.removeRow(at)
        self._update_changed(before, counts_before, fresh.items)
        return True

    def remove(self, activity_id: int) -> bool:
        """Take an activity's row away at once (deleted); False when it is not shown."""
        at = self.row_of(activity_id)
        if at is None:
            return False
        gone = self._rows[at]
        self._count, self._total = self._count - 1, self._total - gone.hours
        self._next = self._rows[:at] + self._rows[at + 1 :]
        self.removeRow(at)
        return True

    def _update_changed(
        self,
        before: list[ActivityRow],
        counts: Mapping[int, str],
        cells: Sequence[list[QStandardItem]],
    ) -> None:
        was = {r.id: r for r in before}
        for at, row in enumerate(self._rows):
            old = was.get(row.id)
            if old is not None and (old != row or counts.get(row.id) != self._counts.get(row.id)):
                for column, item in enumerate(cells[at]):
                    self.setItem(at, column, item)

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
        self._read(
            query, offset, self.PAGE, self.cells, lambda more: self._more(query, offset, more)
        )

    def _more(self, query: LogQuery, offset: int, more: Cells) -> None:
        self._fetching = False
        self.add(query, offset, more)

    def add(self, query: LogQuery, offset: int, more: Cells) -> bool:
        """Append rows read from ``offset`` of ``query``; False when they no longer fit."""
        if query != self._query or offset != len(self._rows) or not more.part.rows:
            return False
        more = self._current(more)
        self._rows.extend(more.part.rows)
        for items in more.items:
            self.appendRow(items)
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


def row_items(a: ActivityRow, counts: str, icon: QIcon) -> list[QStandardItem]:
    """An activity's cells in column order; ``counts``: the "Counts toward" text.

    Items keep QStandardItem's default flags (setting them costs more than the rest of the
    row): the CE log's table is never edited in place (``NoEditTriggers``).
    """
    items = [QStandardItem(text) for text in cell_texts(a, counts)]
    items[ActivityTableModel.DATE].setData(a.id, ID_ROLE_VALUE)
    items[ActivityTableModel.HOURS].setData(RIGHT_ALIGNED, ALIGNMENT_ROLE)
    for column, tip in _tooltips(a):
        items[column].setToolTip(tip)
    if a.attachments:
        items[ActivityTableModel.CERTIFICATE].setIcon(icon)
    return items


def cell_texts(a: ActivityRow, counts: str) -> tuple[str, ...]:
    """What each column shows for an activity, in column order."""
    return (
        date_text(a.completed_on),
        a.title,
        a.provider,
        str(a.hours),
        format_words(a.format) if a.format else "",
        short_topic_text(a.topic),
        audience_words(a.audience) if a.audience else "",
        counts,
        _certificate_words(a),
        _checked_words(a),
    )


def _tooltips(a: ActivityRow) -> Sequence[tuple[int, str]]:
    """(column, tooltip) of the cells that have one of their own."""
    details = [a.title]
    if a.uan:
        details.append(translate("activities", "UAN {uan}").format(uan=a.uan))
    if a.tags:
        tags = ", ".join(tag_label(t) for t in a.tags)
        details.append(translate("activities", "Tags: {tags}").format(tags=tags))
    tips = [(ActivityTableModel.TITLE, "\n".join(details))]
    if a.topic:
        tips.append((ActivityTableModel.TOPIC, topic_text(a.topic)))
    if a.attachments:
        names = "\n".join(x.original_name for x in a.attachments)
        tips.append((ActivityTableModel.CERTIFICATE, names))
    tips.append((ActivityTableModel.CHECKED, a.verification_text))
    return tips


def _checked_words(a: ActivityRow) -> str:
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
