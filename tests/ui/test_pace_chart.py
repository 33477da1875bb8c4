"""The cycle timeline drawn for thousands of courses: one stroke per pixel column."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services.views import PaceLine
from rxtracker.ui.widgets.pace_chart import PaceChart


def _line(courses: int) -> PaceLine:
    """A two-year cycle with ``courses`` one-hour courses spread over its first 80 %."""
    steps = tuple((0.8 * n / courses, Hours(100 * n)) for n in range(1, courses + 1))
    return PaceLine(
        start=dt.date(2025, 3, 1),
        end=dt.date(2027, 2, 28),
        required=Hours(2000),
        earned=steps[-1][1],
        expected=Hours(1600),
        due_at=1.0,
        opens_at=0.9,
        today_at=0.8,
        earned_until=0.8,
        steps=steps,
    )


def test_thousands_of_courses_are_drawn_once_per_pixel_column(qtbot: QtBot) -> None:
    chart = PaceChart("PTCB CPhT", _line(5000))
    qtbot.addWidget(chart)
    plot = QRectF(40, 6, 300, 100)
    line, dots = chart._earned_marks(plot)
    assert line.size() <= 2 * 300 + 3  # not 10,000 points
    assert len(dots) <= 300 * 100 and len(dots) < 5000
    top = plot.bottom() - plot.height() * 5000 / 5000
    assert line.first().toTuple() == (40, plot.bottom())  # from the cycle start at 0 hours
    assert line.last().toTuple() == (40 + 300 * 0.8, top)  # to today, at every hour earned
    assert chart._earned_marks(plot)[0] is line  # worked out once for a plot


def test_few_courses_keep_every_step_and_dot(qtbot: QtBot) -> None:
    chart = PaceChart("Texas registration", _line(5))
    qtbot.addWidget(chart)
    line, dots = chart._earned_marks(QRectF(40, 6, 300, 100))
    assert line.size() == 1 + 2 * 5 + 1  # the start, a step's two corners each, today
    assert len(dots) == 5
    chart.resize(340, 130)
    assert not chart.grab().isNull()
