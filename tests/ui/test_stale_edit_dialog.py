"""Two people editing one record: the desktop form refuses the second save and keeps what was
typed (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import AppPaths, Context, activities, open_context
from rxtracker.services.activities import ActivityInput
from rxtracker.services.history import record_history
from rxtracker.ui.main_window import MainWindow

Window = Callable[[], MainWindow]


def test_the_edit_form_says_who_changed_the_course_since_it_was_opened(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    window.show_page("log")
    law = next(a for a in activities.list_activities(ctx, ana) if a.title == "Pharmacy law update")
    window.log_page.select_activity(law.id)
    window.log_page.edit_selected()
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    elsewhere = open_context(AppPaths.resolve(ctx.paths.data_dir))  # another computer
    try:
        theirs = ActivityInput(law.title, law.completed_on, law.hours, uan=law.uan, notes="x")
        activities.update_activity(elsewhere, law.id, theirs, version=law.version)
    finally:
        elsewhere.close()
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Texas pharmacy law update")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reopen" in dialog.reasons.text())
    [entry] = _history(ctx, law.id)[-1:]
    assert dialog.isVisible()
    assert dialog.reasons.text() == (
        f"Not saved: This activity was changed by {entry} since you opened it; "
        "reopen to see it. Nothing was saved."
    )
    assert dialog.title_edit.text() == "Texas pharmacy law update"  # what was typed stays
    kept = activities.get_activity(ctx, law.id)
    assert (kept.title, kept.notes) == ("Pharmacy law update", "x")
    qtbot.wait(100)
    dialog.grab().save(str(tmp_path / "stale.png"))


def _history(ctx: Context, activity_id: int) -> list[str]:
    """'LOGIN at YYYY-MM-DD HH:MM UTC' of each change of the activity, oldest first."""
    return [
        f"{e.app_user} at {e.changed_at:%Y-%m-%d %H:%M} UTC"
        for e in record_history(ctx, "activity", activity_id)
    ]
