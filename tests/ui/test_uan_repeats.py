"""The activity form reads pasted UANs and asks before a UAN is logged twice in a cycle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, activities
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.widgets.date_edit import qdate
from tests.ui.conftest import TODAY
from tests.ui.test_already_recorded import Answers, answers  # noqa: F401 (fixture)

Window = Callable[[], MainWindow]


def _add_dialog(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    window.show_page("log")
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_uan_pasted_with_spaces_in_lower_case_is_read(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    dialog = _add_dialog(qtbot, make_window())
    qtbot.keyClicks(dialog.uan, "0204 0000 26 102 h03 t")
    assert dialog.uan_note.text().startswith("Home study")
    assert "law (topic 03)" in dialog.uan_note.text()
    dialog.uan.clear()
    qtbot.keyClicks(dialog.uan, "ACPE # JA4008162000026012H07T")
    assert "ompounding (topic 07)" in dialog.uan_note.text()


def test_the_same_uan_later_in_the_cycle_asks_then_shows_as_a_repeat(
    qtbot: QtBot,
    make_window: Window,
    ana: int,
    ctx: Context,
    answers: Answers,  # noqa: F811
) -> None:
    law = next(a for a in activities.list_activities(ctx, ana) if a.topic == "03")
    window = make_window()
    dialog = _add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.uan, (law.uan or "").replace("-", " ").lower())
    qtbot.keyClicks(dialog.title_edit, "Law update, taken again")
    qtbot.keyClicks(dialog.hours, "1.5")
    dialog.date.setDate(qdate(TODAY - dt.timedelta(days=2)))
    answers.yes = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [asked] = answers.asked
    assert asked.startswith(f"UAN {law.uan} is already logged in this PTCB Certified")
    assert "Pharmacy law update" in asked and asked.endswith("| Log it a second time?")
    assert "CPE Monitor records a UAN once per cycle" in asked
    assert len(activities.list_activities(ctx, ana)) == 2 and dialog.isVisible()
    answers.yes = True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(activities.list_activities(ctx, ana)) == 3
    window.show_page("dashboard")
    card = next(c for c in window.dashboard_page.cards if c.card.type_id == "ptcb-cpht")
    qtbot.waitUntil(lambda: "Repeat: Law update, taken again" in card.repeats_label.text())
    assert f"has the UAN {law.uan} of Pharmacy law update" in card.repeats_label.text()
    assert card.repeats_label.text().startswith("⚠ Repeat: ")
