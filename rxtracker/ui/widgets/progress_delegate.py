"""A list item with a thin progress bar under its words (the Pathways list)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from rxtracker.ui import theme

#: The item data role holding the fraction done (a float from 0 to 1).
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_HEIGHT = 6


class ProgressDelegate(QStyledItemDelegate):
    """Draws the item as usual, then a bar as long as its fraction done beneath the words."""

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + BAR_HEIGHT + theme.Space.XS)

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        fraction = index.data(FRACTION_ROLE)
        if not isinstance(fraction, float):
            return
        rect: QRect = option.rect
        palette = theme.current_palette()
        track = QRect(
            rect.left() + theme.Space.S,
            rect.bottom() - BAR_HEIGHT - theme.Space.XS + 1,
            rect.width() - 2 * theme.Space.S,
            BAR_HEIGHT,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.border))
        painter.drawRoundedRect(track, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        filled = QRect(track)
        filled.setWidth(round(track.width() * min(max(fraction, 0.0), 1.0)))
        if filled.width() > 0:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = (
                palette.on_accent if selected else palette.good if fraction >= 1 else palette.accent
            )
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(filled, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        painter.restore()
