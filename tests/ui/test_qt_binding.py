"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 takes a reference from ``None`` on every Qt method that returns
nothing and never gives it back; after enough calls (a long session, a long report) Python
aborts with "deallocating None". pyproject.toml excludes that release; this test fails if an
installed binding does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_qt_calls_that_return_nothing_leave_none_alone() -> None:
    rect = QRectF()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(1_000):
            rect.setTop(0.0)
            painter.setPen(QColor("#000000"))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 50, f"None lost {before - after} references in 2,000 Qt calls"
