"""Whether rxtracker may write beside the database, decided before it is opened."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from rxtracker.i18n import translate

WAL, JOURNAL, SHM = "-wal", "-journal", "-shm"
#: The first bytes of a rollback journal that SQLite will roll back ("hot").
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

#: How long a connection waits for another program's lock before it gives up.
BUSY_TIMEOUT_MS = 15_000

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


def pending_side_file(path: Path, suffix: str) -> bool:
    """Whether the database has a side file SQLite would act on (``suffix``: WAL or JOURNAL).

    That is a non-empty ``-wal``, or a ``-journal`` whose header is live (a hot journal).
    """
    side = path.with_name(path.name + suffix)
    try:
        with side.open("rb") as handle:
            head = handle.read(len(_JOURNAL_MAGIC))
    except OSError:
        return False
    return bool(head) if suffix == WAL else head == _JOURNAL_MAGIC
