"""`make screenshots`: every README picture from one command, the same bytes every run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from rxtracker.ui.readme_screenshots import NAMES

ROOT = Path(__file__).resolve().parents[2]
NOT_A_SCREEN = {"team-report"}  # a page of the PDF report


def test_every_readme_picture_is_made_by_the_script() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"docs/screenshots/([a-z0-9-]+)\.png", readme))
    assert shown - NOT_A_SCREEN == set(NAMES)


def test_the_same_picture_twice(tmp_path: Path) -> None:
    shots = []
    for run in ("first", "second"):
        out = tmp_path / run
        command = [sys.executable, "-m", "rxtracker.ui.readme_screenshots", "--out", str(out)]
        done = subprocess.run(
            [*command, "--only", "first-run", "team-narrow"],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        shots.append({p.name: p.read_bytes() for p in out.glob("*.png")})
    assert sorted(shots[0]) == ["first-run.png", "team-narrow.png"]
    assert shots[0] == shots[1]  # byte for byte: a fixed day, a stopped clock, the demo's seed
    narrow = QImage(str(tmp_path / "first" / "team-narrow.png"))
    assert (narrow.width(), narrow.height()) == (1024, 640)
