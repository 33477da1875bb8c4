"""Dates are typed as people write them (issue 23)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from rxtracker.ui.widgets.date_edit import DateEdit


@pytest.mark.parametrize("typed", ["03/31/2027", "3/31/27", "2027-03-31", "Mar 31, 2027"])
def test_a_typed_date_is_read_as_written(qtbot: QtBot, typed: str) -> None:
    field = DateEdit("Expires", dt.date(2026, 1, 5))
    qtbot.addWidget(field)
    field.show()
    field.line.selectAll()
    qtbot.keyClicks(field.line, typed)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.value() == dt.date(2027, 3, 31)
    assert field.text() == "Mar 31, 2027"
    assert field.problem is None


def test_an_impossible_date_says_why_and_keeps_the_last_good_one(qtbot: QtBot) -> None:
    field = DateEdit("Expires", dt.date(2026, 1, 5))
    qtbot.addWidget(field)
    field.show()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "02/30/2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 1, 5)
    assert field.problem == "February 2026 has 28 days"
    assert field.line.toolTip().startswith("February 2026 has 28 days.")
    assert field.line.property("invalid") is True


def test_a_date_after_the_latest_allowed_is_refused(qtbot: QtBot) -> None:
    field = DateEdit("Date completed", dt.date(2026, 1, 5))
    field.setMaximumDate(QDate(2026, 6, 1))
    qtbot.addWidget(field)
    field.line.selectAll()
    qtbot.keyClicks(field.line, "Mar 31, 2027")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 1, 5)
    assert field.problem == "Mar 31, 2027 is after Jun 1, 2026, the latest date allowed"


def test_picking_a_day_in_the_calendar(qtbot: QtBot) -> None:
    field = DateEdit("Expires", dt.date(2026, 1, 5))
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged):
        field.calendarWidget().clicked.emit(QDate(2026, 2, 14))
    assert field.text() == "Feb 14, 2026"


def test_the_calendar_starts_on_sunday(qtbot: QtBot) -> None:
    field = DateEdit("Expires", dt.date(2026, 1, 5))
    qtbot.addWidget(field)
    assert field.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_the_calendar_is_made_when_first_opened_and_shows_the_date(qtbot: QtBot) -> None:
    field = DateEdit("Date completed", dt.date(2026, 1, 5))
    field.setMaximumDate(QDate(2026, 6, 1))
    qtbot.addWidget(field)
    field.show()
    assert field._calendar is None  # a form with a date field does not pay for it
    menu = field.button.menu()
    assert menu is not None
    menu.popup(field.mapToGlobal(field.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    calendar = field.calendarWidget()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 1, 5)
    assert calendar.maximumDate() == QDate(2026, 6, 1)
    menu.close()
