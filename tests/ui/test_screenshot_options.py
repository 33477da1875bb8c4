"""`--screenshot FILE --size WxH --theme light|dark`: any page at any size, in either theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rxtracker.__main__ import main
from rxtracker.ui import theme


def test_screenshot_at_a_size_in_the_dark_theme(qtbot, tmp_path: Path) -> None:
    shot = tmp_path / "settings.png"
    argv = ["--demo", "--screenshot", str(shot), "--page", "settings"]
    try:
        assert main([*argv, "--size", "1024x640", "--theme", "dark"]) == 0
    finally:
        theme.apply_theme("light")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 640)
    corner = image.pixelColor(image.width() // 2, image.height() - 60)
    assert corner.lightness() < 80  # the dark theme's window


@pytest.mark.parametrize("size", ["big", "1024", "10x10", "1024x-5"])
def test_a_bad_size_is_refused_in_words(size: str, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--screenshot", str(tmp_path / "x.png"), "--size", size])
    assert stop.value.code == 2
    assert "--size" in capsys.readouterr().err
