"""The log file: record ids and actions only, never names, licence numbers or birth dates.

Every record passes ``ScrubbingFilter`` (``rxtracker.services.privacy``) on its way to the
file, and ``faulthandler`` writes there too: a crash inside Qt or SQLite leaves the stacks of
every thread in the log.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path

from rxtracker.disk import make_folder, make_private
from rxtracker.services.paths import AppPaths
from rxtracker.services.privacy import ScrubbingFilter

LOG_NAME = "rxtracker.log"
MAX_BYTES = 1_000_000
KEEP = 5

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_NAME = "rxtracker-file"


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; ``faulthandler`` follows it to each new file."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
        self.faults_were_on = faulthandler.is_enabled()
        self._point_faulthandler()

    def doRollover(self) -> None:
        """Rotate, then point ``faulthandler`` at the new file."""
        super().doRollover()
        self._point_faulthandler()

    def _point_faulthandler(self) -> None:
        if self.stream is not None:
            faulthandler.enable(self.stream, all_threads=True)

    def close(self) -> None:
        """Stop ``faulthandler`` writing here (back to stderr if it was on before), then close."""
        if self.faults_were_on and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)
        else:
            faulthandler.disable()
        super().close()


def log_path(paths: AppPaths) -> Path:
    """Where the log file is (whether or not it exists yet)."""
    return paths.log_dir / LOG_NAME


def setup_logging(paths: AppPaths) -> Path | None:
    """Send rxtracker's log records to a rotating file in the log folder; returns its path.

    Safe to call more than once (the handler is replaced, not duplicated). On a disk that
    cannot be written (read-only, full) there is no log file: None is returned and
    rxtracker works on without one, rather than not at all.
    """
    path = log_path(paths)
    try:
        make_folder(paths.log_dir)
        close_logging()
        handler = _LogFile(path)
    except OSError:
        close_logging()
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(ScrubbingFilter())
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger("rxtracker")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    make_private(path)
    return path


def close_logging() -> None:
    """Flush and close the log file (end of a command, or before setting up again)."""
    root = logging.getLogger("rxtracker")
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
