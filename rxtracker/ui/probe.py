"""Start-up probe for the benchmarks: report the main window's first paint, then quit.

Enabled by the environment variable ``RXTRACKER_FIRST_PAINT_PROBE``: any value reports
the window's first paint (its frame, painted before the records are opened); ``records``
the first paint once the records are shown in it (the first page filled); ``pages`` also
shows every page once after that before quitting, so their data is loaded for memory
figures. The real entry point runs unchanged up to the mark; nothing is written afterwards.
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
    """Print ``MARK`` once the window's asked-for paint has been processed, then quit.

    With ``pages``, every page is shown once first, from a later turn of the event loop:
    the app's own after-first-paint work (garbage collection back on, the daily backup)
    runs before, as it would for a user clicking through the pages.
    """
    mode = os.environ.get(ENV)

    def painted() -> None:
        print(MARK, flush=True)
        QTimer.singleShot(0, show_pages if mode == "pages" else quit_app)

    def show_pages() -> None:
        for spec in PAGES:
            window.show_page(spec.name)
            QApplication.processEvents()
        quit_app()

    def quit_app() -> None:
        sys.stdout.flush()
        QCoreApplication.exit(0)

    if mode in ("records", "pages") and not window.attached:
        window.opened.connect(lambda: AfterFirstPaint(window, painted))
    else:
        AfterFirstPaint(window, painted)
