"""The CE log's item model over plain ActivityRows (its filter: activity_proxy)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from rxtracker.domain import Verification
from rxtracker.domain.tags import tag_label
from rxtracker.services import ActivityRow
from rxtracker.ui.activity_search import SearchParts
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

    def update_rows(
        self,
        rows: Sequence[ActivityRow],
        gone: Collection[int],
        counts_toward: Mapping[int, str],
    ) -> None:
        """Update, add (at the end) and remove the rows a change touched; no reset.

        Args:
            rows: the changed or new activities.
            gone: ids of activities no longer shown.
            counts_toward: what every activity counts toward now (as in ``set_rows``).
        """
        last = len(self.COLUMNS) - 1
        for row in rows:
            at = self.row_of(row.id)
            if at is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(row)
                self.endInsertRows()
            else:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        for activity_id in gone:
            at = self.row_of(activity_id)
            if at is not None:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()
        if counts_toward != self._counts and self._rows:
            self._counts = dict(counts_toward)
            column = self.COUNTS
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def search_parts(self, first: int = 0, last: int | None = None) -> list[SearchParts]:
        """The search texts (see TextSearch) of rows ``first`` to ``last`` (default: all)."""
        shared: dict[tuple[str, str | None, tuple[str, ...]], str] = {}
        parts = []
        for a in self._rows[first : None if last is None else last + 1]:
            key = (a.provider, a.topic, a.tags)
            words = shared.get(key)
            if words is None:
                words = shared[key] = _shared_words(a)
            own = f"{a.title}\n{a.notes}" if a.notes else a.title
            parts.append(SearchParts(own, a.uan or "", words))
        return parts

    def sort_keys(self, column: int, first: int = 0, last: int | None = None) -> list[Any]:
        """Rows' sort keys for ``column`` (what ``data(..., SORT_ROLE)`` gives), as above."""
        return [
            self._sort_key(a, column)
            for a in self._rows[first : None if last is None else last + 1]
        ]

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


def _shared_words(a: ActivityRow) -> str:
    parts = [a.provider, topic_text(a.topic)]
    parts.extend(a.tags)
    parts.extend(tag_label(t) for t in a.tags)
    return " ".join(parts)
