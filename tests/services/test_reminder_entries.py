"""The system entries that run the daily reminder (issue 16): the files and commands they
generate on Linux, Windows and macOS. Only Linux is installed for real (in a temporary HOME);
Windows and macOS commands are recorded, not run."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path

import pytest

from rxtracker.services import AppPaths
from rxtracker.services.reminders.entries import (
    ENTRY_ID,
    TASK_NAME,
    desktop_exec,
    install_reminders,
    is_installed,
    remove_reminders,
    system_entry,
)

PATHS = AppPaths(data_dir=Path("/data/My Records"), log_dir=Path("/data/My Records/logs"))


class Recorder:
    """Records the commands instead of running them; answers with ``status``."""

    def __init__(self, status: int = 0) -> None:
        self.commands: list[tuple[str, ...]] = []
        self.status = status

    def __call__(self, command: Sequence[str]) -> int:
        self.commands.append(tuple(command))
        return self.status


def test_linux_autostart_entry_in_xdg_config_home(tmp_path: Path) -> None:
    entry = system_entry(PATHS, "linux", home=tmp_path, env={"XDG_CONFIG_HOME": "/cfg"})
    assert entry.path == Path("/cfg/autostart") / f"{ENTRY_ID}.desktop"
    entry = system_entry(PATHS, "linux", home=tmp_path, env={})
    assert entry.path == tmp_path / ".config" / "autostart" / f"{ENTRY_ID}.desktop"
    assert entry.content is not None
    text = entry.content.decode()
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert '--notify-reminders --data-dir "/data/My Records"' in text
    assert "Terminal=false" in text and "NoDisplay=true" in text


def test_linux_install_and_remove(tmp_path: Path) -> None:
    entry = system_entry(PATHS, "linux", home=tmp_path, env={})
    install_reminders(entry)
    assert entry.path is not None and entry.path.exists() and is_installed(entry)
    remove_reminders(entry)
    assert not entry.path.exists() and not is_installed(entry)
    remove_reminders(entry)  # already off: nothing to do


@pytest.mark.parametrize(
    ("arg", "word"),
    [
        ("plain", "plain"),
        ("/a b/c", '"/a b/c"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("100%", "100%%"),
        ("$HOME", '"\\$HOME"'),
    ],
)
def test_desktop_exec_quoting(arg: str, word: str) -> None:
    assert desktop_exec([arg]) == word


def test_windows_task_scheduler_commands() -> None:
    entry = system_entry(PATHS, "windows")
    assert entry.path is None and entry.content is None
    [create] = entry.install
    assert create[:9] == (
        "schtasks",
        "/Create",
        "/F",
        "/SC",
        "DAILY",
        "/ST",
        "09:00",
        "/TN",
        TASK_NAME,
    )
    assert create[9] == "/TR"
    assert '--notify-reminders --data-dir "/data/My Records"' in create[10]
    assert entry.remove == (("schtasks", "/Delete", "/F", "/TN", TASK_NAME),)
    run = Recorder()
    install_reminders(entry, run)
    assert run.commands == [create]
    remove_reminders(entry, run)
    assert run.commands[1:] == [entry.query, *entry.remove]


def test_windows_failure_is_reported() -> None:
    with pytest.raises(OSError, match="schtasks failed"):
        install_reminders(system_entry(PATHS, "windows"), Recorder(status=1))


def test_windows_off_when_the_task_is_not_there() -> None:
    run = Recorder(status=1)  # schtasks /Query: no such task
    remove_reminders(system_entry(PATHS, "windows"), run)
    assert [c[1] for c in run.commands] == ["/Query"]


def test_macos_launch_agent(tmp_path: Path) -> None:
    entry = system_entry(PATHS, "macos", home=tmp_path)
    assert entry.path == tmp_path / "Library" / "LaunchAgents" / f"{ENTRY_ID}.plist"
    assert entry.content is not None
    plist = plistlib.loads(entry.content)
    assert plist["Label"] == ENTRY_ID
    assert plist["RunAtLoad"] is True
    assert plist["StartCalendarInterval"] == {"Hour": 9, "Minute": 0}
    assert plist["ProgramArguments"][-3:] == [
        "--notify-reminders",
        "--data-dir",
        "/data/My Records",
    ]
    run = Recorder()
    install_reminders(entry, run)
    assert entry.path.exists()
    [(tool, verb, domain, path)] = run.commands
    assert (tool, verb, path) == ("launchctl", "bootstrap", str(entry.path))
    assert domain.startswith("gui/")
    remove_reminders(entry, run)
    assert run.commands[-1][:2] == ("launchctl", "bootout")
    assert not entry.path.exists()
