"""The system entry that runs the reminder check at login, the native way on each system.

- Linux: an XDG autostart entry, ``$XDG_CONFIG_HOME/autostart/<id>.desktop`` (default
  ``~/.config/autostart``); every desktop that follows the freedesktop Autostart
  specification runs it once at login.
- Windows: a Task Scheduler task made with ``schtasks`` (daily at 9:00 while you are logged
  in; no administrator rights needed), run with ``pythonw`` so no console window flashes.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<id>.plist``, run at login and daily at
  9:00, loaded with ``launchctl bootstrap``.

The entry runs ``rxtracker --notify-reminders --data-dir DIR``: the check, and a desktop
notification only when something needs attention. Turning reminders off removes the entry
(and unloads or deletes the task). Commands go through ``run`` so tests can see them.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rxtracker.disk import write_atomic
from rxtracker.i18n import translate
from rxtracker.services.paths import AppPaths

APP_ID = "io.github.rxtracker.RxTracker"
ENTRY_ID = f"{APP_ID}.reminders"
TASK_NAME = "rxtracker reminders"
DAILY_HOUR = 9
NOTIFY_OPTION = "--notify-reminders"

#: Runs one system command; returns its exit status.
Runner = Callable[[Sequence[str]], int]


@dataclass(frozen=True, slots=True)
class SystemEntry:
    """What turning reminders on writes and runs, on one system.

    Attributes:
        system: 'linux', 'windows' or 'macos'.
        path: the file written (None on Windows: the task lives in Task Scheduler).
        content: the file's bytes (None on Windows).
        install: the commands run after writing the file (or to create the task).
        remove: the commands run to take it away (before the file is deleted).
        query: the command whose exit status 0 means the entry is there (Windows).
    """

    system: str
    path: Path | None
    content: bytes | None
    install: tuple[tuple[str, ...], ...] = ()
    remove: tuple[tuple[str, ...], ...] = ()
    query: tuple[str, ...] = ()


def current_system() -> str:
    """'linux', 'windows' or 'macos' for the running computer."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def reminder_argv(paths: AppPaths, python: str | None = None) -> list[str]:
    """The command the entry runs: this rxtracker, the check that notifies, these records."""
    if getattr(sys, "frozen", False):  # an installed bundle: the executable is rxtracker
        base = [sys.executable]
    else:
        base = [python or sys.executable, "-m", "rxtracker"]
    return [*base, NOTIFY_OPTION, "--data-dir", str(paths.data_dir)]


def system_entry(
    paths: AppPaths,
    system: str | None = None,
    *,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> SystemEntry:
    """The entry for ``system`` (default: this computer) in ``home`` (default: ~)."""
    chosen = system or current_system()
    where = home or Path.home()
    environ = os.environ if env is None else env
    if chosen == "windows":
        return _windows(paths)
    if chosen == "macos":
        return _macos(paths, where)
    config = environ.get("XDG_CONFIG_HOME") or str(where / ".config")
    return _linux(paths, Path(config))


def install_reminders(entry: SystemEntry, run: Runner | None = None) -> None:
    """Write the entry's file and run its install commands.

    Raises:
        OSError: the file could not be written or a command failed.
    """
    if entry.path is not None and entry.content is not None:
        write_atomic(entry.path, entry.content)
    _run_all(entry.install, run or _run)


def remove_reminders(entry: SystemEntry, run: Runner | None = None) -> None:
    """Run the entry's remove commands and delete its file (nothing there: nothing done)."""
    if not is_installed(entry, run):
        return
    for command in entry.remove:  # unloading something not loaded is not a failure
        (run or _run)(command)
    if entry.path is not None:
        entry.path.unlink(missing_ok=True)


def is_installed(entry: SystemEntry, run: Runner | None = None) -> bool:
    """True when the entry is in place (its file exists, or Task Scheduler knows the task)."""
    if entry.path is not None:
        return entry.path.exists()
    return bool(entry.query) and (run or _run)(entry.query) == 0


def _linux(paths: AppPaths, config: Path) -> SystemEntry:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=rxtracker reminders",
        "Comment=Checks your CE renewal dates at login and notifies you when something "
        "needs attention",
        f"Exec={desktop_exec(reminder_argv(paths))}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "X-GNOME-Autostart-Delay=60",
        "",
    ]
    path = config / "autostart" / f"{ENTRY_ID}.desktop"
    return SystemEntry("linux", path, "\n".join(lines).encode())


def desktop_exec(argv: Sequence[str]) -> str:
    """An Exec= line per the Desktop Entry specification (quoting, escapes, '%%')."""
    return " ".join(_exec_word(arg) for arg in argv)


def _exec_word(arg: str) -> str:
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    text = arg.replace("%", "%%")
    if not any(ch in reserved for ch in text):
        return text
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
    return f'"{escaped}"'


def _windows(paths: AppPaths) -> SystemEntry:
    argv = reminder_argv(paths, python=_pythonw())
    command = subprocess.list2cmdline(argv)
    create = (
        "schtasks", "/Create", "/F", "/SC", "DAILY", "/ST", f"{DAILY_HOUR:02d}:00",
        "/TN", TASK_NAME, "/TR", command,
    )  # fmt: skip
    return SystemEntry(
        "windows",
        None,
        None,
        install=(create,),
        remove=(("schtasks", "/Delete", "/F", "/TN", TASK_NAME),),
        query=("schtasks", "/Query", "/TN", TASK_NAME),
    )


def _pythonw() -> str:
    """pythonw.exe beside python.exe (no console window), when there is one."""
    exe = Path(sys.executable)
    windowless = exe.with_name("pythonw.exe")
    return str(windowless) if exe.name.lower() == "python.exe" else str(exe)


def _macos(paths: AppPaths, home: Path) -> SystemEntry:
    path = home / "Library" / "LaunchAgents" / f"{ENTRY_ID}.plist"
    plist = {
        "Label": ENTRY_ID,
        "ProgramArguments": reminder_argv(paths),
        "RunAtLoad": True,
        "StartCalendarInterval": {"Hour": DAILY_HOUR, "Minute": 0},
        "ProcessType": "Background",
    }
    domain = f"gui/{_uid()}"
    return SystemEntry(
        "macos",
        path,
        plistlib.dumps(plist),
        install=(("launchctl", "bootstrap", domain, str(path)),),
        remove=(("launchctl", "bootout", domain, str(path)),),
    )


def _uid() -> int:
    getuid = getattr(os, "getuid", None)
    return int(getuid()) if getuid is not None else 0


def _run_all(commands: Sequence[Sequence[str]], run: Runner) -> None:
    for command in commands:
        status = run(command)
        if status != 0:
            words = translate("entries", "{command} failed (exit status {status})")
            raise OSError(words.format(command=command[0], status=status))


def _run(command: Sequence[str]) -> int:
    """Run a system command quietly; its exit status (127 when it cannot be started)."""
    try:
        done = subprocess.run(list(command), capture_output=True, check=False, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return 127
    return done.returncode
