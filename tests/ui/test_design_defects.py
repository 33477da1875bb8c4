"""Issue 19's defects, each typed and clicked as a person would (numbers from the issue)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import end_of_month
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import TODAY


def _team(ctx: Context) -> None:
    """Two technicians, a lead and a supervisor, each with a PTCB CPhT."""
    expires = end_of_month(TODAY + dt.timedelta(days=200))
    for name, role in (
        ("Ana Ruiz", "technician"),
        ("Bo Li", "technician"),
        ("Sam Patel", "lead"),
        ("Dana Cole", "supervisor"),
    ):
        person = people.add_person(ctx, PersonInput(name, role=role, home_state="TX")).value  # type: ignore[arg-type]
        credentials.add_credential(ctx, person.id, CredentialInput("ptcb-cpht", expires))


def test_1_team_role_filter_shows_the_people_of_that_role(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.role_filter.setFocus()
    for key, expected, count in (
        (Qt.Key.Key_Down, {"Ana Ruiz", "Bo Li"}, "2 people"),
        (Qt.Key.Key_Down, {"Sam Patel"}, "1 person"),
        (Qt.Key.Key_Down, {"Dana Cole"}, "1 person"),
    ):
        qtbot.keyClick(page.role_filter, key)
        names = {page.model.row_at(r).person.name for r in range(page.model.rowCount())}
        assert names == expected
        assert page.summary.text().startswith(count)
