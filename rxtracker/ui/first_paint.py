"""Running work once a window has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``widget``'s first paint.

    Used for start-up work the user should not wait for before seeing the window (the
    day's automatic backup), and by the benchmarks' first-paint probe.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self.callback = callback
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            watched.removeEventFilter(self)
            # A zero timer runs after this paint pass (children included) has finished.
            QTimer.singleShot(0, self.callback)
        return False
