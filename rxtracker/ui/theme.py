"""Colours that follow the system palette: status colours readable in light and dark mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from rxtracker.services.views import PHASE_COLOURS, Phase


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the window background is dark (system dark mode)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def phase_colour(phase: Phase, widget: QWidget | None = None) -> QColor:
    """The colour of a status (always shown together with its words)."""
    colours = PHASE_COLOURS[phase]
    return QColor(colours.on_dark if is_dark(widget) else colours.on_light)


def problem_colour(widget: QWidget | None = None) -> QColor:
    """The colour of a problem message."""
    return phase_colour(Phase.DUE, widget)


def good_colour(widget: QWidget | None = None) -> QColor:
    """The colour of a confirmation."""
    return phase_colour(Phase.COMPLETE, widget)
