"""Hours earned over the cycle against the even pace needed, drawn with QPainter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rxtracker.domain import Hours
from rxtracker.engine import CredentialResult
from rxtracker.ui.common import date_text


def earned_points(result: CredentialResult) -> list[tuple[dt.date, Hours]]:
    """Cumulative counted hours after each counted activity, in date order."""
    counted = sorted(
        (a.completed_on, a.counted)
        for a in result.activities
        if a.completed_on is not None and a.counted.hundredths > 0
    )
    points: list[tuple[dt.date, Hours]] = []
    total = Hours.zero()
    for day, hours in counted:
        total = total + hours
        points.append((day, total))
    return points


def _end(result: CredentialResult) -> dt.date:
    """The cycle's end; a credential that never expires is drawn up to the as-of day."""
    return result.dates.end or result.as_of


def pace_by(result: CredentialResult, day: dt.date) -> Hours:
    """Hours an even pace from the cycle start to the deadline would have reached on ``day``."""
    start = result.dates.start
    finish = result.dates.deadline or _end(result)
    span = max((finish - start).days, 1)
    elapsed = min(max((day - start).days, 0), span)
    return Hours(result.required_hours.hundredths * elapsed // span)


def pace_sentence(result: CredentialResult) -> str:
    """'At an even pace you would have 14 hours by today; you have 15.5.'"""
    expected = pace_by(result, result.as_of).to_decimal().quantize(Decimal("0.1"))
    shown = f"{expected:f}".removesuffix(".0")
    return (
        f"At an even pace you would have about {shown} hours by today; "
        f"you have {result.counted_hours.describe()}."
    )


class PaceChart(QWidget):
    """A small line chart: earned hours (solid) and the pace needed (dashed), with today."""

    def __init__(self, result: CredentialResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.points = earned_points(result)
        self.setMinimumSize(240, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"Hours over the cycle of {result.type_name}")
        self.setAccessibleDescription(pace_sentence(result))
        self.setToolTip(pace_sentence(result))

    def sizeHint(self) -> QSize:
        return QSize(300, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("20 h") + 8
        plot = QRectF(left, 6, self.width() - left - 8, self.height() - metrics.height() * 2 - 14)
        self._axes(painter, plot)
        self._pace(painter, plot)
        self._earned(painter, plot)
        self._today(painter, plot)
        painter.end()

    def _top(self) -> Hours:
        return max(self.result.required_hours, self.result.counted_hours, Hours(100))

    def _x(self, plot: QRectF, day: dt.date) -> float:
        start, end = self.result.dates.start, _end(self.result)
        span = max((end - start).days, 1)
        return plot.left() + plot.width() * min(max((day - start).days, 0), span) / span

    def _y(self, plot: QRectF, hours: Hours) -> float:
        return plot.bottom() - plot.height() * hours.hundredths / self._top().hundredths

    def _axes(self, painter: QPainter, plot: QRectF) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(text)
        height = self.fontMetrics().height()
        painter.drawText(QPointF(2, plot.top() + height * 0.8), f"{self._top()} h")
        painter.drawText(QPointF(2, plot.bottom()), "0")
        below = plot.bottom() + height + 2
        painter.drawText(QPointF(plot.left(), below), date_text(self.result.dates.start))
        end_text = date_text(_end(self.result))
        width = self.fontMetrics().horizontalAdvance(end_text)
        painter.drawText(QPointF(plot.right() - width, below), end_text)
        legend = "— hours earned   - - pace needed"
        painter.drawText(QPointF(plot.left(), below + height + 2), legend)

    def _pace(self, painter: QPainter, plot: QRectF) -> None:
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        finish = self.result.dates.deadline or _end(self.result)
        painter.drawLine(
            QPointF(plot.left(), plot.bottom()),
            QPointF(self._x(plot, finish), self._y(plot, self.result.required_hours)),
        )

    def _earned(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.5))
        x, y = plot.left(), plot.bottom()
        last_day = min(self.result.as_of, _end(self.result))
        for day, total in self.points:
            if day > last_day:
                break
            nx, ny = self._x(plot, day), self._y(plot, total)
            painter.drawLine(QPointF(x, y), QPointF(nx, y))
            painter.drawLine(QPointF(nx, y), QPointF(nx, ny))
            x, y = nx, ny
        painter.drawLine(QPointF(x, y), QPointF(self._x(plot, last_day), y))

    def _today(self, painter: QPainter, plot: QRectF) -> None:
        if not self.result.dates.start <= self.result.as_of <= _end(self.result):
            return
        x = self._x(plot, self.result.as_of)
        pen = QPen(self.palette().color(QPalette.ColorRole.Mid), 1)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        label = "today"
        width = self.fontMetrics().horizontalAdvance(label)
        painter.drawText(QPointF(min(x + 3, plot.right() - width), plot.top() + 12), label)
