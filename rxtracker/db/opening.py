"""Whether rxtracker may write beside the database, decided before it is opened."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from rxtracker.db.side_files import JOURNAL, WAL, pending_side_file
from rxtracker.i18n import translate

#: Below this many free bytes the disk counts as full (SQLite then fails to write).
FULL_BELOW_BYTES = 64 * 1024


def disk_full(path: Path) -> bool:
    """True when the disk holding ``path``'s folder has (almost) no free space left."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def read_only_reason(path: Path) -> str | None:
    """Why the database at ``path`` can only be read, or None when rxtracker may write.

    A read-only folder or a full disk cannot take SQLite's ``-shm`` index, so such a
    database is opened ``immutable`` (read straight from the file). That is only right when
    the file holds every committed change: with a pending ``-wal`` or hot ``-journal``
    beside it, None is returned and the normal open reports the problem.
    """
    if not path.exists() or any(pending_side_file(path, s) for s in (WAL, JOURNAL)):
        return None
    if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        return translate("opening", "{folder} is read-only").format(folder=path.parent)
    if disk_full(path):
        return translate("opening", "the disk holding {folder} is full").format(folder=path.parent)
    return None
