"""Running work once a window has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from typing_extensions import override


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``widget``'s first paint.

    Used for start-up work the user should not wait for before seeing the window (the
    day's automatic backup), and by the benchmarks' first-paint probe. With
    ``at_the_latest_ms``, the callback also runs after that long if no paint came (a window
    started minimised or on another workspace is not painted until it is shown).
    """

    def __init__(
        self,
        widget: QWidget,
        callback: Callable[[], object],
        *,
        at_the_latest_ms: int | None = None,
    ) -> None:
        super().__init__(widget)
        self.callback = callback
        self.seen = False
        self.done = False
        widget.installEventFilter(self)
        if at_the_latest_ms is not None:
            QTimer.singleShot(at_the_latest_ms, self, self._run)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            watched.removeEventFilter(self)
            # A zero timer runs after this paint pass (children included) has finished.
            # The plain form, as in the benchmarks' floor program: at start-up the form with a
            # context object was measured to run the callback ~80 ms later (CPU time too).
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.callback()


class AfterNextPaint:
    """Runs work once ``widget`` has painted next (at the latest ``at_the_latest_ms`` later).

    A page starts the read that follows a change this way: the worker's Python then does not
    hold the GIL while Qt paints the page, each of whose calls into Python (a model's
    ``data``, a widget's own ``paintEvent``) waited for it. ``waiting`` is True meanwhile.
    """

    def __init__(self, widget: QWidget, at_the_latest_ms: int = 50) -> None:
        self.widget, self.at_the_latest_ms = widget, at_the_latest_ms
        self._callbacks: list[Callable[[], object]] = []  # in the order asked

    @property
    def waiting(self) -> bool:
        """True while some work waits for the paint."""
        return bool(self._callbacks)

    def run(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` after the next paint (with any other asked for before then)."""
        self._callbacks.append(callback)
        if len(self._callbacks) == 1:
            waiter = AfterFirstPaint(
                self.widget, lambda: self._start(waiter), at_the_latest_ms=self.at_the_latest_ms
            )

    def _start(self, waiter: QObject) -> None:
        waiter.deleteLater()
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
