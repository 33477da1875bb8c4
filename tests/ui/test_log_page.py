"""The CE log and the activity dialog, driven with the mouse and keyboard."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rxtracker.db import database
from rxtracker.domain import Hours
from rxtracker.records import replace
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    PersonInput,
    activities,
    open_context,
    people,
)
from rxtracker.services.person_archive import export_person, import_person
from rxtracker.services.verification import verify_activity
from rxtracker.services.views import LogQuery, log_slice
from rxtracker.ui.dialogs.activity_dialog import CEUS, ActivityDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.activities import ActivityTableModel, Reader
from tests.conftest import make_pdf
from tests.ui.conftest import drop_file, settle

Window = Callable[[], MainWindow]


def _titles(window: MainWindow) -> list[str]:
    settle(window)
    proxy = window.log_page.model
    return [proxy.index(r, ActivityTableModel.TITLE).data() for r in range(proxy.rowCount())]


def _open_add_dialog(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_log_an_activity_by_uan_with_a_certificate(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.uan, "0197-0000-26-014-l05-t")
    assert "Live" in dialog.uan_note.text()
    assert "Patient safety (topic 05)" in dialog.uan_note.text()
    assert "technicians" in dialog.uan_note.text()
    assert dialog.category.currentText() == "ACPE-accredited CE"
    assert not dialog.save_button.isEnabled()
    assert "Enter the course title" in dialog.reasons.text()
    qtbot.keyClicks(dialog.title_edit, "Look-alike, sound-alike drugs")
    qtbot.keyClicks(dialog.provider, "SafeMeds Institute")
    qtbot.keyClicks(dialog.hours, "2.25")
    dialog.tags.set_checked("medication-errors")
    drop_file(dialog.certificate, make_pdf(tmp_path / "lasa.pdf"))
    assert "lasa.pdf (PDF" in dialog.certificate.label.text()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Look-alike, sound-alike drugs" in _titles(window)
    saved = next(a for a in activities.list_activities(ctx, ana) if a.title.startswith("Look"))
    assert (saved.uan, saved.topic, str(saved.hours)) == ("0197-0000-26-014-L05-T", "05", "2.25")
    assert saved.tags == ("medication-errors",)
    assert activities.certificate_path(ctx, saved.attachments[0].stored_name).exists()
    assert "Saved “Look-alike" in window.statusBar().currentMessage()


def test_a_malformed_uan_is_marked_on_the_field(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.uan, "0197-0000")
    assert dialog.uan_note.text().startswith("Keep typing")
    assert dialog.uan.property("invalid") is False
    qtbot.keyClicks(dialog.uan, "-25-01-H03-T")
    assert dialog.uan.property("invalid") is True
    assert "Part 4 (sequence number) is '01'" in dialog.uan_note.text()
    qtbot.keyClicks(dialog.title_edit, "Law")
    qtbot.keyClicks(dialog.hours, "1")
    assert not dialog.save_button.isEnabled()
    assert "Fix the UAN: part 4" in dialog.reasons.text()
    assert QApplication.activeModalWidget() is dialog  # no error box popped up
    dialog.uan.clear()
    assert dialog.save_button.isEnabled()


def test_ceus_are_converted_and_bad_hours_explained(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.title_edit, "College pharmacology")
    qtbot.keyClicks(dialog.hours, "0.15")
    dialog.unit.setCurrentText(CEUS)
    assert dialog.hours_note.text() == "= 1.5 hours"
    dialog.hours.setText("abc")
    assert "must be a number" in dialog.reasons.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.date.maximumDate().toPython() == dt.date.today()


def test_a_file_that_is_not_a_certificate_is_refused_with_the_reason(
    qtbot: QtBot, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a pdf")
    drop_file(dialog.certificate, notes)
    assert "is not a PDF, PNG or JPEG file" in dialog.certificate.label.text()
    assert "Choose another certificate file" in dialog.reasons.text()


def test_edit_by_double_click(qtbot: QtBot, ctx: Context, ana: int, make_window: Window) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    table = window.log_page.table
    row = _titles(window).index("Pharmacy law update")
    rect = table.visualRect(window.log_page.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.log_page.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit CE activity"
    assert dialog.uan.text() == "0197-0000-25-001-H03-T"
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Texas pharmacy law update")
    resets: list[bool] = []
    window.log_page.model.modelReset.connect(lambda: resets.append(True))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Texas pharmacy law update" in _titles(window)
    assert resets == []  # the saved row was updated in place, not every row read again
    assert window.log_page.selected().title == "Texas pharmacy law update"
    assert len(activities.list_activities(ctx, ana)) == 2


def test_an_edit_saves_its_fields_and_its_certificate_together_or_not_at_all(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    law = next(a for a in activities.list_activities(ctx, ana) if a.title == "Pharmacy law update")
    window.log_page.select_activity(law.id)
    window.log_page.edit_selected()
    dialog = window.log_page.dialog
    assert dialog is not None
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Texas pharmacy law update")
    pdf = make_pdf(tmp_path / "law.pdf")
    drop_file(dialog.certificate, pdf)
    pdf.unlink()  # gone before Save (moved away, a USB stick pulled out)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.reasons.text().startswith("Not saved: ")
    assert activities.get_activity(ctx, law.id).title == "Pharmacy law update"  # not half-saved


def test_delete_asks_and_ctrl_z_brings_it_back(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    page = window.log_page
    window.show_page("log")
    settle(window)
    page.select_activity(activities.list_activities(ctx, ana)[0].id)
    chosen = page.selected()
    assert chosen is not None
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and chosen.title in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert chosen.title in _titles(window)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert chosen.title not in _titles(window)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    settle(window)
    window.activateWindow()  # back from the confirmation box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen.title in _titles(window)
    assert activities.get_activity(ctx, chosen.id).uan == chosen.uan
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert chosen.title not in _titles(window)


def test_search_and_filters_are_instant(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    page = window.log_page
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "sterile")
    assert _titles(window) == ["Sterile compounding basics"]
    page.search.clear()
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("03"))
    assert _titles(window) == ["Pharmacy law update"]
    page.topic_filter.setCurrentIndex(0)
    page.format_filter.setCurrentIndex(page.format_filter.findData("live"))
    assert _titles(window) == ["Sterile compounding basics"]
    page.format_filter.setCurrentIndex(0)
    page.credential_filter.setCurrentIndex(1)
    assert page.cycle_filter.currentText().startswith("Current cycle")
    assert len(_titles(window)) == 2


def test_keyboard_only_logging(qtbot: QtBot, ctx: Context, ana: int, make_window: Window) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.uan.hasFocus)
    focus = QApplication.focusWidget
    qtbot.keyClicks(focus(), "0197-0000-26-020-H03-T")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focus(), "Texas law for technicians")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focus(), "Lone Star Pharmacy Education")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.date or dialog.date.isAncestorOf(focus())
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.hours
    qtbot.keyClicks(focus(), "1")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    titles = [a.title for a in activities.list_activities(ctx, ana)]
    assert "Texas law for technicians" in titles


def _reader(ctx: Context) -> Reader:
    """The model's reads done at once (the page does them on the worker thread)."""
    return lambda query, offset, limit, prepare, then: then(
        prepare(log_slice(ctx, query, offset, limit))
    )


