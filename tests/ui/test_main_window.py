"""The main window opens on real data."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models import ActivityTableModel


def test_shows_the_ce_log(qtbot: QtBot, ctx: Context) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value
    activities.add_activity(
        ctx,
        ana.id,
        ActivityInput(
            "Law update", dt.date(2026, 1, 5), Hours.parse("1.5"), uan="0197-0000-25-001-H03-T"
        ),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    model = window.table.model()
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Law update"
    assert model.index(0, 3).data() == "1.5"
    assert "Ana Ruiz" in window.heading.text()


def test_activity_model_passes_the_model_tester(qtmodeltester, ctx: Context) -> None:
    ana = people.add_person(ctx, PersonInput("Ana")).value
    for day in (1, 2, 3):
        activities.add_activity(
            ctx, ana.id, ActivityInput(f"Course {day}", dt.date(2026, 1, day), Hours(100))
        )
    model = ActivityTableModel()
    model.set_rows(activities.list_activities(ctx, ana.id))
    qtmodeltester.check(model)
