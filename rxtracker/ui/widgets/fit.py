"""Text that does not fit is elided ("Live and home stu…") and told whole in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolTip,
    QWidget,
)
from typing_extensions import override

_Index = QModelIndex | QPersistentModelIndex


class ElidedComboBox(QComboBox):
    """A combo box that elides its choice when narrow and then shows it whole as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(lambda _text: self._tell_whole())

    def is_elided(self) -> bool:
        """True when the choice is wider than the room the box gives it."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().horizontalAdvance(self.currentText()) > room.width()

    def _tell_whole(self) -> None:
        self.setToolTip(
            f"{self.accessibleName()}: {self.currentText()}" if self.is_elided() else ""
        )

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tell_whole()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class WholeTextDelegate(QStyledItemDelegate):
    """Table cells elided at the right; a cut cell without a tooltip of its own shows its text."""

    @override
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and cell_is_cut(view, index, text):
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def cell_is_cut(view: QAbstractItemView, index: _Index, text: str) -> bool:
    """True when ``text`` is wider than the cell at ``index`` shows (it is elided)."""
    rect = view.visualRect(view.model().index(index.row(), index.column()))
    widest = max(view.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
    return widest + 8 > rect.width()
