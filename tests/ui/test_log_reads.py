"""The CE log reads off the GUI thread: one read in flight, the latest query superseding."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from rxtracker.services.views import log_slice
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.pages import log_page
from tests.ui.conftest import settle


def test_a_typed_word_reads_at_most_twice_and_shows_the_last_answer(
    qtbot: QtBot, ana: int, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    page = window.log_page
    asked: list[str] = []

    def counted(ctx: Any, query: Any, *rest: Any) -> Any:
        asked.append(query.words)
        return log_slice(ctx, query, *rest)

    monkeypatch.setattr(log_page, "log_slice", counted)
    qtbot.keyClicks(page.search, "pharmacy")  # eight keystrokes before the loop runs again
    assert page.reads.busy
    settle(window)
    assert asked == ["p", "pharmacy"]  # the one in flight, then the latest; none in between
    assert page.model.rowCount() == 1 and page.summary.text().startswith("1 of 2 activities")


def test_no_summary_is_read_when_nothing_narrows_the_log(
    qtbot: QtBot, ana: int, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    page = window.log_page
    qtbot.keyClicks(page.search, "law")
    settle(window)
    known: list[object] = []

    def counted(ctx: Any, query: Any, offset: int, limit: int, given: Any) -> Any:
        known.append(given)
        return log_slice(ctx, query, offset, limit, given)

    monkeypatch.setattr(log_page, "log_slice", counted)
    page.search.clear()
    settle(window)
    assert known == [(page.view.count, page.view.total)] if page.view else False
    assert page.summary.text().startswith("2 activities, ")
