"""Putting a palette on the application: Qt's palette plus the few rules a palette cannot say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rxtracker.resources import resource_path
from rxtracker.ui.theme.tokens import DARK, LIGHT, RADIUS, Palette

#: The theme choices offered in Settings.
MODES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def system_is_dark() -> bool:
    """True when the operating system asks for dark windows."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def palette_for(mode: str) -> Palette:
    """The palette of a mode ('system' follows the operating system)."""
    if mode == "dark" or (mode == "system" and system_is_dark()):
        return DARK
    return LIGHT


def qt_palette(palette: Palette) -> QPalette:
    """The Qt palette of a theme (disabled text is the caption colour)."""
    qt = QPalette()
    roles = {
        _Role.Window: palette.window,
        _Role.WindowText: palette.text,
        _Role.Base: palette.base,
        _Role.AlternateBase: palette.alt_base,
        _Role.Text: palette.text,
        _Role.Button: palette.button,
        _Role.ButtonText: palette.button_text,
        _Role.Highlight: palette.accent,
        _Role.HighlightedText: palette.on_accent,
        _Role.Link: palette.accent,
        _Role.LinkVisited: palette.accent,
        _Role.ToolTipBase: palette.base,
        _Role.ToolTipText: palette.text,
        _Role.PlaceholderText: palette.muted,
        _Role.BrightText: palette.problem,
        _Role.Light: palette.alt_base,
        _Role.Midlight: palette.alt_base,
        _Role.Mid: palette.border,
        _Role.Dark: palette.border,
        _Role.Shadow: palette.border,
        _Role.Accent: palette.accent,
    }
    for role, colour in roles.items():
        qt.setColor(role, QColor(colour))
    for role in (_Role.Text, _Role.WindowText, _Role.ButtonText):
        qt.setColor(_Group.Disabled, role, QColor(palette.muted))
    return qt


def style_sheet(palette: Palette) -> str:
    """Rules a palette cannot carry: check boxes, buttons (the primary filled, a flat one a link).

    Every push button has the same box (padding, border), so a button becoming the default
    one changes its colours, never its size.
    """
    tick = resource_path(f"icons/check-{palette.name}.svg").as_posix()
    return f"""
QCheckBox::indicator, QTableView::indicator, QListView::indicator {{
    width: 14px; height: 14px; border-radius: 3px;
    border: 1px solid {palette.indicator}; background: {palette.base};
}}
QCheckBox::indicator:checked, QTableView::indicator:checked, QListView::indicator:checked {{
    border: 1px solid {palette.accent}; background: {palette.accent}; image: url({tick});
}}
QCheckBox::indicator:disabled {{ border-color: {palette.border}; }}
QPushButton {{
    background: {palette.button}; color: {palette.button_text};
    border: 1px solid {palette.border}; border-radius: {RADIUS // 2}px; padding: 4px 12px;
}}
QPushButton:hover, QPushButton:focus {{ border-color: {palette.accent}; }}
QPushButton:pressed {{ background: {palette.alt_base}; }}
QPushButton:disabled {{ color: {palette.muted}; background: {palette.alt_base}; }}
QPushButton:flat {{
    background: transparent; color: {palette.accent}; border-color: transparent; padding: 4px 0;
    text-decoration: underline;
}}
QPushButton:flat:hover, QPushButton:flat:focus {{ border-color: {palette.accent}; }}
QPushButton:default {{
    background: {palette.accent}; color: {palette.on_accent}; border-color: {palette.accent};
}}
QPushButton:default:focus {{ border-color: {palette.text}; }}
QPushButton:default:disabled {{
    background: {palette.alt_base}; color: {palette.muted}; border-color: {palette.border};
}}
"""


def apply_theme(mode: str) -> Palette:
    """Put the theme of ``mode`` on the running application and return its palette."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = palette_for(mode)
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(style_sheet(palette))
    app.setProperty("rxtracker_theme", palette.name)
    return palette


def current_palette() -> Palette:
    """The palette in use (the light one before any theme is applied)."""
    app = QApplication.instance()
    name = app.property("rxtracker_theme") if app is not None else None
    if name == "dark":
        return DARK
    if name == "light":
        return LIGHT
    window = QApplication.palette().color(_Role.Window)
    return DARK if window.lightness() < 128 else LIGHT
