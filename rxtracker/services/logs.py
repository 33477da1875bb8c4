"""The log file: record ids and actions only, never names, licence numbers or birth dates."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from rxtracker.disk import make_folder, make_private
from rxtracker.services.paths import AppPaths

LOG_NAME = "rxtracker.log"
MAX_BYTES = 1_000_000
KEEP = 5

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths) -> Path | None:
    """Send rxtracker's log records to a rotating file in the log folder; returns its path.

    Safe to call more than once (the handler is replaced, not duplicated). On a disk that
    cannot be written (read-only, full) there is no log file: None is returned and
    rxtracker works on without one, rather than not at all.
    """
    path = paths.log_dir / LOG_NAME
    try:
        make_folder(paths.log_dir)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        close_logging()
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.set_name("rxtracker-file")
    close_logging()
    root = logging.getLogger("rxtracker")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    make_private(path)
    return path


def close_logging() -> None:
    """Flush and close the log file (end of a command, or before setting up again)."""
    root = logging.getLogger("rxtracker")
    for old in [h for h in root.handlers if h.get_name() == "rxtracker-file"]:
        root.removeHandler(old)
        old.close()
