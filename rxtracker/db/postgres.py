"""A team database on a PostgreSQL server (issue 13): connecting, checking, sessions.

The URL is what the user gives (``postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full``);
psycopg 3 (libpq) takes the password from its usual places (``PGPASSWORD``, ``~/.pgpass``)
when the URL carries none, and every TLS option in the URL goes straight to libpq.
The tables are made by ``create_schema`` (``rxtracker server init``, as the database's
owner); a person's login only uses them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    String,
    Table,
    create_engine,
    func,
    select,
    text,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from rxtracker.db.database import DatabaseError, DatabaseTooNew
from rxtracker.db.edits import stale_save
from rxtracker.db.history import Actor
from rxtracker.db.migrations import SCHEMA_VERSION, revision_id, script_directory, upgrade
from rxtracker.db.models import Base
from rxtracker.db.pg_security import APP_LOGIN, CERTIFICATE_BLOB, PUT_CERTIFICATE
from rxtracker.db.sessions import writing_sessions
from rxtracker.domain import RxError
from rxtracker.i18n import translate

#: Alembic's record of the revision a team database is at (``alembic_version``), read here
#: with plain SQL so that opening a database does not need to import Alembic.
VERSION_TABLE = Table(
    "alembic_version", MetaData(), Column("version_num", String(32), primary_key=True)
)


class NotPermitted(RxError):  # noqa: N818
    """The team database refused: the signed-in login may not do this."""


def is_database_url(value: str) -> bool:
    """True when ``value`` names a PostgreSQL database rather than a file."""
    return value.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def engine_url(value: str) -> URL:
    """The SQLAlchemy URL for a user's ``postgresql://`` URL (driver: psycopg 3).

    Raises:
        DatabaseError: ``value`` is not a PostgreSQL URL.
    """
    if not is_database_url(value):
        problem = translate(
            "postgres",
            "a team database is given as postgresql://LOGIN@HOST:PORT/DATABASE (got {scheme}://…)",
        )
        raise DatabaseError(problem.format(scheme=value.split("://")[0]))
    try:
        url = make_url(value)
    except sa_exc.ArgumentError as exc:
        problem = translate("postgres", "this database URL cannot be read: {error}")
        raise DatabaseError(problem.format(error=exc)) from None
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The URL as a message may show it: never the password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    """An engine for ``url`` (a small pool: one person's app, one action at a time)."""
    return create_engine(url, pool_size=2, max_overflow=4, pool_pre_ping=True)


@contextlib.contextmanager
def translated_errors(url: URL) -> Iterator[None]:
    """Re-raise what the server says in words the user can act on, never a traceback.

    Raises:
        NotPermitted: the login may not read or change what it asked for.
        DatabaseError: the server cannot be reached, or refused the login.
    """
    try:
        yield
    except sa_exc.ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", "") == "42501":  # insufficient_privilege
            problem = translate(
                "postgres", "The team database refused this: {reason}. Nothing was saved."
            )
            raise NotPermitted(problem.format(reason=_first_line(exc))) from None
        raise
    except sa_exc.OperationalError as exc:
        if _is_connection_problem(exc):
            problem = translate(
                "postgres", "rxtracker cannot use the team database {url}: {reason}"
            )
            raise DatabaseError(problem.format(url=shown(url), reason=_first_line(exc))) from None
        raise


def _first_line(exc: sa_exc.DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc).__name__


def _is_connection_problem(exc: sa_exc.OperationalError) -> bool:
    sqlstate = getattr(exc.orig, "sqlstate", None) or ""
    # 08: connection exception; 28: invalid authorization; 3D: no such database.
    return exc.connection_invalidated or sqlstate[:2] in ("", "08", "28", "3D")


def stored_version(con: Connection) -> int:
    """The schema version recorded in the database; 0 when it holds no rxtracker tables."""
    exists = con.execute(select(func.to_regclass(VERSION_TABLE.name))).scalar()
    if exists is None:
        return 0
    revision = con.execute(select(VERSION_TABLE.c.version_num)).scalar()
    return int(revision) if revision else 0


def _stamp_head(con: Connection) -> None:
    from alembic.runtime.migration import MigrationContext

    MigrationContext.configure(con).stamp(script_directory(), revision_id(SCHEMA_VERSION))


def create_schema(con: Connection) -> None:
    """Create every table at the head version in an empty database (run by its owner)."""
    Base.metadata.create_all(con)
    CERTIFICATE_BLOB.create(con, checkfirst=True)  # server only: certificate bytes
    con.exec_driver_sql(PUT_CERTIFICATE)
    _stamp_head(con)


def upgrade_schema(con: Connection, version: int) -> None:
    """Run the revisions after ``version`` (the same history as the SQLite file's)."""
    upgrade(con, version)
    _stamp_head(con)


def _signed_in_person(con: Connection) -> int | None:
    """The person whose login this is (None for the owner, or before ``server init``)."""
    if con.execute(select(func.to_regclass(APP_LOGIN.name))).scalar() is None:
        return None
    query = select(APP_LOGIN.c.person_id).where(APP_LOGIN.c.login == func.session_user())
    return con.execute(query).scalar()


@contextlib.contextmanager
def owner_session(url: str) -> Iterator[Session]:
    """One transaction on ``url`` as its owner (``rxtracker server ...``), history written.

    Raises:
        DatabaseError: the server cannot be reached or refused the login.
    """
    parsed = engine_url(url)
    engine = make_engine(parsed)
    try:
        with translated_errors(parsed), writing_sessions(engine).begin() as session:
            session.info["actor"] = Actor(str(session.scalar(text("SELECT session_user"))))
            yield session
    finally:
        engine.dispose()


class TeamDatabase:
    """A PostgreSQL database made by ``rxtracker server init``, used with one person's login."""

    def __init__(self, url: str) -> None:
        """Connect to ``url`` and check that it holds rxtracker's tables at this version.

        Raises:
            DatabaseError: the server cannot be reached, refused the login, or the database
                has not been set up (``rxtracker server init``) or needs an upgrade.
            DatabaseTooNew: the database was set up by a newer rxtracker.
        """
        self.url = engine_url(url)
        self.engine: Engine = make_engine(self.url)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = writing_sessions(self.engine)
        try:
            with translated_errors(self.url), self.engine.connect() as con:
                login = str(con.execute(text("SELECT session_user")).scalar_one())
                self._check_version(stored_version(con))
                person_id = _signed_in_person(con)
        except BaseException:
            self.engine.dispose()
            raise
        #: The history names the login itself (a trigger makes sure of it); the person is
        #: the one ``rxtracker server add-user`` gave the login.
        self.actor = Actor(login, person_id)
        #: Nothing is set aside on a server (the local file's side files are not involved).
        self.notices: list[str] = []

    def _check_version(self, version: int) -> None:
        where = shown(self.url)
        if version == 0:
            problem = translate(
                "postgres",
                "{where} holds no rxtracker records yet: its owner sets it up with "
                "`rxtracker server init {where}`.",
            )
            raise DatabaseError(problem.format(where=where))
        if version > SCHEMA_VERSION:
            problem = translate(
                "postgres",
                "{where} was set up by a newer rxtracker (schema {version}; this version reads "
                "up to {known}). Install the newer rxtracker to use it.",
            )
            raise DatabaseTooNew(problem.format(where=where, version=version, known=SCHEMA_VERSION))
        if version < SCHEMA_VERSION:
            problem = translate(
                "postgres",
                "{where} needs an upgrade to schema {known}: its owner runs "
                "`rxtracker server init {where}`.",
            )
            raise DatabaseError(problem.format(where=where, known=SCHEMA_VERSION))

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action that writes; commits on success, else rolls back."""
        with stale_save(), translated_errors(self.url), self._writes.begin() as session:
            session.info["actor"] = self.actor
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session for one query."""
        with translated_errors(self.url), self._reads() as session:
            yield session

    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self.engine.connect() as con:
            return stored_version(con)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
