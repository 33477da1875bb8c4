"""Certificate files of deleted activities leave the data folder once the delete cannot be
undone any more: when the undo window closes, or at the next start for older leftovers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.__main__ import main
from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    PersonInput,
    activities,
    open_context,
    people,
)
from rxtracker.ui.main_window import MainWindow
from tests.conftest import make_pdf
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def _with_certificate(ctx: Context, person: int, title: str, pdf: Path) -> Path:
    data = ActivityInput(title, dt.date.today() - dt.timedelta(days=5), Hours.parse("1"))
    row = activities.add_activity(ctx, person, data, certificate=pdf).value
    return activities.certificate_path(ctx, row.attachments[0].stored_name)


def _delete_in_the_log(qtbot: QtBot, window: MainWindow, title: str) -> None:
    page = window.log_page
    window.show_page("log")
    settle(window)
    page.select_activity(
        next(
            a.id
            for a in activities.list_activities(window.ctx, window.person_id or 0)
            if a.title == title
        )
    )
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)


def test_files_stay_while_undoable_and_go_when_the_undo_window_closes(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    ben = people.add_person(ctx, PersonInput("Ben Ode", home_state="TX")).value.id
    own = _with_certificate(ctx, ana, "Law", make_pdf(tmp_path / "law.pdf", "Law"))
    shared_pdf = make_pdf(tmp_path / "safety.pdf", "Safety")
    shared = _with_certificate(ctx, ana, "Safety", shared_pdf)
    assert _with_certificate(ctx, ben, "Safety too", shared_pdf) == shared  # one stored file
    window = make_window()
    window.person_combo.setCurrentIndex(window.person_combo.findData(ana))
    _delete_in_the_log(qtbot, window, "Law")
    _delete_in_the_log(qtbot, window, "Safety")
    assert own.exists() and shared.exists()  # Ctrl+Z can still bring them back
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Safety back
    window.person_combo.setCurrentIndex(window.person_combo.findData(ben))  # the window closes
    assert not own.exists()  # nothing points to it, and no undo can
    assert shared.exists()  # Safety came back, and Ben's record points to it anyway
    assert window.undo_stack.count() == 0


def test_older_leftovers_go_at_start_up(tmp_path: Path, qtbot: QtBot) -> None:
    data = tmp_path / "d"
    ctx = open_context(AppPaths.resolve(data))
    try:
        ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
        kept = _with_certificate(ctx, ana, "Law", make_pdf(tmp_path / "law.pdf", "Law"))
        left = _with_certificate(ctx, ana, "Safety", make_pdf(tmp_path / "s.pdf", "Safety"))
        gone = next(a for a in activities.list_activities(ctx, ana) if a.title == "Safety")
        activities.delete_activity(ctx, gone.id)  # as `ce delete` does: no undo window
    finally:
        ctx.close()
    assert left.exists()
    assert main(["--data-dir", str(data), "--screenshot", str(tmp_path / "s.png")]) == 0
    assert kept.exists() and not left.exists()
