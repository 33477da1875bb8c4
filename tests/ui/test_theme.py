"""The design system: every text/background pair of both themes reads at 4.5:1 or better,
and the theme is chosen in Settings (light, dark or the system's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, PersonInput, people
from rxtracker.services.views import Phase
from rxtracker.ui import theme
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.settings import UiSettings
from rxtracker.ui.theme.contrast import MIN_TEXT_CONTRAST, contrast
from rxtracker.ui.theme.tokens import PALETTES, text_pairs


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_text_pair_reads_at_4_5_to_1(name: str) -> None:
    palette = PALETTES[name]
    pairs = text_pairs(palette)
    assert len(pairs) > 30  # pills, Team cells, Reject rows, check boxes, body text...
    low = [
        f"{what}: {text} on {back} is {contrast(text, back):.2f}:1"
        for what, text, back in pairs
        if contrast(text, back) < MIN_TEXT_CONTRAST
    ]
    assert low == []


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_status_has_its_pill_and_words_colour(name: str) -> None:
    palette = PALETTES[name]
    for phase in Phase:  # the tokens key them by value; a Phase finds its own entry
        assert palette.pills[phase] is palette.pills[phase.value]
        assert palette.status[phase] == palette.status[phase.value]
    assert set(palette.pills) == set(palette.status) == {phase.value for phase in Phase}


def test_contrast_matches_the_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_theme_is_chosen_in_settings(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX"))
    window = make_window()
    window.show_page("settings")
    combo = window.settings_page.theme_choice
    assert combo.currentText() == "Same as the system"
    combo.setFocus()
    qtbot.keyClicks(combo, "Dark")
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == theme.DARK.window
    assert theme.is_dark()
    assert UiSettings(ctx.paths.settings).theme == "dark"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == theme.LIGHT.base
    assert not theme.is_dark()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert UiSettings(ctx.paths.settings).theme == "system"


def test_the_system_scheme_is_followed() -> None:
    hints = QApplication.styleHints()
    expected = theme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else theme.LIGHT
    assert theme.palette_for("system") is expected
    assert theme.palette_for("dark") is theme.DARK
    assert theme.palette_for("light") is theme.LIGHT
