"""The CE log's item model over plain ActivityRows, and its filtering proxy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from rxtracker.domain import Verification
from rxtracker.domain.tags import tag_label
from rxtracker.services import ActivityRow
from rxtracker.ui.common import (
    AUDIENCE_WORDS,
    FORMAT_WORDS,
    date_text,
    short_topic_text,
    topic_text,
)

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
NO_TOPIC = "none"


class ActivityTableModel(QAbstractTableModel):
    """The CE log: one row per activity. ``data()`` only reads the cached rows."""

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
        self._rows: list[ActivityRow] = []
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

    def row_at(self, row: int) -> ActivityRow:
        """The activity shown in ``row``."""
        return self._rows[row]

    def row_of(self, activity_id: int) -> int | None:
        """The row showing an activity, or None."""
        for number, row in enumerate(self._rows):
            if row.id == activity_id:
                return number
        return None

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
        if role == SORT_ROLE:
            return self._sort_key(a, column)
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CERTIFICATE and a.attachments:
            return self._icon
        return None

    def _display(self, a: ActivityRow, column: int) -> str:
        values = (
            date_text(a.completed_on),
            a.title,
            a.provider,
            str(a.hours),
            FORMAT_WORDS[a.format] if a.format else "",
            short_topic_text(a.topic),
            AUDIENCE_WORDS[a.audience] if a.audience else "",
            self._counts.get(a.id, ""),
            _certificate_words(a),
            "" if a.verification is Verification.UNVERIFIED else a.verification.label,
        )
        return values[column]

    def _sort_key(self, a: ActivityRow, column: int) -> Any:
        if column == self.DATE:
            return a.completed_on.toordinal() * 100_000 + a.id % 100_000
        if column == self.HOURS:
            return a.hours.hundredths
        return self._display(a, column).casefold()

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


def _certificate_words(a: ActivityRow) -> str:
    if not a.attachments:
        return ""
    kinds = {"application/pdf": "PDF"}
    first = kinds.get(a.attachments[0].media_type, "Image")
    return first if len(a.attachments) == 1 else f"{len(a.attachments)} files"


class ActivityFilterProxy(QSortFilterProxyModel):
    """Instant text search plus date-window, topic and format filters over the CE log."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._window: tuple[dt.date, dt.date] | None = None
        self._topic: str | None = None
        self._format: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        """Show only activities whose title, provider, UAN, topic or tags contain ``text``."""
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def set_window(self, window: tuple[dt.date, dt.date] | None) -> None:
        """Show only activities completed inside [start, end] (None: any date)."""
        self.beginFilterChange()
        self._window = window
        self.endFilterChange()

    def set_topic(self, topic: str | None) -> None:
        """Show one topic code ('03'), activities without a topic (NO_TOPIC) or all (None)."""
        self.beginFilterChange()
        self._topic = topic
        self.endFilterChange()

    def set_format(self, fmt: str | None) -> None:
        """Show one format ('live', 'home', 'unknown'), NO_TOPIC for none, or all (None)."""
        self.beginFilterChange()
        self._format = fmt
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActivityTableModel)
        a = model.row_at(source_row)
        if self._window and not self._window[0] <= a.completed_on <= self._window[1]:
            return False
        if self._topic is not None and (a.topic or NO_TOPIC) != self._topic:
            return False
        if self._format is not None and (a.format.value if a.format else NO_TOPIC) != self._format:
            return False
        return not self._needle or self._needle in _haystack(a)


def _haystack(a: ActivityRow) -> str:
    parts = [a.title, a.provider, a.uan or "", topic_text(a.topic), a.notes]
    parts.extend(a.tags)
    parts.extend(tag_label(t) for t in a.tags)
    return " ".join(parts).casefold()
