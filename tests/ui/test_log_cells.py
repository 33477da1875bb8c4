"""The CE log's cells in Qt's own storage, made off the GUI thread; a delete's row goes at once."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, activities
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.activities import ID_ROLE, ActivityTableModel
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]
M = ActivityTableModel


def _log(window: MainWindow) -> ActivityTableModel:
    window.show_page("log")
    settle(window)
    return window.log_page.model


def test_each_cell_tells_what_the_row_shows(ctx: Context, ana: int, make_window: Window) -> None:
    model = _log(make_window())
    law = next(r for r in range(model.rowCount()) if model.row_at(r).title.startswith("Pharmacy"))
    row = model.row_at(law)

    def cell(column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(law, column).data(role)

    assert cell(M.TITLE) == "Pharmacy law update" and cell(M.HOURS) == "1.5"
    assert cell(M.DATE, ID_ROLE) == row.id
    assert cell(M.HOURS, Qt.ItemDataRole.TextAlignmentRole) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    )
    assert "UAN 0197-0000-25-001-H03-T" in str(cell(M.TITLE, Qt.ItemDataRole.ToolTipRole))
    assert cell(M.CHECKED, Qt.ItemDataRole.ToolTipRole) == row.verification_text
    assert cell(M.COUNTS) == "PTCB CPhT"  # the credential it counts toward, from the status
    assert cell(M.CERTIFICATE, Qt.ItemDataRole.DecorationRole) is None  # no certificate


def test_the_cells_of_a_search_are_made_on_the_worker_thread(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    model = _log(window)
    threads: list[str] = []
    made = model.cells

    def spied(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return made(*args, **kwargs)  # type: ignore[arg-type]

    model.cells = spied  # type: ignore[method-assign]
    qtbot.keyClicks(window.log_page.search, "law")
    settle(window)
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Pharmacy law update"]
    assert threads and threading.main_thread().name not in threads


def test_a_deleted_activity_leaves_the_table_at_once_without_a_reset(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    model, page = _log(window), window.log_page
    page.select_activity(model.row_at(0).id)
    chosen, other = model.row_at(0), model.row_at(1)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    page.delete_selected()
    assert page.confirm_box is not None
    delete = next(
        b
        for b in page.confirm_box.buttons()
        if page.confirm_box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    )
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.hub.actions.running == 0)  # deleted on the worker thread
    assert [model.row_at(r).id for r in range(model.rowCount())] == [other.id]
    assert model.matching[0] == 1
    settle(window)
    assert [model.row_at(r).id for r in range(model.rowCount())] == [other.id]
    assert resets == [] and chosen.id not in {a.id for a in activities.list_activities(ctx, ana)}


def test_the_undo_notice_watches_the_focused_widget_only(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    model, page = _log(window), window.log_page
    page.select_activity(model.row_at(0).id)
    page.delete_selected()
    assert page.confirm_box is not None
    delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    settle(window)
    notice = window.undo_notice
    assert notice.isVisible()
    window.activateWindow()  # back from the confirmation box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    undo = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert notice.eventFilter(page.search, undo)  # the focused field leaves Ctrl+Z to undo
    assert not notice.eventFilter(page.table, undo)  # any other widget: not watched


def test_a_longer_word_that_leaves_the_rows_as_they_were_repaints_nothing(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    model, page = _log(window), window.log_page
    qtbot.keyClicks(page.search, "pharm")
    settle(window)
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Pharmacy law update"]
    changes: list[str] = []
    model.modelReset.connect(lambda: changes.append("reset"))
    model.dataChanged.connect(lambda *_: changes.append("data"))
    model.rowsInserted.connect(lambda *_: changes.append("inserted"))
    qtbot.keyClicks(page.search, "acy law")
    settle(window)
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Pharmacy law update"]
    assert changes == [] and model.query is not None and model.query.words == "pharmacy law"
    assert page.summary.text().startswith("1 of 2 activities")
    qtbot.keyClicks(page.search, "x")  # nothing left: the rows go
    settle(window)
    assert model.rowCount() == 0 and not page.table.isVisibleTo(page)
