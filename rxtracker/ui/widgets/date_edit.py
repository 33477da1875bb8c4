"""A date field with a calendar popup where Tab leaves the field (arrows move between parts)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget
from typing_extensions import override

DISPLAY_FORMAT = "MMM d, yyyy"


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


class DateEdit(QDateEdit):
    """QDateEdit whose Tab key moves to the next field instead of the next date part."""

    def __init__(self, name: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumDate(QDate(1970, 1, 1))
        self.setDate(qdate(day))
        self.setAccessibleName(name)

    @override
    def focusNextPrevChild(self, next_child: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_child)

    def value(self) -> dt.date:
        """The date shown, as a Python date."""
        day = self.date()
        return dt.date(day.year(), day.month(), day.day())
