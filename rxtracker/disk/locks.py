"""Advisory locks: how a writer holds its temporary file, and how anyone tells it is held.

A temporary file is held with an advisory lock by the process writing it
(``rxtracker.disk.writes.HeldTemp``); the lock goes when the process dies, however it dies.
Where advisory locks do not exist (Windows), a file younger than ``FALLBACK_AGE_SECONDS``
counts as held. Both the writes and the sweep of leftovers build on this module.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import ModuleType

#: Inside a staging folder: the file its owner holds (locked) while the folder is in use.
HOLD_FILE = ".held.tmp"
#: Without advisory locks, a temporary file younger than this may belong to live work.
FALLBACK_AGE_SECONDS = 600.0

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the sweep falls back to the file's age
    fcntl = None


def is_held(path: Path) -> bool:
    """Whether a living process holds ``path`` (a temporary file, a staging folder's hold).

    Where advisory locks do not exist, a file younger than ``FALLBACK_AGE_SECONDS`` counts
    as held.
    """
    if fcntl is None:
        return age_seconds(path) < FALLBACK_AGE_SECONDS
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True  # its writer is alive
    finally:
        os.close(fd)
    return False


def age_seconds(path: Path) -> float:
    """Seconds since ``path`` was last modified (0 when it cannot be read)."""
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0
