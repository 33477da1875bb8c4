"""rxtracker's design system: spacing, type scale, one accent colour and two palettes.

``tokens`` names every colour and size; ``apply`` puts a palette on the application; the
helpers here give widgets the colour of a status, a problem or a confirmation, and the font
of a type role. Status colours are always shown together with their words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

from rxtracker.ui.theme.apply import MODES, apply_theme, current_palette, palette_for
from rxtracker.ui.theme.tokens import (
    DARK,
    LIGHT,
    RADIUS,
    TYPE_SCALE,
    Palette,
    Pill,
    Space,
    TypeRole,
)

if TYPE_CHECKING:
    from rxtracker.services.views import Phase

__all__ = [
    "DARK",
    "LIGHT",
    "MODES",
    "RADIUS",
    "Palette",
    "Pill",
    "Space",
    "TypeRole",
    "apply_theme",
    "current_palette",
    "font_for",
    "good_colour",
    "is_dark",
    "palette_for",
    "phase_colour",
    "pill",
    "problem_colour",
    "restyle",
    "set_type",
]


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the dark theme is in use."""
    del widget  # the theme is the application's
    return current_palette() is DARK


def phase_colour(phase: Phase, widget: QWidget | None = None) -> QColor:
    """The colour of a status's words on the window (always shown with its words)."""
    del widget
    return QColor(current_palette().status[phase])


def pill(phase: Phase) -> Pill:
    """The text and background colours of a status pill or a Team cell."""
    return current_palette().pills[phase]


def problem_colour(widget: QWidget | None = None) -> QColor:
    """The colour of a problem message."""
    del widget
    return QColor(current_palette().problem)


def good_colour(widget: QWidget | None = None) -> QColor:
    """The colour of a confirmation."""
    del widget
    return QColor(current_palette().good)


def font_for(role: TypeRole, base: QFont) -> QFont:
    """``base`` (the system font) sized and weighted for a type role."""
    scale, bold = TYPE_SCALE[role]
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


def set_type(label: QLabel, role: TypeRole) -> QLabel:
    """Give ``label`` a type role's font (captions also the muted colour); returns it."""
    label.setFont(font_for(role, label.font()))
    if role is TypeRole.CAPTION:
        label.setStyleSheet(f"color: {current_palette().muted};")
    return label


def restyle(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` its own style sheet, unless it has it already.

    Under the application's style sheet, setting one (even the same, even "") polishes the
    widget and its children again: a form's checks at each keystroke, the undo notice at each
    delete.
    """
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
