"""The import dialog, driven like a person would: type a path, click, read the preview."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.exchange.fates import Fate, RowVerdict
from rxtracker.exchange.rows import ParsedActivity, RowText
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.ui import theme
from rxtracker.ui.hub import EventHub
from rxtracker.ui.import_dialog import ImportDialog
from rxtracker.ui.models.imports import ImportPreviewModel
from tests.conftest import db_dump
from tests.exchange.files import CPE_HEADERS, cpe_row, write_xlsx

TODAY = dt.date(2025, 9, 1)
HAND = "0197-0000-24-007-H01-T"


@pytest.fixture
def ana(ctx: Context) -> int:
    person = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    activities.add_activity(
        ctx, person, ActivityInput("Diabetes update", dt.date(2025, 6, 4), Hours(150), uan=HAND),
        today=TODAY,
    )  # fmt: skip
    return person


def _dialog(qtbot: QtBot, ctx: Context, person: int) -> ImportDialog:
    dialog = ImportDialog(ctx, EventHub(), person, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _next(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Press Next and wait: the file is read off the GUI thread."""
    with qtbot.waitSignal(dialog.hub.actions.settled):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def _shown(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_cpe_monitor_export_preview_then_import(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "CPEMonitor.xlsx",
        CPE_HEADERS,
        [
            cpe_row("05/15/2025", "0197-0000-24-001-H03-T", "Texas law update", home=1.5),
            cpe_row("06/04/2025", HAND, "Diabetes update", home=1.5),
            cpe_row("13/01/2025", "0197-0000-24-002-H05-T", "Bad date"),
        ],
    )
    dialog = _dialog(qtbot, ctx, ana)
    before = db_dump(ctx.paths.database)
    qtbot.keyClicks(dialog.file_edit, str(path))
    _next(qtbot, dialog)
    assert dialog.pages.currentIndex() == 2, dialog.error_label.text()
    assert db_dump(ctx.paths.database) == before  # the preview wrote nothing
    shown = _shown(dialog)
    assert [row[:2] + row[3:5] for row in shown] == [
        ["2", "Add", "May 15, 2025", "Texas law update"],
        ["3", "Merge", "Jun 4, 2025", "Diabetes update"],
        ["4", "Reject", "13/01/2025", "Bad date"],
    ]
    assert shown[2][2] == "Activity Date: '13/01/2025' is not a real calendar date"
    dialog.table.setFocus()
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualRect(dialog.model.index(2, 4)).center(),
    )
    assert dialog.detail_label.text() == (
        "Row 4: Reject: Activity Date: '13/01/2025' is not a real calendar date"
    )
    assert "Would be: 1 added, 1 merged, 0 skipped as duplicates, 1 rejected" in (
        dialog.summary_label.text()
    )
    assert dialog.import_button.text() == "Import 2 rows"
    if os.environ.get("RXTRACKER_SHOTS"):
        dialog.grab().save(str(Path(os.environ["RXTRACKER_SHOTS"]) / "import-preview.png"))
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args is not None and ana in signal.args[0].people
    assert dialog.pages.currentIndex() == 3
    assert dialog.done_label.text().startswith("Imported CPEMonitor.xlsx: 1 added, 1 merged")
    titles = sorted(a.title for a in activities.list_activities(ctx, ana))
    assert titles == ["Diabetes update", "Texas law update"]


def test_generic_csv_goes_through_the_mapping_step(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path: Path
) -> None:
    path = tmp_path / "my-ce.csv"
    path.write_text("Lesson,Finished,Len,Who\nWorkplace safety,07/04/2025,2,me\n")
    dialog = _dialog(qtbot, ctx, ana)
    qtbot.keyClicks(dialog.file_edit, str(path))
    _next(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1
    assert dialog.column_boxes[dialog_field("title")].currentText() == "(not in this file)"
    _next(qtbot, dialog)
    assert dialog.error_label.text() == "Date completed: no column chosen"
    for field, column in (("title", "Lesson"), ("date", "Finished"), ("hours", "Len")):
        box = dialog.column_boxes[dialog_field(field)]
        box.setFocus()
        qtbot.keyClicks(box, column)
        assert box.currentText() == column
    _next(qtbot, dialog)
    assert dialog.pages.currentIndex() == 2, dialog.error_label.text()
    assert [row[1:7] for row in _shown(dialog)] == [
        ["Add", "", "Jul 4, 2025", "Workplace safety", "", "2"]
    ]
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1  # back to the mapping, choices kept
    _next(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported):  # the import runs off the GUI thread
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Workplace safety" in [a.title for a in activities.list_activities(ctx, ana)]


def dialog_field(name: str) -> object:
    from rxtracker.exchange.mapping import Field

    return Field(name)


def test_a_bad_file_is_named_and_nothing_moves(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, ana)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # nothing to read
    assert dialog.error_label.text() == "Choose a file first (type its name, or click Browse…)"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook")
    qtbot.keyClicks(dialog.file_edit, str(fake))
    _next(qtbot, dialog)
    assert dialog.pages.currentIndex() == 0
    assert dialog.error_label.text() == "fake.xlsx is not an Excel workbook (.xlsx)"


def test_preview_model_passes_the_model_tester(qtmodeltester: object) -> None:
    activity = ParsedActivity("Law", "TPA", dt.date(2025, 1, 2), Hours(150), HAND)
    rows = [
        RowVerdict(2, RowText("01/02/2025", "Law", "TPA", "1.5", HAND), Fate.ADD, "new", activity),
        RowVerdict(3, RowText("bad", "X", "", "-1", ""), Fate.REJECT, "Live Hours: -1 is negative"),
        RowVerdict(4, RowText("", "Law", "", "", ""), Fate.DUPLICATE, "same", activity, 9),
    ]
    model = ImportPreviewModel()
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 2).data() == "Live Hours: -1 is negative"
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == theme.problem_colour()
    assert model.index(0, 6).data() == "1.5"
