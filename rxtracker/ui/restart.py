"""Restarting rxtracker (Settings ▸ Language ▸ Restart now): the same command line, again.

The button closes the window and marks the restart as asked; ``run_gui`` starts the new copy
with ``QProcess.startDetached`` once this one has let go of the data folder's lock, so the
new copy never finds "rxtracker is already open".
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QWidget

_asked: list[bool] = []  # one True once the restart is asked (no global statement)


def restart_app(window: QWidget) -> None:
    """Close ``window`` and quit; the same command line starts again afterwards."""
    _asked[:] = [True]
    window.close()
    QCoreApplication.quit()


def restart_command(argv: Sequence[str], *, frozen: bool, executable: str) -> tuple[str, list[str]]:
    """The program and arguments that start this rxtracker again, without ``--lang``.

    ``--lang`` is left out so the language chosen in Settings applies in the new copy.
    """
    args: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    return (executable, args) if frozen else (executable, ["-m", "rxtracker", *args])


def start_again_if_asked() -> bool:
    """Start the new copy if the restart was asked (called when the app has closed)."""
    if not _asked:
        return False
    _asked.clear()
    frozen = bool(getattr(sys, "frozen", False))
    program, args = restart_command(sys.argv, frozen=frozen, executable=sys.executable)
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)
