"""Opening the SQLite file: checks, connection hooks, migrations, sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from rxtracker.db import side_files
from rxtracker.db.edits import stale_save
from rxtracker.db.errors import (  # re-exported: their home before the quick reads
    DatabaseError as DatabaseError,
)
from rxtracker.db.errors import DatabaseTooNew as DatabaseTooNew
from rxtracker.db.errors import NotADatabase as NotADatabase
from rxtracker.db.history import Actor, os_login
from rxtracker.db.migrations import SCHEMA_VERSION, upgrade
from rxtracker.db.models import Base
from rxtracker.db.opening import (
    BUSY_TIMEOUT_MS,
    WAL,
    disk_full,
    pending_side_file,
    read_only_reason,
)
from rxtracker.db.sessions import writing_sessions
from rxtracker.db.side_files import CORE_TABLES, guard_side_files
from rxtracker.disk import atomic_path
from rxtracker.domain import RxError, StorageError
from rxtracker.domain.clock import SYSTEM_CLOCK
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("rxtracker.db")


def read_user_version(path: Path) -> int:
    """The file's schema version, read without changing a byte of it (0: an empty database).

    Raises:
        NotADatabase: when the file is not a readable SQLite database, or is another
            program's database.
        StorageError: when the disk refuses (full, unreadable folder).
    """
    read_only = read_only_reason(path) is not None
    uri = _uri(path, read_only=read_only) if read_only else f"{path.resolve().as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        clear = storage_error(exc, path)
        if isinstance(clear, StorageError):  # the disk refused; the file may well be fine
            raise clear from exc
        problem = translate(
            "database",
            "{path} is damaged or is not an rxtracker database ({error}). "
            "It has been left as it is.",
        )
        raise NotADatabase(problem.format(path=path, error=exc)) from None
    if tables and version <= SCHEMA_VERSION and not tables >= CORE_TABLES:
        problem = translate(
            "database",
            "{path} is a SQLite database, but not rxtracker's (it has none of rxtracker's "
            "tables). It has been left as it is; choose another file or folder.",
        )
        raise NotADatabase(problem.format(path=path))
    return int(version)


_NOTHING_SAVED = QT_TRANSLATE_NOOP("database", "Nothing was saved.")

#: (SQLite error name prefix, words in the message, what to tell the user).
_STORAGE_PROBLEMS: tuple[tuple[str, str, str], ...] = (
    (
        "SQLITE_FULL",
        "disk is full",
        QT_TRANSLATE_NOOP(
            "database", "The disk holding {folder} is full. {saved} Free some space and try again."
        ),
    ),
    (
        "SQLITE_READONLY",
        "readonly",
        QT_TRANSLATE_NOOP(
            "database",
            "rxtracker cannot write to {folder}: it is read-only. {saved} Check the folder's "
            "permissions, or use --data-dir to choose another folder.",
        ),
    ),
    (
        "SQLITE_CANTOPEN",
        "unable to open",
        QT_TRANSLATE_NOOP(
            "database",
            "rxtracker cannot open {path}. Check that the folder exists and that you may write "
            "to it, or use --data-dir to choose another.",
        ),
    ),
    (
        "SQLITE_BUSY",
        "locked",
        QT_TRANSLATE_NOOP(
            "database",
            "Another program kept {name} busy for {seconds} seconds. {saved} Close other copies "
            "of rxtracker and try again.",
        ),
    ),
    (
        "SQLITE_IOERR",
        "i/o error",
        QT_TRANSLATE_NOOP(
            "database",
            "The disk reported an error while rxtracker used {path}. {saved} Check the disk, "
            "then try again.",
        ),
    ),
)
_DAMAGE = (("SQLITE_CORRUPT", "malformed"), ("SQLITE_NOTADB", "not a database"))


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
        problem = translate(
            "database",
            "{path} is damaged ({error}). It has been left as it is; restore your newest backup.",
        )
        return NotADatabase(problem.format(path=path, error=original))
    if disk_full(path):  # SQLite often reports a full disk as an I/O error
        name, message = "SQLITE_FULL", "disk is full"
    for code, words, template in _STORAGE_PROBLEMS:
        if name.startswith(code) or words in message:
            return StorageError(
                translate("database", template).format(
                    folder=path.parent,
                    path=path,
                    name=path.name,
                    saved=translate("database", _NOTHING_SAVED),
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


def _on_connect_read_only(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA query_only=ON")


def _on_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock up front, so two writers wait for each other (busy
    # timeout) instead of failing with "database is locked" when a read turns into a write.
    mode = "IMMEDIATE" if connection.get_execution_options().get("write") else "DEFERRED"
    connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One SQLite file, opened, checked and migrated to the head schema."""

    def __init__(self, path: Path, backups_dir: Path | None = None) -> None:
        """Open (creating if needed) the database at ``path``.

        A ``-wal`` or hot ``-journal`` beside the file is checked first (``guard_side_files``);
        one that does not belong is moved into ``backups_dir`` and said in ``notices``. When
        the folder cannot be written (read-only disk, full disk) the records are opened for
        reading only, and every write is refused with a message saying why.

        Args:
            path: the SQLite file.
            backups_dir: where the pre-migration copy goes (default: beside the file).

        Raises:
            DatabaseTooNew: the file comes from a newer rxtracker (left untouched).
            NotADatabase: the file is empty, damaged or not rxtracker's (left untouched).
        """
        self.path = path
        self.backups_dir = backups_dir or path.parent
        #: What the user should be told about opening (side files set aside).
        self.notices: list[str] = guard_side_files(path, self.backups_dir)
        version = _existing_version(path)
        if version is None:
            _create_file(path)
            version = SCHEMA_VERSION
        #: Why writes are impossible (the records open for reading only), or None.
        self.read_only: str | None = read_only_reason(path)
        self.engine: Engine = _engine(path, read_only=self.read_only is not None)
        self._writer = self.engine.execution_options(write=True)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = writing_sessions(self._writer)
        #: Who the change history names for the writes that follow.
        self.actor = Actor(os_login())
        try:
            with translated_errors(path):
                if self.read_only is None and self._is_empty():
                    self._create_fresh()
                elif self.read_only is None and version < SCHEMA_VERSION:
                    self._migrate(version)
        except BaseException:
            self.engine.dispose()
            raise
        side_files.opened(path)
        self._open = True

    # ------------------------------------------------------------------ setup

    def _is_empty(self) -> bool:
        with self.engine.connect() as con:
            count = con.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        return int(count) == 0

    def _create_fresh(self) -> None:
        with self._writer.begin() as con:
            _build(con)

    def _migrate(self, version: int) -> None:
        """Run the pending revisions in one transaction, foreign keys off (SQLite's procedure).

        A step may rebuild a table (``DROP TABLE`` would otherwise cascade into its
        children), so foreign keys are switched off before BEGIN (SQLite ignores the
        pragma inside a transaction) and checked in full before COMMIT.
        """
        self.copy_to(
            self.backups_dir / f"before-migration-v{version}-{SYSTEM_CLOCK.stamp()}.sqlite3"
        )
        with self._writer.connect() as con:
            raw = con.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with con.begin():
                    upgrade(con, version)
                    broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(_broken_links(self.path, broken))
                    con.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
            finally:
                raw.execute("PRAGMA foreign_keys=ON")

    # ------------------------------------------------------------------ use

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action that writes; commits on success, else rolls back."""
        with stale_save(), translated_errors(self.path), self._writes.begin() as session:
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
        """Write a consistent copy of the database with SQLite's online backup API.

        The copy is written beside ``target`` and renamed into place (0600), so a failure
        never leaves half a copy under that name.
        """
        source = sqlite3.connect(_uri(self.path, read_only=self.read_only is not None), uri=True)
        try:
            with atomic_path(target) as temp:
                dest = sqlite3.connect(temp)
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
        if getattr(self, "_open", False):
            self._open = False
            side_files.closed(self.path)


def _existing_version(path: Path) -> int | None:
    """The schema version of the file at ``path``; None when there is no file yet.

    Raises:
        NotADatabase: the file is empty (0 bytes), damaged, or another program's database.
        DatabaseTooNew: the file comes from a newer rxtracker.
    """
    if not os.path.lexists(path):
        return None
    if path.is_file() and path.stat().st_size == 0 and not pending_side_file(path, WAL):
        problem = translate(
            "database",
            "{path} is empty (0 bytes): the records it held are gone (a copy or a disk "
            "fault cut it short). It has been left as it is; restore your newest backup, or "
            "move the file away to start with no records.",
        )
        raise NotADatabase(problem.format(path=path))
    version = read_user_version(path)
    if version > SCHEMA_VERSION:
        problem = translate(
            "database",
            "{path} was written by a newer rxtracker (schema {version}; this version "
            "reads up to {known}). Install the newer rxtracker to open it; "
            "the file has been left as it is.",
        )
        raise DatabaseTooNew(problem.format(path=path, version=version, known=SCHEMA_VERSION))
    return version


def _create_file(path: Path) -> None:
    """Make a new database atomically: built under a temporary name, then renamed.

    So a start cut short never leaves an empty ``rxtracker.sqlite3`` behind (an empty file
    is refused as damaged, since it may be what a disk fault left of real records).
    """
    with atomic_path(path, tighten_folder=True) as temp:
        engine = create_engine(f"sqlite:///{temp}")
        try:
            with engine.begin() as con:
                _build(con)
        finally:
            engine.dispose()


def _build(con: Connection) -> None:
    Base.metadata.create_all(con)
    con.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def _engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        uri = _uri(path, read_only=True)
        engine = create_engine(  # the pool a file gets (the bare URL would mean :memory:)
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True),
            poolclass=QueuePool,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _on_connect_read_only)
    else:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
        event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _uri(path: Path, *, read_only: bool) -> str:
    """``immutable=1`` for a disk rxtracker cannot write: no ``-shm`` is needed to read."""
    uri = path.resolve().as_uri()
    return f"{uri}?immutable=1" if read_only else uri


def _broken_links(path: Path, broken: Sequence[Any]) -> str:
    """Why an upgrade was refused: it would break links between records."""
    problem = translate(
        "database",
        "upgrading {name} would break {count} links between records (first: table {table}); "
        "nothing was changed",
    )
    return problem.format(name=path.name, count=len(broken), table=broken[0][0])