def _model(ctx: Context, ana: int) -> ActivityTableModel:
    model = ActivityTableModel(_reader(ctx))
    model.set_query(LogQuery(ana))
    return model


def _shown(model: ActivityTableModel) -> list[str]:
    return [model.index(r, ActivityTableModel.TITLE).data() for r in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, ctx: Context, ana: int) -> None:
    qtmodeltester.check(_model(ctx, ana))


def test_rows_are_updated_added_and_removed_in_place(qtmodeltester, ctx: Context, ana: int) -> None:
    model = _model(ctx, ana)
    model.sort(ActivityTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.query is not None
    law, sterile = (model.row_at(r) for r in range(2))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))
    renamed = replace(law, title="Aseptic technique")
    fresh = log_slice(ctx, model.query, 0, 200)
    changed = replace(fresh, rows=(renamed, sterile))
    model.refresh(model.query, model.cells(changed, {law.id: "CPhT"}))
    assert _shown(model) == ["Aseptic technique", sterile.title]
    assert model.index(0, ActivityTableModel.COUNTS).data() == "CPhT"
    model.refresh(model.query, model.cells(replace(fresh, rows=(sterile,)), {}))
    assert (_shown(model), removed, resets) == ([sterile.title], [0], [])
    qtmodeltester.check(model)


