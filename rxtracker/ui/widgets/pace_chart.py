"""A credential's cycle timeline, drawn with QPainter.

From the cycle start to the expiration: the renewal window shaded up to the apply-by date,
the expiration, each counted course a dot on the hours earned, the even pace needed, today,
and the plan when there is one.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from rxtracker.domain import Hours, plain
from rxtracker.services.views import PaceLine
from rxtracker.ui.common import date_text


def pace_sentence(line: PaceLine) -> str:
    """The pace in words: 'At an even pace you would have about 14 hours by today; …'.

    Once the cycle is over (a lapsed or expired credential) it says what the cycle ended
    with instead; a credential that needs no hours has no pace.
    """
    if not line.required:
        return ""
    if line.today_at is None:
        return (
            f"The cycle ended on {date_text(line.end)} with {line.earned} of "
            f"{line.required.describe()}."
        )
    shown = plain(line.expected.to_decimal().quantize(Decimal("0.1")))
    return (
        f"At an even pace you would have about {shown} hours by today; "
        f"you have {line.earned.describe()}."
    )


class PaceChart(QWidget):
    """The cycle timeline: hours earned against the even pace, with the renewal dates.

    Hours earned are solid with a dot per course, the even pace dashed; the renewal window
    is shaded, the apply-by date and the expiration are lines, today a dotted one.

    With a plan (``show_plan``), a dotted line from today: the hours the plan reaches at the
    end of each month.
    """

    def __init__(self, name: str, line: PaceLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.plan: tuple[tuple[float, Hours], ...] = ()
        self._stairs: tuple[QRectF, QPolygonF, list[QPointF]] | None = None  # for one plot
        self.setMinimumSize(240, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"Hours over the cycle of {name}")
        self.setAccessibleDescription(pace_sentence(line))
        self.setToolTip(pace_sentence(line))

    @override
    def sizeHint(self) -> QSize:
        return QSize(300, 130)

    def legend(self) -> str:
        """What the lines and marks mean (shown under the chart)."""
        words = ["— hours earned, ● a course", "- - even pace", "▮ renewal window"]
        return ",  ".join([*words, "··· your plan"] if self.plan else words)

    def show_plan(self, points: tuple[tuple[float, Hours], ...], words: str) -> None:
        """Draw the plan's points (position, cumulative hours); ``words`` say it."""
        self.plan = points
        self._stairs = None  # the plan can raise the top hours
        if points:
            self.setToolTip(f"{pace_sentence(self.line)}\n{words}")
            self.setAccessibleDescription(f"{pace_sentence(self.line)} {words}")
        self.update()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("20 h") + 8
        plot = QRectF(left, 6, self.width() - left - 8, self.height() - metrics.height() - 12)
        self._window(painter, plot)
        self._axes(painter, plot)
        self._pace(painter, plot)
        self._earned(painter, plot)
        self._plan(painter, plot)
        self._today(painter, plot)
        painter.end()

    def _top(self) -> Hours:
        planned = [hours for _, hours in self.plan]
        return max(self.line.required, self.line.earned, Hours(100), *planned)

    def _x(self, plot: QRectF, position: float) -> float:
        return plot.left() + plot.width() * position

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
        painter.drawText(QPointF(plot.left(), below), date_text(self.line.start))
        end_text = date_text(self.line.end)
        width = self.fontMetrics().horizontalAdvance(end_text)
        painter.drawText(QPointF(plot.right() - width, below), end_text)

    def _window(self, painter: QPainter, plot: QRectF) -> None:
        """The renewal window shaded up to the apply-by date; the expiration a solid line."""
        line = self.line
        accent = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        if line.opens_at is not None and line.opens_at < line.due_at:
            accent.setAlpha(40)
            left, right = self._x(plot, line.opens_at), self._x(plot, line.due_at)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), accent)
        accent.setAlpha(255)
        painter.setPen(QPen(accent, 1.5))
        for position in {line.due_at, 1.0}:
            x = self._x(plot, position)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    def _pace(self, painter: QPainter, plot: QRectF) -> None:
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(plot.left(), plot.bottom()),
            QPointF(self._x(plot, self.line.due_at), self._y(plot, self.line.required)),
        )

    def _earned(self, painter: QPainter, plot: QRectF) -> None:
        line, dots = self._earned_marks(plot)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.5))
        painter.drawPolyline(line)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        for dot in dots:
            painter.drawEllipse(dot, 3.5, 3.5)

    def _earned_marks(self, plot: QRectF) -> tuple[QPolygonF, list[QPointF]]:
        """The hours-earned staircase and its dots in ``plot``, worked out once per plot.

        Thousands of courses share a few hundred pixels: the steps that fall in one pixel
        column are one vertical stroke, and a dot on a dot already drawn is left out.
        """
        if self._stairs is not None and self._stairs[0] == plot:
            return self._stairs[1], self._stairs[2]
        top, left, width = self._top().hundredths, plot.left(), plot.width()
        bottom, height = plot.bottom(), plot.height()
        points: list[tuple[float, float]] = [(left, bottom)]
        dots: list[QPointF] = []
        seen: set[tuple[int, int]] = set()
        for position, total in self.line.steps:
            x, y = left + width * position, bottom - height * total.hundredths / top
            if round(x) == round(points[-1][0]) and len(points) > 1:
                points[-1] = (points[-1][0], y)  # the same column: the stroke reaches higher
            else:
                points += [(x, points[-1][1]), (x, y)]
            if (round(x), round(y)) not in seen:
                seen.add((round(x), round(y)))
                dots.append(QPointF(x, y))
        points.append((self._x(plot, self.line.earned_until), points[-1][1]))
        line = QPolygonF([QPointF(x, y) for x, y in points])
        self._stairs = (QRectF(plot), line, dots)
        return line, dots

    def _plan(self, painter: QPainter, plot: QRectF) -> None:
        if not self.plan:
            return
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        points = [QPointF(self._x(plot, at), self._y(plot, hours)) for at, hours in self.plan]
        for first, second in itertools.pairwise(points):
            painter.drawLine(first, second)

    def _today(self, painter: QPainter, plot: QRectF) -> None:
        if self.line.today_at is None:
            return
        x = self._x(plot, self.line.today_at)
        pen = QPen(self.palette().color(QPalette.ColorRole.Mid), 1)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        label = "today"
        width = self.fontMetrics().horizontalAdvance(label)
        left = x + 3 if x + 3 + width <= plot.right() else x - 3 - width
        # Away from the hours earned: at the bottom once they are above the middle.
        high = self._y(plot, self.line.earned) < plot.center().y()
        painter.drawText(QPointF(left, plot.bottom() - 4 if high else plot.top() + 12), label)
