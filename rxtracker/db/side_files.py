"""The database opener's guard: a ``-wal`` or ``-journal`` is checked before SQLite sees it.

SQLite applies whatever write-ahead log (``-wal``) or hot rollback journal (``-journal``) it
finds beside a database. One left there by another copy of the records (a database file
copied over an old folder, a restore done by hand) would then write foreign pages into the
records. So, before the database is opened, each such file nobody is using is tried on a
copy of the database in a temporary folder: if the copy with it passes ``integrity_check``
and still holds rxtracker's tables, it belongs and SQLite applies it (or rolls it back) on
the real file; if not, it is moved aside (never deleted, never overwritten) and the user is
told where it went.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from rxtracker.db.opening import JOURNAL, SHM, WAL, pending_side_file
from rxtracker.disk import make_folder
from rxtracker.domain.clock import SYSTEM_CLOCK
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("rxtracker.db")

#: Byte locked (shared) in ``-shm`` by every open WAL connection (SQLite's os_unix.c).
_SHM_DMS_BYTE = 128
#: SQLite's lock bytes in the database file: pending, reserved and the shared range.
_PENDING_BYTE, _LOCK_RANGE = 0x40000000, 512 + 2
#: The append-only change history, and how many of its newest rows a WAL must keep.
HISTORY, HISTORY_ROWS = "change_history", 1000
#: Tables every rxtracker database has had since schema 1.
CORE_TABLES = frozenset({"person", "activity", "credential"})


#: Databases this process has open (resolved path -> how many times): their side files are
#: live, and touching their files outside SQLite would drop this process's SQLite locks.
_OPEN_HERE: Counter[str] = Counter()


def opened(path: Path) -> None:
    """Note that this process has opened the database at ``path``."""
    _OPEN_HERE[str(path.resolve())] += 1


def closed(path: Path) -> None:
    """Note that this process has closed one opening of the database at ``path``."""
    key = str(path.resolve())
    _OPEN_HERE[key] -= 1
    if _OPEN_HERE[key] <= 0:
        del _OPEN_HERE[key]


def guard_side_files(path: Path, aside: Path) -> list[str]:
    """Check every ``-wal`` and hot ``-journal`` beside ``path`` before SQLite opens it.

    Args:
        path: the database file.
        aside: where a side file that does not belong is moved.

    Returns:
        One message per file moved aside (empty when all is well).
    """
    notices: list[str] = []
    if str(path.resolve()) in _OPEN_HERE:  # checked when this process first opened it
        return notices
    for suffix in (WAL, JOURNAL):
        side = path.with_name(path.name + suffix)
        if not pending_side_file(path, suffix) or _in_use(path, suffix):
            continue
        verdict = _try_on_a_copy(path, side, suffix)
        if verdict is None:  # the database alone is not rxtracker's: not ours to judge
            continue
        if verdict:
            _apply(path, side)
        else:
            notices.append(_move_aside(path, side, suffix, aside))
    return notices


def _in_use(path: Path, suffix: str) -> bool:
    """True when another process has the database open (its side files are live)."""
    if sys.platform != "linux":  # no portable lock query: trust any WAL that has an index
        return suffix == WAL and path.with_name(path.name + SHM).exists()
    if suffix == WAL:
        return _locked(path.with_name(path.name + SHM), _SHM_DMS_BYTE, 1)
    return _locked(path, _PENDING_BYTE, _LOCK_RANGE)


def _locked(path: Path, start: int, length: int) -> bool:
    """Whether another process holds a POSIX lock on bytes of ``path`` (asks, takes none)."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        query = struct.pack("@hhqqixxxx", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return int(struct.unpack("@hhqqixxxx", answer)[0]) != fcntl.F_UNLCK
    except OSError:
        return True  # cannot tell: leave it to SQLite
    finally:
        os.close(fd)


def _try_on_a_copy(path: Path, side: Path, suffix: str) -> bool | None:
    """Does ``side`` belong to ``path``? None when ``path`` alone is not an rxtracker file.

    Besides being sound, a WAL must keep the newest rows of the change history as the
    database alone has them: the history only grows, and a foreign WAL whose pages happen to
    fit these records still carries its own history.
    """
    with tempfile.TemporaryDirectory(prefix="rxtracker-check-") as work:
        copy = Path(work) / path.name
        try:
            shutil.copyfile(path, copy)
            alone = _sound(copy, read_only=True, history_from=None)
            if alone is None:
                return None
            shutil.copyfile(side, copy.with_name(copy.name + suffix))
        except OSError:
            return None  # no room to check: SQLite's own handling applies
        since = alone[0][0] if alone and suffix == WAL else None
        joined = _sound(copy, read_only=False, history_from=since)
        return joined is not None and (since is None or joined[: len(alone)] == alone)


def _sound(copy: Path, *, read_only: bool, history_from: int | None) -> list[Any] | None:
    """The newest change-history rows of a sound copy, else None.

    Sound: it opens, passes ``integrity_check`` and ``foreign_key_check`` and holds
    rxtracker's tables. The rows are those from id ``history_from``, else the last
    ``HISTORY_ROWS``.
    """
    uri = f"{copy.as_uri()}?mode=ro" if read_only else copy.as_uri()
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
            dangling = con.execute("PRAGMA foreign_key_check").fetchone()
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            history = _history(con, history_from) if HISTORY in tables else []
        finally:
            con.close()
    except sqlite3.Error:
        return None
    sound = verdict == "ok" and dangling is None and version >= 1 and tables >= CORE_TABLES
    return history if sound else None


def _history(con: sqlite3.Connection, since: int | None) -> list[Any]:
    if since is None:
        newest = con.execute("SELECT max(id) FROM change_history").fetchone()[0] or 0
        since = newest - HISTORY_ROWS + 1
    query = "SELECT * FROM change_history WHERE id >= ? ORDER BY id"
    return con.execute(query, (since,)).fetchall()


def _apply(path: Path, side: Path) -> None:
    """Let SQLite apply the WAL or roll back the journal on the real file (one short open)."""
    with contextlib.suppress(sqlite3.Error):  # a read-only disk: reading copes without it
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    log.info("%s, left by an interrupted write, was applied", side.name)


def _move_aside(path: Path, side: Path, suffix: str, aside: Path) -> str:
    """Move ``side`` (and a WAL's index) into ``aside`` under a new name; the message."""
    make_folder(aside)
    stamp = SYSTEM_CLOCK.stamp()
    moved = _free_name(aside, f"set-aside-{stamp}-{side.name}")
    side.rename(moved)
    index = path.with_name(path.name + SHM)
    if suffix == WAL and index.exists():
        index.rename(_free_name(aside, f"set-aside-{stamp}-{index.name}"))
    message = QT_TRANSLATE_NOOP(
        "side_files",
        "{side} beside {path} did not belong to these records (applying it would have "
        "damaged them). It was moved to {moved}, and the records were opened without it.",
    )
    log.warning("%s", message.format(side=side.name, path=path, moved=moved))  # logs: English
    return translate("side_files", message).format(side=side.name, path=path, moved=moved)


def _free_name(folder: Path, name: str) -> Path:
    candidate, number = folder / name, 1
    while os.path.lexists(candidate):
        number += 1
        candidate = folder / f"{name}.{number}"
    return candidate