def test_the_model_sorts_and_filters_in_sql_and_reads_a_screen_at_a_time(
    qtmodeltester, ctx: Context, ana: int
) -> None:
    model = ActivityTableModel(_reader(ctx))
    model.PAGE = 1  # one row a screen: the second is read when the view asks for more
    model.set_query(LogQuery(ana, sort="title", descending=False))
    assert _shown(model) == ["Pharmacy law update"] and model.canFetchMore()
    assert model.matching[0] == 2
    model.fetchMore()
    assert _shown(model) == ["Pharmacy law update", "Sterile compounding basics"]
    assert not model.canFetchMore()
    model.sort(ActivityTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert _shown(model) == ["Sterile compounding basics"]
    assert model.query is not None
    model.set_query(replace(model.query, words="LAW"))
    assert _shown(model) == ["Pharmacy law update"] and model.matching[0] == 1
    model.set_query(replace(model.query, words="", topic="07"))
    assert _shown(model) == ["Sterile compounding basics"]
    qtmodeltester.check(model)


def test_search_keeps_the_selected_activity_selected(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    page = window.log_page
    law = next(r for r in range(page.model.rowCount()) if "law" in page.model.row_at(r).title)
    page.table.selectRow(law)
    qtbot.keyClicks(page.search, "pharmacy")
    settle(window)  # the rows are read on the worker thread
    assert page.model.rowCount() == 1
    chosen = page.selected()
    assert chosen is not None and chosen.title == "Pharmacy law update"
    page.search.clear()
    settle(window)
    assert page.model.rowCount() == 2
    chosen = page.selected()
    assert chosen is not None and chosen.title == "Pharmacy law update"


def test_typing_and_deleting_in_the_search_box_narrows_and_widens(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    page = window.log_page
    qtbot.keyClicks(page.search, "L")
    assert sorted(_titles(window)) == ["Pharmacy law update", "Sterile compounding basics"]
    qtbot.keyClicks(page.search, "AW")
    assert _titles(window) == ["Pharmacy law update"]  # title and topic words
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    assert len(_titles(window)) == 2
    page.search.setText("l07")  # the UAN
    assert _titles(window) == ["Sterile compounding basics"]
    page.search.setText("compounding")
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("03"))
    assert _titles(window) == []
    page.search.clear()
    assert _titles(window) == ["Pharmacy law update"]


def test_a_check_reported_by_an_archive_is_not_shown_as_a_check_here(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    """Ana's records come back from another workplace where Dana Cole verified a course."""
    dana = people.add_person(ctx, PersonInput("Dana Cole")).value.id
    law = next(a for a in activities.list_activities(ctx, ana) if "law" in a.title)
    verify_activity(ctx, law.id, by_person_id=dana)
    archive = export_person(ctx, ana, tmp_path / "ana.zip").path
    here = open_context(AppPaths.resolve(tmp_path / "here"))
    try:
        import_person(here, archive)
        window = MainWindow(here)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("log")
        settle(window)
        proxy = window.log_page.model
        row = next(r for r in range(proxy.rowCount()) if "law" in _titles(window)[r])
        cell = proxy.index(row, ActivityTableModel.CHECKED)
        assert cell.data() == "Elsewhere"
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Not checked here; reported by the archive: verified by Dana Cole")
        assert tip.endswith("(checked at Dana Cole's workplace)")
        window.grab().save(str(tmp_path / "log.png"))
        window.close()
    finally:
        here.close()


def test_a_storage_error_during_delete_is_told_in_the_database_layers_words(
    qtbot: QtBot,
    ctx: Context,
    ana: int,
    make_window: Window,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1000)
    ctx.db.engine.dispose()  # new connections wait 1 s for the lock, not 15
    window = make_window()
    page = window.log_page
    window.show_page("log")
    settle(window)
    chosen = activities.list_activities(ctx, ana)[0]
    page.select_activity(chosen.id)
    other = sqlite3.connect(ctx.paths.database)  # another program holds the write lock
    try:
        other.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
        delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
        # deleted on the worker thread: told once it has waited for the lock in vain
        qtbot.waitUntil(lambda: window.hub.actions.problem_box is not None, timeout=10_000)
    finally:
        other.rollback()
        other.close()
    box = window.hub.actions.problem_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Another program kept rxtracker.sqlite3 busy for 1 seconds.")
    assert "Nothing was saved" in box.text()
    assert box.windowTitle() == f"Delete “{chosen.title}”: not done"
    assert chosen.title in _titles(window)  # still there, and still in the database
    assert activities.get_activity(ctx, chosen.id).title == chosen.title
    assert window.undo_stack.count() == 0


def test_the_summary_follows_the_search_and_no_matches_is_said(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    page = window.log_page
    assert page.summary.text().startswith("2 activities, ")
    qtbot.keyClicks(page.search, "law")
    settle(window)  # the summary comes with the rows, read on the worker thread
    assert page.summary.text().startswith("1 of 2 activities · ")
    assert page.table.isVisible() and not page.empty.isVisible()
    page.search.setText("nothing like this")
    settle(window)
    assert page.summary.text() == "0 of 2 activities · 0 hours"
    assert page.empty.isVisible() and page.empty.text().startswith("No matches")
    assert not page.table.isVisible() and page.search.isVisible()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)  # clear search and filters
    assert page.search.text() == ""
    settle(window)
    assert page.summary.text().startswith("2 activities, ") and page.table.isVisible()


def test_a_delete_removes_that_row_only_and_the_summary_follows(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    for n in range(1, 4):
        course = ActivityInput(f"Course {n}", dt.date.today() - dt.timedelta(days=n), Hours(100))
        activities.add_activity(ctx, ana, course)
    window = make_window()
    page = window.log_page
    window.show_page("log")
    settle(window)
    ids = [page.model.row_at(r).id for r in range(page.model.rowCount())]
    assert len(ids) == 5 and page.summary.text().startswith("5 activities, 6.5 hours in all")
    page.select_activity(ids[2])
    page.delete_selected()
    assert page.confirm_box is not None
    delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.hub.actions.running == 0)  # deleted on the worker thread
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == ids[:2] + ids[3:]
    settle(window)  # the rows read again once the table has painted
    assert not page.filling()
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == ids[:2] + ids[3:]
    assert page.summary.text().startswith("4 activities, 5.5 hours in all")
