"""File ▸ Add from certificates: read many files, preview, correct, add them at once."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.services import Context, activities
from rxtracker.ui.certificate_batch_dialog import CertificateBatchDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.certificates import CertificatePreviewModel
from tests.conftest import db_dump
from tests.ui.conftest import drop_file


def _certificate(folder: Path, name: str, title: str, uan: str, day: str, hours: str) -> Path:
    lines = [
        "This certifies that Ana Ruiz",
        "has completed",
        title,
        "Provider: SafeMeds Institute",
        f"ACPE UAN: {uan}",
        f"Contact hours: {hours}",
        f"Date completed: {day}",
    ]
    return write_certificate_pdf(folder / name, lines)


def _year_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "CE 2026"
    folder.mkdir()
    _certificate(
        folder, "a-lasa.pdf", "Look-alike drugs", "0197-0000-26-014-H05-T", "03/02/2026", "1.5"
    )
    _certificate(folder, "b-law.pdf", "Texas law 2026", "0197-0000-26-020-H03-T", "04/10/2026", "2")
    _certificate(
        folder, "c-vaccines.pdf", "Vaccine storage", "0197-0000-26-031-H06-T", "05/05/2026", "1"
    )
    lines = [
        "This certifies that Ana Ruiz",
        "Immunization update",
        "Provider: VaxEd",
        "06/01/2026",
        "07/01/2026",
        "1 contact hour",
    ]
    write_certificate_pdf(folder / "d-unsure.pdf", lines)
    (folder / "notes.txt").write_text("not a certificate")
    return folder


def _dialog(qtbot: QtBot, ctx: Context, person: int) -> CertificateBatchDialog:
    dialog = CertificateBatchDialog(ctx, EventHub(), person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cells(model: CertificatePreviewModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(1, 7)] for r in range(model.rowCount())]


def test_three_certificates_added_through_the_preview(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path: Path, qtmodeltester
) -> None:
    folder = _year_folder(tmp_path)
    logged = activities.list_activities(ctx, ana)[0]  # the law update, by the same file
    activities.attach_certificate(ctx, logged.id, folder / "b-law.pdf")
    dialog = _dialog(qtbot, ctx, ana)
    before = db_dump(ctx.paths.database)
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=20_000):
        drop_file(dialog, folder)
    model = dialog.model
    qtmodeltester.check(model)
    assert db_dump(ctx.paths.database) == before  # reading wrote nothing
    safe = "SafeMeds Institute"
    assert _cells(model) == [
        ["a-lasa.pdf", "Look-alike drugs", safe, "03/02/2026", "1.5", "0197-0000-26-014-H05-T"],
        ["b-law.pdf", "Texas law 2026", safe, "04/10/2026", "2", "0197-0000-26-020-H03-T"],
        ["c-vaccines.pdf", "Vaccine storage", safe, "05/05/2026", "1", "0197-0000-26-031-H06-T"],
        ["d-unsure.pdf", "", "VaxEd", "06/01/2026", "1", ""],
    ]
    ticks = [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(4)]
    assert ticks == [
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
        Qt.CheckState.Checked,
        Qt.CheckState.Checked,
    ]
    note = model.index(1, model.NOTE).data()
    day = f"{logged.completed_on:%m/%d/%Y}"
    assert note.startswith(f"Already logged: the same file as {logged.title} ({day})")
    assert "activity" not in note  # the course in words, not an internal id
    assert "⚠ Please check: date" in model.index(3, model.NOTE).data()
    assert model.index(3, 4).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "please check"
    assert (
        "4 files, 4 read; 1 already logged (unticked); 1 with a field to check"
        in dialog.summary.text()
    )
    assert not dialog.add_button.isEnabled()
    assert dialog.problem.text() == "To add, fix d-unsure.pdf: title is empty"
    # The technician types the title the reader missed, corrects the unsure date, then adds.
    _edit_cell(qtbot, dialog, 3, 2, "Immunization update")
    _edit_cell(qtbot, dialog, 3, 4, "06/02/2026")
    assert "Please check" not in model.index(3, model.NOTE).data()
    assert dialog.add_button.text() == "Add 3 activities"
    with qtbot.waitSignal(dialog.added, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "Added 3 activities, each with its certificate:" in dialog.summary.text()
    assert "b-law.pdf: already logged (the same file as" in dialog.summary.text()
    added = {a.title: a for a in activities.list_activities(ctx, ana)}
    assert {"Look-alike drugs", "Vaccine storage", "Immunization update"} <= added.keys()
    assert added["Immunization update"].completed_on.isoformat() == "2026-06-02"
    assert [x.original_name for x in added["Look-alike drugs"].attachments] == ["a-lasa.pdf"]


def _edit_cell(
    qtbot: QtBot, dialog: CertificateBatchDialog, row: int, column: int, text: str
) -> None:
    """Double-click a cell, type over it and press Return, as a person would."""
    index = dialog.model.index(row, column)
    dialog.table.scrollTo(index)
    cell = dialog.table.visualRect(index).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    [editor] = [e for e in dialog.table.findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.index(row, column).data() == text)


def test_a_ticked_row_with_a_missing_field_keeps_add_disabled(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_certificate_pdf(
        folder / "no-hours.pdf", ["Ana Ruiz", "Provider: X", "Title line", "03/02/2026"]
    )
    dialog = _dialog(qtbot, ctx, ana)
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=20_000):
        dialog.read([folder / "no-hours.pdf"])
    assert not dialog.add_button.isEnabled()
    assert dialog.problem.text().startswith("To add, fix no-hours.pdf: ")


def test_the_same_course_twice_in_the_batch_is_unticked_once(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path: Path
) -> None:
    first = _certificate(tmp_path, "one.pdf", "Law", "0197-0000-26-020-H03-T", "04/10/2026", "2")
    copy = tmp_path / "copy.pdf"
    shutil.copy(first, copy)
    dialog = _dialog(qtbot, ctx, ana)
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=20_000):
        dialog.read([first, copy])
    assert (
        dialog.model.index(1, dialog.model.NOTE).data()
        == "Already logged: the same file as one.pdf, above"
    )
    assert dialog.add_button.text() == "Add 1 activity"
