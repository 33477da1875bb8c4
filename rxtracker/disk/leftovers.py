"""Removing the temporary files and folders that interrupted work left behind.

A temporary file is held with an advisory lock by the process writing it
(``rxtracker.disk.writes.HeldTemp``); the lock goes when the process dies, however it dies.
So a temporary file whose lock can be taken is a leftover, and one that cannot belongs to
work in progress (another rxtracker, right now) and is left alone. Where advisory locks do
not exist (Windows), a leftover is one older than ``FALLBACK_AGE_SECONDS``.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from rxtracker.disk import locks
from rxtracker.disk.locks import FALLBACK_AGE_SECONDS, HOLD_FILE, age_seconds, is_held

__all__ = ["age_seconds", "is_held", "remove_leftovers"]


def remove_leftovers(folder: Path, pattern: str) -> list[Path]:
    """Remove the files and folders in ``folder`` matching ``pattern`` that nobody holds.

    A folder counts as held while its ``HOLD_FILE`` is locked. Nothing is ever raised: a
    file that cannot be removed (read-only disk) is simply left.

    Returns:
        What was removed.
    """
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in sorted(folder.glob(pattern)):
            if path.is_symlink():
                continue
            if path.is_dir() and _folder_abandoned(path):
                shutil.rmtree(path, ignore_errors=True)
            elif path.is_file() and _abandoned(path, fallback=path):
                with contextlib.suppress(OSError):
                    path.unlink()
            else:
                continue
            if not path.exists():
                removed.append(path)
    return removed


def _folder_abandoned(folder: Path) -> bool:
    """True for a staging folder no living process holds.

    An empty folder without its hold file is a leftover too: a process killed between
    making the folder and creating the hold file left it (``staging_folder`` creates the hold
    file at once, and removes it last).
    """
    held = folder / HOLD_FILE
    if not held.exists() and not any(folder.iterdir()):
        return True
    return _abandoned(held, fallback=folder)


def _abandoned(held: Path, *, fallback: Path) -> bool:
    """True when no living process holds ``held`` (or, without locks, ``fallback`` is old)."""
    if locks.fcntl is None or not held.exists():
        return age_seconds(fallback) >= FALLBACK_AGE_SECONDS
    return not is_held(held)
