"""Unexpected errors in the desktop app: logged with their traceback, told to the user calmly."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rxtracker.i18n import translate

log = logging.getLogger("rxtracker.ui")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_message(log_file: Path) -> str:
    """What the user reads after an unexpected error."""
    return translate(
        "crash",
        "Something went wrong inside rxtracker, and what you were doing may not have finished.\n\n"
        "Your records are safe: every change is saved in one piece as soon as you make it, "
        "or not at all.\n\n"
        "The details were written to:\n{file}\n\n"
        "If it happens again, please send that file to whoever supports rxtracker for you. "
        "It contains record numbers, never names.",
    ).format(file=log_file)


class CrashReporter:
    """``sys.excepthook`` for the GUI: log the traceback, show a dialog, keep running.

    With ``interactive=False`` (``--screenshot``: nobody is there to close a dialog) the
    message goes to stderr instead, so an unexpected error can never leave the process
    waiting on a modal box.
    """

    def __init__(
        self, log_file: Path, parent: QWidget | None = None, *, interactive: bool = True
    ) -> None:
        self.log_file = log_file
        self.parent = parent
        self.interactive = interactive
        self.shown = 0

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """Log an uncaught error and show the crash dialog (Ctrl+C quits)."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error in the desktop app", exc_info=(kind, error, tb))
        self.shown += 1
        if self.interactive:
            self.ask(self.parent, self.log_file)
        else:
            print(f"rxtracker: error: {crash_message(self.log_file)}", file=sys.stderr)

    @classmethod
    def ask(cls, parent: QWidget | None, log_file: Path) -> None:
        """Show the dialog (tests replace this to avoid a modal box)."""
        QMessageBox.critical(
            parent, translate("crash", "rxtracker ran into a problem"), crash_message(log_file)
        )

    def install(self) -> Hook:
        """Make this the process's excepthook; returns the previous one."""
        previous = sys.excepthook
        sys.excepthook = self
        return previous
