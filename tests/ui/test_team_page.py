"""The Team page driven as a supervisor would: import a roster, filter, open a person,
verify an activity, read its history, export the team report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours, Verification, end_of_month
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.team import team_view
from rxtracker.ui.dialogs.verification import ReturnNote
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.team import CELL_ROLE, TeamTableModel
from rxtracker.ui.pages.team_page import ReportFile
from tests.ui.conftest import TODAY, settle


def _roster(tmp_path: Path) -> Path:
    soon = end_of_month(TODAY + dt.timedelta(days=20))  # 20 to 51 days away
    later = end_of_month(TODAY + dt.timedelta(days=400))
    path = tmp_path / "roster.csv"
    path.write_text(
        "Name,Email,Role,Home state,Credential type,Credential number,Expiration\n"
        f"Ana Ruiz,ana@example.com,technician,TX,tx-technician,T-1,{soon}\n"
        f"Bo Li,,technician,FL,fl-technician,F-2,{later}\n"
        "Cy Moss,,supervisor,TX,,,\n"
        "Dee Park,,technician,TX,ptcb-cpht,,\n"
    )
    return path


def _cell_index(window: MainWindow, person: str, type_id: str) -> tuple[int, int]:
    model = window.team_page.model
    assert model.view is not None
    column = 1 + [c.type_id for c in model.view.columns].index(type_id)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).person.name == person)
    return row, column


def test_supervisor_flow(
    qtbot: QtBot,
    ctx: Context,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people.add_person(ctx, PersonInput("Cy Moss", role="supervisor"))  # type: ignore[arg-type]
    window = make_window()
    team_row = window.nav_row("team")
    assert not window.nav.item(team_row).isHidden()  # a supervisor, alone: the roster is next
    # Import a roster (preview first, then Import).
    window.nav.setCurrentRow(team_row)
    window.team_page.reload_now()
    qtbot.mouseClick(window.team_page.import_button, Qt.MouseButton.LeftButton)
    dialog = window.team_page.dialog
    assert dialog is not None
    dialog.load(_roster(tmp_path))
    assert dialog.summary.text() == "If you import: 2 added, 0 merged, 1 skipped, 1 rejected."
    assert dialog.model.data(dialog.model.index(3, 4)).startswith("Expires: PTCB CPhT renews")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.nav.item(team_row).isHidden())
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    # Filter the grid to "due within 60 days".
    page.window_filter.setCurrentIndex(page.window_filter.findText("Due within 60 days"))
    qtbot.waitUntil(lambda: not page.refilter.isActive())  # applied the turn after
    assert [page.model.row_at(r).person.name for r in range(page.model.rowCount())] == ["Ana Ruiz"]
    assert page.summary.text().startswith(
        "1 person · 1 person needs attention (credentials: 1 due within 60 days"
    )
    row, column = _cell_index(window, "Ana Ruiz", "tx-technician")
    text = page.model.data(page.model.index(row, column))
    assert text.split("\n")[0] in ("At risk", "On track") and "days left" in text
    # Open the person from the grid: the dashboard shows Ana; the switcher goes back.
    ana = people.find_person(ctx, "Ana Ruiz").id
    activity = activities.add_activity(
        ctx, ana, ActivityInput("Texas law", TODAY - dt.timedelta(days=3), Hours.parse("1"))
    ).value
    index = page.table.model().index(row, column)
    where = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page() is page and page.person_panel.name.text() == "Ana Ruiz"
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page().name == "dashboard"
    assert window.person_combo.currentText() == "Ana Ruiz"
    # Verify the activity in the CE log, as Cy.
    window.show_page("team")
    page.acting.setCurrentIndex(page.acting.findText("Cy Moss"))
    window.show_page("log")
    settle(window)
    log = window.log_page
    log.reload_now()
    log.select_activity(activity.id)
    qtbot.mouseClick(log.checks.verify_button, Qt.MouseButton.LeftButton)
    checked = activities.get_activity(ctx, activity.id)
    assert (checked.verification, checked.verified_by_name) == (Verification.VERIFIED, "Cy Moss")
    settle(window)
    shown = log.model.data(log.model.index(log.model.row_of(activity.id) or 0, 9))
    assert shown == "Verified"
    # Send it back with a note, then read the history (read-only).
    log.select_activity(activity.id)
    monkeypatch.setattr(ReturnNote, "ask", classmethod(lambda cls, parent, title: "Wrong date"))
    qtbot.mouseClick(log.checks.return_button, Qt.MouseButton.LeftButton)
    assert activities.get_activity(ctx, activity.id).verification_note == "Wrong date"
    log.select_activity(activity.id)
    qtbot.mouseClick(log.checks.history_button, Qt.MouseButton.LeftButton)
    history = log.checks.history
    assert history is not None
    qtbot.waitExposed(history)
    model = history.model
    said = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert [sentence.split()[0] for sentence in said] == ["Added", "Changed", "Changed"]
    assert model.data(model.index(1, 1)) == "Cy Moss"
    assert "the verification from verified to sent back" in said[2]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    history.close()
    # Export the team report (PDF and CSV).
    window.show_page("team")
    for name in ("team.pdf", "team.csv"):
        target = tmp_path / name
        monkeypatch.setattr(ReportFile, "ask", classmethod(lambda cls, parent, t=target: t))
        qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=60_000)  # written on the worker thread
        qtbot.waitUntil(lambda: window.hub.actions.running == 0, timeout=60_000)
    text = " ".join(PdfReader(tmp_path / "team.pdf").pages[0].extract_text().split())
    assert "Team compliance report" in text and "Ana Ruiz" in text
    assert "Texas pharmacy technician registration" in (tmp_path / "team.csv").read_text(
        encoding="utf-8-sig"
    )


def test_team_model_passes_the_model_tester(
    qtmodeltester,
    ctx: Context,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from rxtracker.services.roster import commit_roster, preview_roster

    commit_roster(ctx, preview_roster(ctx, _roster(tmp_path)))
    model = TeamTableModel()
    model.set_view(team_view(ctx, TODAY))
    qtmodeltester.check(model)
    cell = model.data(model.index(0, 1), CELL_ROLE)
    assert cell is None or cell.type_id
    model.sort(1)
    model.sort(-1)
    qtmodeltester.check(model)


def test_a_change_to_one_person_evaluates_only_that_person_again(
    qtbot: QtBot,
    ctx: Context,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rxtracker.services import team

    people.add_person(ctx, PersonInput("Cy Moss", role="supervisor"))  # type: ignore[arg-type]
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    asked: list[object] = []
    evaluate = team.team_status
    monkeypatch.setattr(
        team,
        "team_status",
        lambda *args, **kw: asked.append(kw.get("people")) or evaluate(*args, **kw),
    )
    course = ActivityInput("Law update", TODAY - dt.timedelta(days=3), Hours.parse("2"))
    window.hub.actions.run(window, "Log", lambda: activities.add_activity(ctx, ana.id, course))
    settle(window)
    assert asked == [frozenset({ana.id})]
    window.show_page("dashboard")  # hidden: the next change waits for the next visit
    window.hub.actions.run(window, "Log", lambda: activities.add_activity(ctx, ana.id, course))
    window.show_page("team")
    settle(window)
    assert asked == [frozenset({ana.id}), {ana.id}]
    assert page.model.rowCount() == 2 and page.whole == team_view(ctx)
