"""A change made by another program refreshes only what it touched (issue 24)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, PersonInput, activities, open_context, people
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.activities import ActivityTableModel
from tests.ui.conftest import settle

RECENT = dt.date.today() - dt.timedelta(days=5)


@pytest.fixture
def other(ctx: Context) -> Iterator[Context]:
    """Another program on the same records (its own connection)."""
    elsewhere = open_context(ctx.paths)
    yield elsewhere
    elsewhere.close()


def test_a_course_logged_elsewhere_evaluates_only_its_person_on_the_team_page(
    qtbot: QtBot,
    ctx: Context,
    other: Context,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rxtracker.services import team

    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    people.add_person(ctx, PersonInput("Bo Chen", home_state="TX"))
    window = make_window()
    window.watcher.timer.stop()  # the test looks when it has made its change
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    asked: list[object] = []
    evaluate = team.team_status
    monkeypatch.setattr(
        team, "team_status", lambda *a, **kw: asked.append(kw.get("people")) or evaluate(*a, **kw)
    )
    switcher = window.person_combo
    switcher_items = [switcher.itemText(n) for n in range(switcher.count())]
    activities.add_activity(other, ana, ActivityInput("Law update", RECENT, Hours.parse("2")))
    assert window.watcher.poll()
    settle(window)
    assert asked == [frozenset({ana})]  # Bo is not evaluated again
    assert page.whole == team.team_view(ctx)
    assert [switcher.itemText(n) for n in range(switcher.count())] == switcher_items
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def test_a_course_edited_elsewhere_updates_its_row_in_the_open_log(
    qtbot: QtBot,
    ctx: Context,
    other: Context,
    make_window: Callable[[], MainWindow],
    ana: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rxtracker.ui.pages import log_page

    window = make_window()
    window.watcher.timer.stop()
    window.show_page("log")
    settle(window)
    page = window.log_page
    read = log_page.log_view
    asked: list[object] = []
    monkeypatch.setattr(
        log_page,
        "log_view",
        lambda *a: asked.append(a[-1]) or read(*a),  # limit: how many rows
    )
    row = activities.list_activities(other, ana)[0]
    changed = ActivityInput("Retitled elsewhere", row.completed_on, row.hours, uan=row.uan)
    activities.update_activity(other, row.id, changed)
    assert window.watcher.poll()
    settle(window)
    model = page.model
    titles = [model.index(r, ActivityTableModel.TITLE).data() for r in range(model.rowCount())]
    assert "Retitled elsewhere" in titles
    assert asked == [page.model.PAGE]  # the rows shown read again, not the whole log
