"""`rxtracker --demo --screenshot FILE --page NAME`: a real PNG, the user's data untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rxtracker.__main__ import main
from rxtracker.services import AppPaths, PersonInput, open_context, people


@pytest.mark.parametrize(
    "page", ["dashboard", "log", "activity-dialog", "certificate-form", "add-from-certificates"]
)
def test_screenshot_of_the_demo(qtbot, tmp_path: Path, page: str) -> None:
    shot = tmp_path / f"{page}.png"
    assert main(["--demo", "--screenshot", str(shot), "--page", page]) == 0
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400


def test_demo_leaves_the_users_data_alone(qtbot, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    ctx = open_context(AppPaths.resolve(mine))
    people.add_person(ctx, PersonInput("Me"))
    ctx.close()
    before = (mine / "rxtracker.sqlite3").read_bytes()
    shot = tmp_path / "shot.png"
    assert main(["--data-dir", str(mine), "--demo", "--screenshot", str(shot)]) == 0
    assert (mine / "rxtracker.sqlite3").read_bytes() == before


def test_screenshot_of_the_users_own_folder(qtbot, tmp_path: Path) -> None:
    shot = tmp_path / "own.png"
    assert (
        main(["--data-dir", str(tmp_path / "d"), "--screenshot", str(shot), "--page", "settings"])
        == 0
    )
    assert shot.exists()


def test_gui_flags_are_refused_with_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--demo", "person", "list"])
    assert stop.value.code == 2
    assert "without a command" in capsys.readouterr().err
