"""The dashboard's plan and "What to take next" (issue 16), read the way a technician reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours, end_of_month
from rxtracker.services import ActivityInput, Context, CredentialInput, activities, credentials
from rxtracker.services.wording import suggestion_title
from rxtracker.ui.main_window import MainWindow

Window = Callable[[], MainWindow]


def test_each_card_has_its_plan_and_the_chart_draws_it(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    [card] = window.dashboard_page.cards
    plan = card.findChild(QLabel, "planSentence")
    assert plan is not None
    qtbot.waitUntil(plan.isVisible)  # a card built after the page's read shows on the next turn
    text = plan.text()
    assert text.startswith("<b>Your plan:</b> Take about ")
    assert text.endswith("; take patient safety (1 hour) first.")  # the topic in plain words
    assert "-" not in text.split("by ")[1][:12]  # the date is written in words, not ISO
    assert card.chart.plan and card.chart.plan[0][1] == card.card.pace.earned
    assert card.chart.plan[-1][1] == card.card.pace.earned + Hours.parse("16.5")
    assert "Take about" in card.chart.toolTip()


def test_what_to_take_next_lists_the_courses_that_count_twice(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    texas = end_of_month(dt.date.today() + dt.timedelta(days=400))
    credentials.add_credential(ctx, ana, CredentialInput("tx-technician", texas))
    window = make_window()
    panel = window.dashboard_page.next_panel
    assert panel.isVisible()
    titles = [suggestion_title(s) for s in panel.suggestions]
    assert titles[0] == "1 hour of ACPE patient safety (topic 05, for technicians)"
    assert any(t.startswith("1 hour of ACPE CE on Texas pharmacy law") for t in titles)
    shown = panel.text.text()
    assert "Counts for your PTCB CPhT patient safety (1 hour still needed)" in shown
    assert "TX technician" in shown
    # shown in plain words: no tag ids, no "UAN ending -T" (issue 19, defect 4)
    assert "1 hour of patient safety (ACPE topic 05)" in shown
    assert "1 hour on Texas pharmacy law" in shown
    assert "An ACPE course for pharmacy technicians" in shown
    assert "tag it" not in shown and "UAN ending" not in shown and "texas-law" not in shown


def test_nothing_to_take_hides_the_panel_and_the_plan(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    today = dt.date.today()
    for title, hours, uan in (
        ("Safety", "1", "0197-0000-25-010-H05-T"),
        ("Therapy", "16", "0197-0000-25-011-H01-T"),
    ):
        activities.add_activity(
            ctx,
            ana,
            ActivityInput(title, today - dt.timedelta(days=5), Hours.parse(hours), uan=uan),
        )
    window = make_window()
    assert not window.dashboard_page.next_panel.isVisible()
    [card] = window.dashboard_page.cards
    assert card.findChild(QLabel, "planSentence") is None
    assert card.chart.plan == ()
