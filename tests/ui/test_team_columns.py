"""Team columns are sized once per evaluation, from the whole team, and keep their width."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

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
from rxtracker.services.team import TeamRow
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


def test_a_change_to_one_person_evaluates_their_row_only_and_their_lines_still_fit(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    settle(window)
    assert page.whole is not None
    before = dict(zip(_names(page.whole.rows), page.whole.rows, strict=True))
    cy = before["Cy"].person
    longer = "Cyprian Alexander Montgomery-Whitfield"
    outcome = people.update_person(ctx, cy.id, PersonInput(longer, home_state="TX"))
    window.hub.publish(outcome.changes)  # as a save in the window announces it
    qtbot.waitUntil(lambda: page.whole is not None and longer in _names(page.whole.rows))
    settle(window)
    after = dict(zip(_names(page.whole.rows), page.whole.rows, strict=True))
    assert set(after) == {"Ana Ruiz", "Bartholomew Featherstonehaugh-Smith", longer}
    for name in ("Ana Ruiz", "Bartholomew Featherstonehaugh-Smith"):
        assert after[name] is before[name]  # not evaluated again
    assert after[longer] is not before["Cy"]
    assert longer in page.samples[""]  # the person column is measured with the new name
    metrics = page.table.fontMetrics()
    assert page.table.horizontalHeader().sectionSize(0) >= metrics.horizontalAdvance(longer)


def _names(rows: Iterable[TeamRow]) -> list[str]:
    return [row.person.name for row in rows]
