"""A date field that takes typing as people write dates, with a calendar that starts on Sunday.

Typed text is read by the domain's ``parse_date`` (03/31/2027, 3/31/27, 2027-03-31, Mar 31 2027,
March 31, 2027), the one reader the CLI uses too; the field then shows "Mar 31, 2027". Text that
is not a date keeps the last good date, marks the field and says why in its tooltip.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from rxtracker.domain import InvalidInput, parse_date

DISPLAY_FORMAT = "MMM d, yyyy"
HINT = "Type the date (03/31/2027, Mar 31 2027...) or pick it in the calendar"
#: Weeks start as a US English calendar starts them (Sunday), whatever the system says.
US_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class DateEdit(QWidget):
    """A date field: type the date or pick it in the calendar; Tab leaves the field."""

    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit gives it

    def __init__(self, name: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = qdate(day)
        self._minimum, self._maximum = QDate(1970, 1, 1), QDate(9999, 12, 31)
        self.problem: str | None = None
        self.line = QLineEdit()
        self.line.setAccessibleName(name)
        self.line.setToolTip(HINT)
        self.line.setProperty("invalid", False)
        self.line.editingFinished.connect(self._read_typed)
        self._calendar: QCalendarWidget | None = None  # made when first opened
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(f"{name}: calendar")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self.button)
        self._menu.aboutToShow.connect(lambda: self.calendarWidget().setSelectedDate(self._date))
        self.button.setMenu(self._menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._show()

    # ------------------------------------------------------------------ QDateEdit's API

    def date(self) -> QDate:
        """The date shown."""
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:
        """Show ``day`` (kept within the minimum and maximum dates)."""
        bounded = max(self._minimum, min(self._maximum, day))
        changed = bounded != self._date
        self._date = QDate(bounded)
        self._set_problem(None)
        self._show()
        if changed:
            self.dateChanged.emit(self.date())

    def value(self) -> dt.date:
        """The date shown, as a Python date."""
        return pydate(self._date)

    def text(self) -> str:
        """What the field shows."""
        return self.line.text()

    def minimumDate(self) -> QDate:
        """The earliest date the field takes."""
        return QDate(self._minimum)

    def maximumDate(self) -> QDate:
        """The latest date the field takes."""
        return QDate(self._maximum)

    def setMinimumDate(self, day: QDate) -> None:
        """Refuse dates before ``day``."""
        self._minimum = QDate(day)
        if self._calendar is not None:
            self._calendar.setMinimumDate(day)
        self.setDate(self._date)

    def setMaximumDate(self, day: QDate) -> None:
        """Refuse dates after ``day`` (today, for something already done)."""
        self._maximum = QDate(day)
        if self._calendar is not None:
            self._calendar.setMaximumDate(day)
        self.setDate(self._date)

    def calendarWidget(self) -> QCalendarWidget:
        """The calendar the button opens, made the first time it is needed.

        Not with the field: a calendar is dozens of widgets, a third of a form's cost.
        """
        if self._calendar is None:
            calendar = QCalendarWidget()
            calendar.setFirstDayOfWeek(US_ENGLISH.firstDayOfWeek())
            calendar.setGridVisible(True)
            calendar.setDateRange(self._minimum, self._maximum)
            calendar.clicked.connect(self._picked)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(calendar)
            self._menu.addAction(holder)
            self._calendar = calendar
        return self._calendar

    # ------------------------------------------------------------------ typing and picking

    def _show(self) -> None:
        self.line.setText(US_ENGLISH.toString(self._date, DISPLAY_FORMAT))

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        menu = self.button.menu()
        if menu is not None:
            menu.close()

    def _read_typed(self) -> None:
        typed = self.line.text().strip()
        if typed == US_ENGLISH.toString(self._date, DISPLAY_FORMAT):
            return
        try:
            day = qdate(parse_date(typed))
        except InvalidInput as exc:
            self._set_problem(exc.problem)
            return
        if not self._minimum <= day <= self._maximum:
            late = day > self._maximum
            limit = US_ENGLISH.toString(self._maximum if late else self._minimum, DISPLAY_FORMAT)
            words = "after" if late else "before"
            which = "latest" if late else "earliest"
            self._set_problem(f"{typed} is {words} {limit}, the {which} date allowed")
            return
        self.setDate(day)

    def _set_problem(self, problem: str | None) -> None:
        self.problem = problem
        self.line.setProperty("invalid", problem is not None)
        self.line.setToolTip(f"{problem}. {HINT}" if problem else HINT)
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)
