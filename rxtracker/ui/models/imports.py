"""The import preview: one row per file row, its fate and why."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from typing_extensions import override

from rxtracker.exchange.fates import Fate, RowVerdict
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel

_MATCHES = re.compile(r"matches activity #\d+ logged by hand")
_ALREADY = re.compile(r"already recorded as activity #\d+")


class ImportPreviewModel(RowsModel[RowVerdict]):
    """One row per file row: its fate, its fields as written, and the reason."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Row"),
        QT_TRANSLATE_NOOP("columns", "Result"),
        QT_TRANSLATE_NOOP("columns", "Why"),
        QT_TRANSLATE_NOOP("columns", "Date"),
        QT_TRANSLATE_NOOP("columns", "Title"),
        QT_TRANSLATE_NOOP("columns", "Provider"),
        QT_TRANSLATE_NOOP("columns", "Hours"),
        QT_TRANSLATE_NOOP("columns", "UAN"),
    )
    TITLE_COLUMN = 4

    @override
    def cell(self, row: RowVerdict, column: int) -> str:
        return self._display(row, column)

    @override
    def tooltip(self, row: RowVerdict, column: int) -> str:
        return reason_words(row.reason)

    @override
    def other_role(self, row: RowVerdict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.fate is Fate.REJECT:
            return QBrush(theme.problem_colour())
        if role == Qt.ItemDataRole.ForegroundRole and row.fate is Fate.DUPLICATE:
            return QBrush(QColor(theme.current_palette().muted_row))
        if role == Qt.ItemDataRole.ForegroundRole and row.fate is Fate.MERGE:
            return QBrush(QColor(theme.current_palette().accent))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: RowVerdict, column: int) -> str:
        a = row.activity
        values = (
            str(row.line),
            row.fate.label,
            "" if row.fate is Fate.ADD else reason_words(row.reason),
            date_text(a.completed_on) if a else row.text.date,
            a.title if a else row.text.title,
            a.provider if a else row.text.provider,
            str(a.hours) if a else row.text.hours,
            (a.uan or "") if a else row.text.uan,
        )
        return values[column]


def reason_words(reason: str) -> str:
    """A preview reason for a person: no record numbers ("activity #12"), a capital first."""
    words = _MATCHES.sub(translate("imports", "matches a course you logged by hand"), reason)
    words = _ALREADY.sub(translate("imports", "already in your CE log"), words)
    return words[:1].upper() + words[1:]
