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
    while page.hub.actions.reading:  # the log is read on the worker thread
        page.hub.actions.pool.waitForDone()
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


def measure_search_all(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """The same keystroke over every activity of a (many-person) dataset, for the growth table.

    The CE log's own model, filter and a table view hold all rows (the log page shows one
    person at a time, so the page itself is not used here).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    from rxtracker.services import AppPaths, activities, open_context, people
    from rxtracker.ui.models.activities import ActivityTableModel
    from rxtracker.ui.models.activity_proxy import ActivityFilterProxy

    app = QApplication.instance() or QApplication([])
    ctx = open_context(AppPaths.resolve(data_dir))
    everyone = people.list_people(ctx, include_inactive=True)
    rows = [a for p in everyone for a in activities.list_activities(ctx, p.id)]
    model, proxy, table, box = (
        ActivityTableModel(),
        ActivityFilterProxy(),
        QTableView(),
        QLineEdit(),
    )
    proxy.setSourceModel(model)
    box.textChanged.connect(proxy.set_text)
    table.setModel(proxy)
    table.verticalHeader().setDefaultSectionSize(24)
    model.set_rows(rows)
    table.resize(1200, 700)
    table.show()
    app.processEvents()
    titles = [a.title for a in rows]
    needle = NEEDLE_BEFORE + KEY

    def floor() -> float:
        return timed(lambda: [t for t in titles if needle in t])

    def value() -> float:
        box.setText(NEEDLE_BEFORE)
        app.processEvents()

        def keystroke() -> None:
            box.setText(needle)
            app.processEvents()

        return timed(keystroke)

    _, _, values, floors = alternate(value, floor, runs)
    ctx.close()
    return values, floors
