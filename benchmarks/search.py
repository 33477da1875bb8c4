"""search_stress: a keystroke in the real CE log page holding 200,000 activities.

The page, its model, its filter and its table are the app's own; the data folder holds one
person with 200,000 activities, so the CE log shows all of them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from benchmarks.measure import alternate, timed

NEEDLE_BEFORE = "la"  # typed (untimed) before each run
KEY = "w"  # the timed keystroke: "la" -> "law"


def measure_search(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """Alternating runs of one keystroke vs a plain substring scan over the titles."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rxtracker.services import AppPaths, open_context, people
    from rxtracker.ui.hub import EventHub
    from rxtracker.ui.pages.log_page import LogPage

    app = QApplication.instance() or QApplication([])
    ctx = open_context(AppPaths.resolve(data_dir))
    page = LogPage(ctx, EventHub(), QUndoStack())
    page.resize(1200, 760)
    page.set_person(people.list_people(ctx)[0].id)
    page.show()
    app.processEvents()
    total = page.proxy.rowCount()
    assert total >= 200_000, total
    con = sqlite3.connect(ctx.paths.database)
    titles = [t for (t,) in con.execute("SELECT title FROM activity")]
    con.close()
    needle = NEEDLE_BEFORE + KEY

    def floor() -> float:
        return timed(lambda: [t for t in titles if needle in t])

    def value() -> float:
        page.search.clear()
        QTest.keyClicks(page.search, NEEDLE_BEFORE)
        app.processEvents()

        def keystroke() -> None:
            QTest.keyClick(page.search, KEY)
            app.processEvents()

        seconds = timed(keystroke)
        assert 0 < page.proxy.rowCount() < total and page.search.text() == needle
        return seconds

    _, _, values, floors = alternate(value, floor, runs)
    page.close()
    ctx.close()
    return values, floors
