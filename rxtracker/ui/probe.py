"""Start-up probe for the benchmarks: report the main window's first paint, then quit.

Enabled by the environment variable ``RXTRACKER_FIRST_PAINT_PROBE`` (any value; ``pages``
also shows every page once before quitting, so their data is loaded for memory figures).
The real entry point runs unchanged up to the first paint; nothing is written afterwards.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from rxtracker.ui.main_window import MainWindow

ENV = "RXTRACKER_FIRST_PAINT_PROBE"
MARK = "rxtracker-first-paint"


def wanted() -> bool:
    """True when the benchmarks asked for the probe."""
    return bool(os.environ.get(ENV))


class FirstPaintProbe(QObject):
    """Prints ``MARK`` once the window's first paint has been processed, then quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # Runs after this paint (and the children's, done in the same pass) is finished.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        print(MARK, flush=True)
        if os.environ.get(ENV) == "pages":
            for page in self.window.pages:
                self.window.show_page(page.name)
                QApplication.processEvents()
        sys.stdout.flush()
        QCoreApplication.exit(0)
