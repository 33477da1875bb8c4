"""`make run` names a missing Qt system library and the install lines instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "packaging" / "linux" / "qt_runtime.py"
LIST = ROOT / "packaging" / "linux" / "qt-runtime-packages.txt"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, **extra}


def test_a_missing_library_is_named_with_both_install_lines() -> None:
    env = _env(QT_QPA_PLATFORM="offscreen", RXTRACKER_QT_CHECK_MISSING="libfontconfig.so.1")
    done = subprocess.run(
        [sys.executable, str(CHECK), "check"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "rxtracker cannot open its window: Qt needs 1 system library that is not installed:",
        "  libfontconfig.so.1  (Debian/Ubuntu: libfontconfig1; Fedora: fontconfig)",
        "Install with one of these lines, then run `make run` again:",
        "  Debian/Ubuntu:  sudo apt-get install libfontconfig1",
        "  Fedora:         sudo dnf install fontconfig",
        "(Every package rxtracker needs is listed in packaging/linux/qt-runtime-packages.txt.)",
    ]


def test_the_window_needs_the_xcb_libraries_the_offscreen_tests_do_not() -> None:
    env = _env(QT_QPA_PLATFORM="xcb", RXTRACKER_QT_CHECK_MISSING="libxcb-cursor.so.0")
    done = subprocess.run(
        [sys.executable, str(CHECK), "check"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    [apt] = [line for line in done.stderr.splitlines() if "apt-get install" in line]
    assert "libxcb-cursor0" in apt.split()
    [dnf] = [line for line in done.stderr.splitlines() if "dnf install" in line]
    assert "xcb-util-cursor" in dnf.split()
    offscreen = _env(QT_QPA_PLATFORM="offscreen", RXTRACKER_QT_CHECK_MISSING="libxcb-cursor.so.0")
    quiet = subprocess.run(
        [sys.executable, str(CHECK), "check"], env=offscreen, capture_output=True, timeout=60
    )
    assert quiet.returncode == 0


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_stops_before_qt_with_the_message() -> None:
    stamp = ".venv/.rxtracker-run-installed"
    env = _env(QT_QPA_PLATFORM="offscreen", RXTRACKER_QT_CHECK_MISSING="libEGL.so.1")
    done = subprocess.run(
        ["make", "-s", "-o", stamp, f"PY={sys.executable}", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "sudo apt-get install libegl1" in done.stderr
    assert "-m rxtracker" not in done.stdout


def test_the_package_list_is_written_once() -> None:
    """.ci/run, the .deb and the README read the list; none repeats a package name."""
    names = {line.split()[1] for line in LIST.read_text().splitlines() if line[:1].isalpha()}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libegl1"} <= names
    for reader in [".ci/run", "packaging/linux/build_deb.sh", "README.md", "Makefile"]:
        text = (ROOT / reader).read_text()
        assert "qt_runtime.py" in text or "qt-runtime-packages.txt" in text, reader
        assert not {"libxcb-cursor0", "libegl1", "libfontconfig1"} & set(text.split()), reader
