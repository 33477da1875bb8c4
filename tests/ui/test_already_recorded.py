"""The window asks where the CLI wants --same-name-ok or --again (issue 23)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, activities, people
from rxtracker.ui.dialogs.already import AlreadyRecordedQuestion
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.dialogs.person_dialog import PersonDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.widgets.date_edit import qdate
from tests.ui.conftest import settle


@dataclass
class Answers:
    """The questions asked, and the answer the person gives next."""

    asked: list[str] = field(default_factory=list)
    yes: bool = False


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Replace the question box (a modal dialog) by a recorded answer."""
    recorded = Answers()

    def ask(_cls: object, _parent: object, problem: str, question: str) -> bool:
        recorded.asked.append(f"{problem} | {question}")
        return recorded.yes

    monkeypatch.setattr(AlreadyRecordedQuestion, "ask", classmethod(ask))
    return recorded


def test_a_second_person_with_the_same_name_is_asked_about(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context, answers: Answers
) -> None:
    window = make_window()
    dialog = PeopleDialog(ctx, window.hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    answers.yes = False
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    [form] = [f for f in dialog.findChildren(PersonDialog) if f.isVisible()]
    qtbot.keyClicks(form.name, "ana ruiz")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [
        "Ana Ruiz is already recorded here (id 1) | Save a second person with this name?"
    ]
    assert len(people.list_people(ctx)) == 1 and form.isVisible()
    answers.yes = True
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz", "ana ruiz"]


def test_the_same_course_on_the_same_day_is_asked_about(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context, answers: Answers
) -> None:
    law = next(a for a in activities.list_activities(ctx, ana) if a.topic == "03")
    window = make_window()
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.uan, law.uan or "")
    qtbot.keyClicks(dialog.title_edit, "Pharmacy law update")
    qtbot.keyClicks(dialog.hours, "1.5")
    dialog.date.setDate(qdate(law.completed_on))
    answers.yes = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked[0].startswith(
        f"Pharmacy law update (UAN {law.uan}, {law.completed_on:%m/%d/%Y}) is already logged "
        f"as activity {law.id} | Log it a second time?"
    )
    assert len(activities.list_activities(ctx, ana)) == 2 and dialog.isVisible()
    answers.yes = True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(activities.list_activities(ctx, ana)) == 3
