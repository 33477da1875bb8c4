"""The CE log's search, typed into the real page (its model reads a screen of rows in SQL).

- search_stress: one keystroke ("la" -> "law") with one person holding 200,000 activities;
- search_personal: every keystroke of a phrase typed letter by letter, at 1,000, 10,000 and
  50,000 activities of one person (the median keystroke of each run), and how it grows.

The page reads rows on the worker thread, so a keystroke's cost on the GUI thread is in two
parts: the key handled (``QTest.keyClick`` and the event loop run once), then, once the
worker has read the rows (the GUI idle meanwhile, untimed), the event loop run until they
are shown (the model reset) and once more for the repaint they bring (Qt paints in the
event loop's next pass). search_personal counts both; search_stress times the key and the
rows shown, worker included (what the person waits for).

The floor is a plain Python substring scan of every title for the same word.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
from pathlib import Path
from typing import Any

from benchmarks.measure import alternate, timed

NEEDLE_BEFORE = "la"  # typed (untimed) before each run
KEY = "w"  # the timed keystroke: "la" -> "law"
PHRASE = "patient safety"  # typed letter by letter, each keystroke timed


def _open_page(data_dir: Path) -> tuple[Any, Any, Any]:
    """The app's own CE log page on the first person, its rows read; (app, ctx, page)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
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
    _settle(app, page)  # the first rows are read on the worker thread
    return app, ctx, page


def _settle(app: Any, page: Any) -> None:
    """Run the event loop until the page's reads have arrived and been shown."""
    while page.hub.actions.reading:
        page.hub.actions.pool.waitForDone()
        app.processEvents()


def _shown(app: Any, page: Any) -> None:
    """The rows read shown, and the repaint they bring."""
    _settle(app, page)
    app.processEvents()


def _title_scan(database: Path, needle: str) -> Any:
    con = sqlite3.connect(database)
    titles = [t for (t,) in con.execute("SELECT title FROM activity")]
    con.close()
    return lambda: timed(lambda: [t for t in titles if needle in t])


def measure_search(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """Alternating runs of one keystroke vs a plain substring scan over the titles."""
    from PySide6.QtTest import QTest

    app, ctx, page = _open_page(data_dir)
    total = page.view.count
    assert total >= 200_000, total
    needle = NEEDLE_BEFORE + KEY

    def value() -> float:
        page.search.clear()
        QTest.keyClicks(page.search, NEEDLE_BEFORE)
        app.processEvents()

        def keystroke() -> None:
            QTest.keyClick(page.search, KEY)
            app.processEvents()
            _settle(app, page)

        seconds = timed(keystroke)
        assert 0 < page.model.matching[0] < total and page.search.text() == needle
        return seconds

    _, _, values, floors = alternate(value, _title_scan(ctx.paths.database, needle), runs)
    page.close()
    ctx.close()
    return values, floors


def measure_typing(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """Per run, the median keystroke of PHRASE typed into the page, vs the title scan."""
    from PySide6.QtTest import QTest

    app, ctx, page = _open_page(data_dir)

    def value() -> float:
        page.search.clear()
        _settle(app, page)
        keystrokes = []
        for letter in PHRASE:

            def keystroke(letter: str = letter) -> None:
                QTest.keyClick(page.search, letter)
                app.processEvents()

            key = timed(keystroke)
            page.hub.actions.pool.waitForDone()  # the worker reads; the GUI thread is idle
            keystrokes.append(key + timed(lambda: _shown(app, page)))
        assert page.search.text() == PHRASE and 0 < page.model.matching[0] < page.view.count
        return statistics.median(keystrokes)

    _, _, values, floors = alternate(value, _title_scan(ctx.paths.database, "safety"), runs)
    page.close()
    ctx.close()
    return values, floors
