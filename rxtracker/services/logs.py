"""The log file: record ids and actions only, never names, licence numbers or birth dates."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from rxtracker.services.paths import AppPaths

LOG_NAME = "rxtracker.log"
MAX_BYTES = 1_000_000
KEEP = 5

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths) -> Path:
    """Send rxtracker's log records to a rotating file in the log folder; returns its path.

    Safe to call more than once (the handler is replaced, not duplicated).
    """
    paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = paths.log_dir / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.set_name("rxtracker-file")
    close_logging()
    root = logging.getLogger("rxtracker")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    path.chmod(0o600)
    return path


def close_logging() -> None:
    """Flush and close the log file (end of a command, or before setting up again)."""
    root = logging.getLogger("rxtracker")
    for old in [h for h in root.handlers if h.get_name() == "rxtracker-file"]:
        root.removeHandler(old)
        old.close()
