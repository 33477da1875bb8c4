"""The local SQLite file read straight through ``sqlite3``, for commands that only read.

``rxtracker status`` and ``rxtracker ce list`` would spend most of their time importing
SQLAlchemy and the ORM. When the file needs nothing done before it is read (it exists, is
at this rxtracker's schema version, has no pending side file and can be written, so the
normal opening would change nothing), :meth:`QuickDatabase.open` opens it read-only
(``mode=ro``) instead; otherwise it returns None and the caller opens the records the
normal way (``rxtracker.db.Database``), which migrates, refuses a newer file, checks side
files and says what is wrong.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rxtracker.db.opening import BUSY_TIMEOUT_MS, JOURNAL, WAL, pending_side_file, read_only_reason
from rxtracker.db.reads import Params, Rows, SessionRows
from rxtracker.db.version import SCHEMA_VERSION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.db.store import Store


class QuickDatabase:
    """The local SQLite file opened read-only with ``sqlite3`` (no SQLAlchemy)."""

    #: Nothing is set aside by a read-only opening (the normal opening reports side files).
    notices: list[str]

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        """Read ``path`` through ``connection`` (see :meth:`open`)."""
        self.connection = connection
        self.path = path
        self.notices = []

    @classmethod
    def open(cls, path: Path) -> QuickDatabase | None:
        """The file opened read-only, or None when it needs the normal opening first."""
        if not path.is_file() or read_only_reason(path) is not None:
            return None
        if any(pending_side_file(path, suffix) for suffix in (WAL, JOURNAL)):
            return None
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # BEGIN is ours: see snapshot()
            )
        except sqlite3.Error:
            return None
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            version = None
        if version != SCHEMA_VERSION:
            connection.close()
            return None
        return cls(connection, path)

    def all(self, sql: str, params: Params) -> Sequence[Sequence[Any]]:
        """Every row of ``sql`` run with ``params`` (``Rows``)."""
        return self.connection.execute(sql, params).fetchall()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: the reads inside it see the same committed records."""
        if self.connection.in_transaction:  # a read inside a read: the outer one's
            yield
            return
        self.connection.execute("BEGIN")
        try:
            yield
        except sqlite3.Error as exc:  # told as the normal opening tells it (damaged, busy...)
            from rxtracker.db.database import storage_error  # only now: it loads SQLAlchemy

            clear = storage_error(exc, self.path)
            if clear is None:
                raise
            raise clear from exc
        finally:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()


@contextlib.contextmanager
def reading(db: Store | QuickDatabase) -> Iterator[Rows]:
    """Rows for one read: the quick file itself, or a read session of a normal store."""
    if isinstance(db, QuickDatabase):
        with db.snapshot():
            yield db
        return
    with db.read() as session:
        yield SessionRows(session)
