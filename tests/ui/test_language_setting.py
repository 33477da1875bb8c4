"""Settings ▸ Language: the choice is kept, applies from the next start, Restart now restarts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rxtracker import language
from rxtracker.services import Context
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.pages import language_row
from rxtracker.ui.restart import restart_command
from rxtracker.ui.settings import UiSettings

Window = Callable[[], MainWindow]


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """The windows Restart now was pressed in (the app itself is not restarted)."""
    asked: list[QWidget] = []
    monkeypatch.setattr(language_row.restart, "restart_app", asked.append)
    return asked


@pytest.fixture
def spanish() -> Iterator[None]:
    activation = language.activate("es", "es_US")
    language.install_in_app(activation)
    yield
    language.deactivate(activation)


def test_choosing_espanol_is_kept_and_says_so_in_both_languages(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, restarts: list[QWidget]
) -> None:
    window = make_window()
    window.show_page("settings")
    row = window.settings_page.language
    choices = [row.choice.itemText(i) for i in range(row.choice.count())]
    assert choices == ["System language (English)", "English", "Español"]
    assert row.note.isHidden() and row.restart_button.isHidden()  # nothing chosen yet
    row.choice.setCurrentIndex(row.choice.findData("es"))
    assert UiSettings(ctx.paths.settings).language == "es"
    assert row.note.isVisible() and row.restart_button.isVisible()
    assert "next time rxtracker opens" in row.note.text()
    assert "la próxima vez que se abra rxtracker" in row.note.text()
    qtbot.mouseClick(row.restart_button, Qt.MouseButton.LeftButton)
    assert restarts == [window]


def test_choosing_the_language_in_use_again_hides_the_note(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, restarts: list[QWidget]
) -> None:
    window = make_window()
    window.show_page("settings")
    row = window.settings_page.language
    row.choice.setCurrentIndex(row.choice.findData("es"))
    row.choice.setCurrentIndex(row.choice.findData("system"))
    assert UiSettings(ctx.paths.settings).language == "system"
    assert row.note.isHidden() and row.restart_button.isHidden()
    assert restarts == []


@pytest.mark.usefixtures("spanish")
def test_the_settings_page_in_spanish(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("settings")
    row = window.settings_page.language
    assert row.choice.itemText(0) == "Idioma del sistema (English)"
    assert [row.choice.itemText(i) for i in (1, 2)] == ["English", "Español"]
    assert row.restart_button.text() == "Reiniciar a&hora"
    assert window.nav.item(0).text() == "Panel"
    assert window.menuBar().actions()[0].text() == "&Archivo"


@pytest.mark.parametrize(
    ("argv", "frozen", "expected"),
    [
        (["rxtracker", "--lang", "es", "--demo"], False, ["-m", "rxtracker", "--demo"]),
        (["/x/__main__.py", "--lang=en"], False, ["-m", "rxtracker"]),
        (["rxtracker.exe", "--data-dir", "D:\\r", "--lang", "es"], True, ["--data-dir", "D:\\r"]),
    ],
)
def test_a_restart_runs_the_same_command_without_lang(
    argv: list[str], frozen: bool, expected: list[str]
) -> None:
    program, args = restart_command(argv, frozen=frozen, executable="/usr/bin/python3")
    assert (program, args) == ("/usr/bin/python3", expected)


def test_the_new_copy_starts_once_the_app_has_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from rxtracker.ui import restart

    started: list[tuple[str, list[str]]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(program: str, args: list[str]) -> tuple[bool, int]:
            started.append((program, args))
            return True, 4242

    monkeypatch.setattr(restart, "QProcess", FakeProcess)
    monkeypatch.setattr(restart.sys, "argv", ["rxtracker", "--lang", "en"])
    assert not restart.start_again_if_asked()  # no restart asked: nothing starts
    monkeypatch.setattr(restart, "_asked", [True])
    assert restart.start_again_if_asked()
    assert started == [(restart.sys.executable, ["-m", "rxtracker"])]
    assert not restart.start_again_if_asked()  # once
