"""The open window shows what another program changed, within two seconds (issue 23)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, activities
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.activities import ActivityTableModel
from tests.ui.conftest import settle

RECENT = dt.date.today() - dt.timedelta(days=10)


def _titles(window: MainWindow) -> list[str]:
    settle(window)
    proxy = window.log_page.model
    return [proxy.index(r, ActivityTableModel.TITLE).data() for r in range(proxy.rowCount())]


def _cli(ctx: Context, *argv: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "rxtracker", "--data-dir", str(ctx.paths.data_dir), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_an_activity_added_by_the_cli_shows_in_the_open_log(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    assert "Added from the terminal" not in _titles(window)
    _cli(ctx, "ce", "add", "Ana Ruiz", "--title", "Added from the terminal",
         "--date", f"{RECENT:%m/%d/%Y}", "--hours", "1")  # fmt: skip
    qtbot.waitUntil(lambda: "Added from the terminal" in _titles(window), timeout=2000)
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def test_the_windows_own_change_does_not_reload_twice(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    window.watcher.timer.stop()
    page = window.log_page
    row = activities.list_activities(ctx, ana)[0]
    window.hub.actions.run(window, "Delete", lambda: activities.delete_activity(ctx, row.id))
    reloads = page.reload_count
    assert window.watcher.poll() is False
    assert page.reload_count == reloads


def test_f5_reads_everything_again(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    window.watcher.timer.stop()
    data = ActivityInput("Written behind the window's back", RECENT, Hours.parse("1"))
    activities.add_activity(ctx, ana, data)
    assert "Written behind the window's back" not in _titles(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    written = "Written behind the window's back"
    qtbot.waitUntil(lambda: written in _titles(window))  # the log is read off the UI thread


def test_a_closed_window_stops_looking(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert window.watcher.timer.isActive()
    window.close()
    assert not window.watcher.timer.isActive()


def test_polling_stops_quietly_when_the_records_are_gone(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ctx: Context
) -> None:
    """A removed disk or deleted folder must not raise an error dialog every second."""
    import shutil

    window = make_window()
    watcher = window.watcher
    ctx.db.close()
    shutil.rmtree(ctx.paths.data_dir)
    assert watcher.poll() is False
    assert not watcher.timer.isActive()
