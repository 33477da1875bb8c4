"""The CE log's table is not repainted when its window is (de)activated for nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from typing_extensions import override

from rxtracker.ui.widgets.steady_table import SteadyTable


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _painted_on_deactivation(qtbot: QtBot, table: QTableView) -> int:
    model = QStandardItemModel(0, 3, table)
    for row in range(20):
        model.appendRow([QStandardItem(f"cell {row}.{column}") for column in range(3)])
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    paints = _Paints()
    table.viewport().installEventFilter(paints)
    QApplication.processEvents()
    paints.count = 0
    for kind in (QEvent.Type.WindowDeactivate, QEvent.Type.WindowActivate):
        QApplication.sendEvent(table, QEvent(kind))
        QApplication.processEvents()
    return paints.count


def test_a_plain_table_repaints_on_deactivation_the_steady_one_does_not(qtbot: QtBot) -> None:
    assert _painted_on_deactivation(qtbot, QTableView()) > 0  # what SteadyTable avoids
    assert _painted_on_deactivation(qtbot, SteadyTable()) == 0


def test_the_steady_table_repaints_when_the_inactive_colours_differ(qtbot: QtBot) -> None:
    table = SteadyTable()
    palette = table.palette()
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("grey"))
    table.setPalette(palette)
    assert _painted_on_deactivation(qtbot, table) > 0
