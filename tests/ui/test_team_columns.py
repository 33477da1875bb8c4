"""Team columns are sized once per evaluation, from the whole team, and keep their width."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import settle


def _team(ctx: Context) -> None:
    today = dt.date.today()
    for name, days in (("Ana Ruiz", 20), ("Bartholomew Featherstonehaugh-Smith", 400), ("Cy", -40)):
        person = people.add_person(ctx, PersonInput(name, home_state="TX")).value
        expires = today + dt.timedelta(days=days)
        credentials.add_credential(ctx, person.id, CredentialInput("ptcb-cpht", expires))
        if days > 100:  # ahead of the even pace: on track, so the filter leaves him out
            done = ActivityInput(
                "Patient safety",
                today - dt.timedelta(days=3),
                Hours.parse("15"),
                uan="0197-0000-26-004-H05-T",
            )
            activities.add_activity(ctx, person.id, done)


def test_every_line_fits_its_column_and_a_filter_keeps_the_widths(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    settle(window)
    header = page.table.horizontalHeader()
    metrics = page.table.fontMetrics()
    model = page.model
    for column in range(model.columnCount()):
        lines = [
            line
            for row in range(model.rowCount())
            for line in str(model.index(row, column).data() or "").split("\n")
        ]
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        assert header.sectionSize(column) >= widest
    widths = [header.sectionSize(c) for c in range(model.columnCount())]
    page.not_on_track.setChecked(True)  # fewer people shown: the same widths
    qtbot.waitUntil(lambda: model.rowCount() < 3)
    assert [header.sectionSize(c) for c in range(model.columnCount())] == widths
