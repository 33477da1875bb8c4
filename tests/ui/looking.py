"""What the looking suite checks on a rendered window: text that does not fit (and is neither
elided with a tooltip nor wrapped), widgets outside their window, and text/background pairs
under 4.5:1 (WCAG AA). Each finding is a sentence naming the widget and its text."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)

from rxtracker.ui.theme.contrast import MIN_TEXT_CONTRAST, contrast

_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
_TAGS = re.compile(r"<[^>]+>")


def _name(widget: QWidget) -> str:
    text = _text(widget)
    return f"{type(widget).__name__} “{text[:40]}”" if text else type(widget).__name__


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        text = _TAGS.sub("", widget.text()).replace("&amp;", "&").strip()
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _clipped_by_scrolling(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def does_not_fit(widget: QWidget) -> str | None:
    """Why ``widget``'s text is cut, or None (elided text with a tooltip is fine)."""
    text = _text(widget)
    if not text or widget.toolTip():
        return None
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        room = widget.contentsRect().width() - 2 * widget.margin()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return (
                f"needs {needed}px of height, has {widget.height()}"
                if needed > widget.height() + 2
                else None
            )
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        return f"needs {widest}px, has {room}" if widest > room + 1 else None
    if isinstance(widget, QComboBox):
        arrow = 28
        widest = metrics.horizontalAdvance(text) + arrow
        return f"needs {widest}px, has {widget.width()}" if widest > widget.width() + 1 else None
    hint = widget.sizeHint()
    if isinstance(widget, QAbstractButton) and hint.width() > widget.width() + 1:
        return f"needs {hint.width()}px, has {widget.width()}"
    return None


def outside(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` lies outside ``window``, or None."""
    if _clipped_by_scrolling(widget):
        return None
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    if window.rect().contains(rect):
        return None
    return f"at {rect.getRect()} in a {window.width()}x{window.height()} window"


def _background(widget: QWidget) -> str:
    sheet = widget.styleSheet()
    found = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", sheet)
    if found:
        return found.group(1).lower()
    parent = widget.parentWidget()
    while parent is not None:
        found = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", parent.styleSheet())
        if found:
            return found.group(1).lower()
        parent = parent.parentWidget()
    role = (
        QPalette.ColorRole.Base
        if isinstance(widget, QComboBox) and widget.isEditable()
        else QPalette.ColorRole.Window
    )
    return widget.palette().color(role).name()


def low_contrast(widget: QWidget) -> str | None:
    """Why ``widget``'s words are hard to read, or None (disabled widgets are exempt)."""
    if not isinstance(widget, QLabel) or not widget.isEnabled() or not _text(widget):
        return None
    found = _COLOUR.search(widget.styleSheet())
    text = (
        found.group(1).lower()
        if found
        else widget.palette().color(QPalette.ColorRole.WindowText).name()
    )
    back = _background(widget)
    ratio = contrast(text, back)
    return f"{text} on {back} is {ratio:.2f}:1" if ratio < MIN_TEXT_CONTRAST else None


def item_view_contrast(view: QAbstractItemView) -> list[str]:
    """Visible cells whose own colours read under 4.5:1 on their background."""
    model = view.model()
    if model is None:
        return []
    palette = view.palette()
    found = []
    for row in range(min(model.rowCount(), 40)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            fore = index.data(Qt.ItemDataRole.ForegroundRole)
            back = index.data(Qt.ItemDataRole.BackgroundRole)
            if fore is None and back is None:
                continue
            fore_name = _colour_name(fore) or palette.color(QPalette.ColorRole.Text).name()
            bases = (
                [_colour_name(back)]
                if back is not None
                else [
                    palette.color(QPalette.ColorRole.Base).name(),
                    palette.color(QPalette.ColorRole.AlternateBase).name(),
                ]
            )
            for base in bases:
                if base and contrast(fore_name, base) < MIN_TEXT_CONTRAST:
                    found.append(
                        f"{view.accessibleName()} cell ({row}, {column}): {fore_name} on {base}"
                    )
    return found


def _colour_name(value: object) -> str | None:
    if value is None:
        return None
    colour = value.color() if hasattr(value, "color") else value
    return colour.name() if hasattr(colour, "name") else None


def problems(window: QWidget) -> list[str]:
    """Every finding in ``window`` and its visible children, as sentences."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown(widget) or widget.window() is not window:
            continue
        for check in (does_not_fit, low_contrast):
            why = check(widget)
            if why:
                found.append(f"{_name(widget)}: {check.__name__.replace('_', ' ')}: {why}")
        if widget is not window:
            why = outside(widget, window)
            if why:
                found.append(f"{_name(widget)}: outside its window: {why}")
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{_name(widget)}: outside its window: its page scrolls sideways")
        if isinstance(widget, QTableView):
            found.extend(item_view_contrast(widget))
    return found
