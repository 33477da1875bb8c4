"""Start-up probe for the benchmarks: report the main window's first paint, then quit.

Enabled by the environment variable ``RXTRACKER_FIRST_PAINT_PROBE`` (any value; ``pages``
also shows every page once before quitting, so their data is loaded for memory figures).
The real entry point runs unchanged up to the first paint; nothing is written afterwards.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from rxtracker.ui.first_paint import AfterFirstPaint
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.pages import PAGES

ENV = "RXTRACKER_FIRST_PAINT_PROBE"
MARK = "rxtracker-first-paint"


def wanted() -> bool:
    """True when the benchmarks asked for the probe."""
    return bool(os.environ.get(ENV))


def install(window: MainWindow) -> None:
    """Print ``MARK`` once the window's first paint has been processed, then quit.

    With ``pages``, every page is shown once first, from a later turn of the event loop:
    the app's own after-first-paint work (garbage collection back on, the daily backup)
    runs before, as it would for a user clicking through the pages.
    """

    def painted() -> None:
        print(MARK, flush=True)
        QTimer.singleShot(0, show_pages if os.environ.get(ENV) == "pages" else quit_app)

    def show_pages() -> None:
        for spec in PAGES:
            window.show_page(spec.name)
            QApplication.processEvents()
        quit_app()

    def quit_app() -> None:
        sys.stdout.flush()
        QCoreApplication.exit(0)

    AfterFirstPaint(window, painted)
