"""Opening the SQLite file: checks, connection hooks, migrations, sessions."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from rxtracker.db.history import Actor, os_login
from rxtracker.db.migrations import SCHEMA_VERSION, pending
from rxtracker.db.models import Base
from rxtracker.db.sessions import writing_sessions
from rxtracker.domain import RxError, StorageError

BUSY_TIMEOUT_MS = 15_000

log = logging.getLogger("rxtracker.db")


class DatabaseError(RxError):
    """The database file cannot be used; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):  # noqa: N818
    """The file was written by a newer rxtracker; it is left untouched."""


class NotADatabase(DatabaseError):  # noqa: N818
    """The file is damaged or is not an rxtracker database; it is left untouched."""


def read_user_version(path: Path) -> int:
    """The file's schema version, read without changing a byte of it.

    Raises:
        NotADatabase: when the file is not a readable SQLite database.
        StorageError: when the disk refuses (full, unreadable folder).
    """
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        clear = storage_error(exc, path)
        if isinstance(clear, StorageError):  # the disk refused; the file may well be fine
            raise clear from exc
        raise NotADatabase(
            f"{path} is damaged or is not an rxtracker database ({exc}). It has been left as it is."
        ) from None
    return int(version)


_NOTHING_SAVED = "Nothing was saved."

#: (SQLite error name prefix, words in the message, what to tell the user).
_STORAGE_PROBLEMS: tuple[tuple[str, str, str], ...] = (
    (
        "SQLITE_FULL",
        "disk is full",
        "The disk holding {folder} is full. {saved} Free some space and try again.",
    ),
    (
        "SQLITE_READONLY",
        "readonly",
        "rxtracker cannot write to {folder}: it is read-only. {saved} Check the folder's "
        "permissions, or use --data-dir to choose another folder.",
    ),
    (
        "SQLITE_CANTOPEN",
        "unable to open",
        "rxtracker cannot open {path}. Check that the folder exists and that you may write to "
        "it, or use --data-dir to choose another.",
    ),
    (
        "SQLITE_BUSY",
        "locked",
        "Another program kept {name} busy for {seconds} seconds. {saved} Close other copies of "
        "rxtracker and try again.",
    ),
    (
        "SQLITE_IOERR",
        "i/o error",
        "The disk reported an error while rxtracker used {path}. {saved} Check the disk, then "
        "try again.",
    ),
)
_DAMAGE = (("SQLITE_CORRUPT", "malformed"), ("SQLITE_NOTADB", "not a database"))


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def storage_error(exc: BaseException, path: Path) -> RxError | None:
    """The user-facing error for a SQLite failure, or None when it is a programming error.

    Tells the user whether the problem is theirs to fix (disk full, read-only folder, another
    program holding the file, a damaged file) and that nothing was half-written.
    """
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error):
        return None
    name = getattr(original, "sqlite_errorname", "") or ""
    message = str(original).lower()
    if any(name.startswith(code) or words in message for code, words in _DAMAGE):
        return NotADatabase(
            f"{path} is damaged ({original}). It has been left as it is; "
            "restore your newest backup."
        )
    if _disk_full(path):  # SQLite often reports a full disk as an I/O error
        name, message = "SQLITE_FULL", "disk is full"
    for code, words, template in _STORAGE_PROBLEMS:
        if name.startswith(code) or words in message:
            return StorageError(
                template.format(
                    folder=path.parent,
                    path=path,
                    name=path.name,
                    saved=_NOTHING_SAVED,
                    seconds=BUSY_TIMEOUT_MS // 1000,
                )
            )
    return None


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise SQLite failures the user can act on as clear rxtracker errors."""
    try:
        yield
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.Error) as exc:
        clear = storage_error(exc, path)
        if clear is None:
            raise
        raise clear from exc


def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Take transaction control from the sqlite3 module so BEGIN is ours (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock up front, so two writers wait for each other (busy
    # timeout) instead of failing with "database is locked" when a read turns into a write.
    mode = "IMMEDIATE" if connection.get_execution_options().get("write") else "DEFERRED"
    connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One SQLite file, opened, checked and migrated to the head schema."""

    def __init__(self, path: Path, backups_dir: Path | None = None) -> None:
        """Open (creating if needed) the database at ``path``.

        Args:
            path: the SQLite file.
            backups_dir: where the pre-migration copy goes (default: beside the file).

        Raises:
            DatabaseTooNew: the file comes from a newer rxtracker (left untouched).
            NotADatabase: the file is damaged or not a database (left untouched).
        """
        self.path = path
        self.backups_dir = backups_dir or path.parent
        existed = path.exists() and path.stat().st_size > 0
        version = read_user_version(path) if existed else 0
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                f"{path} was written by a newer rxtracker (schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}). Install the newer rxtracker to open it; "
                "the file has been left as it is."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._writer = self.engine.execution_options(write=True)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = writing_sessions(self._writer)
        #: Who the change history names for the writes that follow.
        self.actor = Actor(os_login())
        try:
            with translated_errors(path):
                if not existed or self._is_empty():
                    self._create_fresh()
                elif version < SCHEMA_VERSION:
                    self._migrate(version)
        except BaseException:
            self.engine.dispose()
            raise

    # ------------------------------------------------------------------ setup

    def _is_empty(self) -> bool:
        with self.engine.connect() as con:
            count = con.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        return int(count) == 0

    def _create_fresh(self) -> None:
        with self._writer.begin() as con:
            Base.metadata.create_all(con)
            con.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _migrate(self, version: int) -> None:
        """Run the pending steps in one transaction, foreign keys off (SQLite's procedure).

        A step may rebuild a table (``DROP TABLE`` would otherwise cascade into its
        children), so foreign keys are switched off before BEGIN (SQLite ignores the
        pragma inside a transaction) and checked in full before COMMIT.
        """
        self.copy_to(self.backups_dir / f"before-migration-v{version}-{_stamp()}.sqlite3")
        with self._writer.connect() as con:
            raw = con.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with con.begin():
                    for _, step in pending(version):
                        step(con)
                    broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            f"upgrading {self.path.name} would break {len(broken)} links "
                            f"between records (first: table {broken[0][0]}); nothing was changed"
                        )
                    con.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
            finally:
                raw.execute("PRAGMA foreign_keys=ON")

    # ------------------------------------------------------------------ use

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action that writes; commits on success, else rolls back."""
        with translated_errors(self.path), self._writes.begin() as session:
            session.info["actor"] = self.actor
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session for one query."""
        with translated_errors(self.path), self._reads() as session:
            yield session

    def schema_version(self) -> int:
        """The file's current ``PRAGMA user_version``."""
        with self.engine.connect() as con:
            return int(con.exec_driver_sql("PRAGMA user_version").scalar_one())

    def copy_to(self, target: Path) -> Path:
        """Write a consistent copy of the database with SQLite's online backup API."""
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(self.path)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        return target

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
