"""Colours that follow the system palette: status colours readable in light and dark mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from rxtracker.services.views import Phase

# (light-mode colour, dark-mode colour): dark text on light windows, light text on dark ones.
_PHASE_COLOURS: dict[Phase, tuple[str, str]] = {
    Phase.COMPLETE: ("#1e7b34", "#6fcf87"),
    Phase.ON_TRACK: ("#1f5fa8", "#82b6f0"),
    Phase.AT_RISK: ("#a35c00", "#f2b35e"),
    Phase.DUE: ("#b3261e", "#f28b82"),
    Phase.LAPSED: ("#b3261e", "#f28b82"),
    Phase.EXPIRED: ("#b3261e", "#f28b82"),
}
_PROBLEM = ("#b3261e", "#f28b82")
_GOOD = ("#1e7b34", "#6fcf87")


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the window background is dark (system dark mode)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def phase_colour(phase: Phase, widget: QWidget | None = None) -> QColor:
    """The colour of a status (always shown together with its words)."""
    light, dark = _PHASE_COLOURS[phase]
    return QColor(dark if is_dark(widget) else light)


def problem_colour(widget: QWidget | None = None) -> QColor:
    """The colour of a problem message."""
    return QColor(_PROBLEM[1] if is_dark(widget) else _PROBLEM[0])


def good_colour(widget: QWidget | None = None) -> QColor:
    """The colour of a confirmation."""
    return QColor(_GOOD[1] if is_dark(widget) else _GOOD[0])
