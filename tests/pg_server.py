"""A real PostgreSQL server for the tests, started once per pytest session (issue 13).

The server runs from a temporary folder (``initdb``, then ``pg_ctl start``) and listens on
127.0.0.1 at a free port and on a unix socket in that folder; it is stopped when the session
ends. PostgreSQL refuses to run as root, and CI runs the tests as root, so there the server
runs as an unprivileged system user (``rxtracker-pg``, created if missing, else ``nobody``).

Where PostgreSQL is not installed the tests that need it are skipped with the reason, except
under ``CI=true``, where that is a failure (``.ci/run`` installs the ``postgresql`` package).

The cluster is tuned for tests, not for keeping data: ``fsync=off``,
``synchronous_commit=off`` and ``full_page_writes=off``.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

#: The superuser the tests connect as (to create databases and logins).
SUPERUSER = "postgres"
_SERVICE_USER = "rxtracker-pg"


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, newest major version first.

    ``RXTRACKER_PG_BIN`` names the folder to use instead of looking for one.
    """
    explicit = os.environ.get("RXTRACKER_PG_BIN")
    if explicit is not None:  # only there (a test points it at an empty folder)
        candidates = [Path(explicit)]
    else:
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _service_user() -> pwd.struct_passwd:
    """The unprivileged user the server runs as when the tests run as root."""
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(_SERVICE_USER)
    made = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", _SERVICE_USER],
        capture_output=True,
        check=False,
    )
    if made.returncode == 0:
        return pwd.getpwnam(_SERVICE_USER)
    return pwd.getpwnam("nobody")


def _as_user(user: pwd.struct_passwd | None) -> Callable[[], None] | None:
    if user is None:
        return None

    def drop() -> None:
        os.setgid(user.pw_gid)
        os.setgroups([])
        os.setuid(user.pw_uid)

    return drop


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_HBA = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


@dataclass(frozen=True)
class PgServer:
    """A running test server: where it listens and how to reach it."""

    host: str
    port: int
    socket_dir: Path

    def url(self, database: str = "postgres", login: str = SUPERUSER, password: str = "") -> str:
        """A ``postgresql://`` URL over TCP (what a user types for ``--database``)."""
        secret = f":{quote(password, safe='')}" if password else ""
        return f"postgresql://{login}{secret}@{self.host}:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> str:
        """A URL for the superuser (no password needed on 127.0.0.1)."""
        return self.url(database)


def _run(command: list[str], user: pwd.struct_passwd | None) -> None:
    done = subprocess.run(
        command, preexec_fn=_as_user(user), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stdout}\n{done.stderr}")


def _initdb(bin_dir: Path, data: Path, user: pwd.struct_passwd | None) -> None:
    _run(
        [
            str(bin_dir / "initdb"),
            "--pgdata",
            str(data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
            "--no-instructions",
        ],
        user,
    )
    (data / "pg_hba.conf").write_text(_HBA)
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(
            "\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            "max_connections = 60\nshared_buffers = 32MB\n"
            "password_encryption = 'scram-sha-256'\n"
        )


def _reachable_temp_dir(user: pwd.struct_passwd | None) -> str | None:
    """A temporary folder the server's user can enter (some machines make /tmp root-only)."""
    if user is None:
        return None  # the server runs as this user: the usual temporary folder
    for candidate in map(Path, (tempfile.gettempdir(), "/var/tmp", "/dev/shm")):
        if candidate.is_dir() and candidate.stat().st_mode & stat.S_IXOTH:
            return str(candidate)
    raise RuntimeError("no temporary folder that the PostgreSQL server's user may enter")


@contextlib.contextmanager
def running_server(bin_dir: Path) -> Iterator[PgServer]:
    """Start a fresh cluster in a temporary folder; stop it and remove the folder after."""
    user = _service_user() if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="rxtracker-pg-", dir=_reachable_temp_dir(user)))
    if user is not None:
        os.chown(root, user.pw_uid, user.pw_gid)
    data, port = root / "data", _free_port()
    pg_ctl = str(bin_dir / "pg_ctl")
    try:
        _initdb(bin_dir, data, user)
        options = f"-h 127.0.0.1 -p {port} -k {root}"
        _run([pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start"], user)
        try:
            yield PgServer(host="127.0.0.1", port=port, socket_dir=root)
        finally:
            _run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], user)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (skips where none is installed, fails under CI)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = "PostgreSQL is not installed (initdb/pg_ctl not found; apt-get install postgresql)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + ": under CI=true the PostgreSQL tests must run", pytrace=False)
        pytest.skip(reason)
    with running_server(bin_dir) as server:
        yield server


class PgDatabases:
    """Databases with rxtracker's tables on the session's server.

    ``create`` copies a template database made once per session (``CREATE DATABASE ...
    TEMPLATE``, about a second on a busy 2-core machine); ``fresh`` empties one working copy
    instead (every row deleted with triggers off, every id sequence restarted: one round trip
    of a few milliseconds), which is what a test of one service needs.
    """

    TEMPLATE = "rxtracker_template"
    WORKING = "rxtracker_test"

    def __init__(self, server: PgServer) -> None:
        from sqlalchemy import create_engine

        from rxtracker.db.postgres import create_schema, engine_url

        self.server = server
        self._admin(f"CREATE DATABASE {self.TEMPLATE}")
        engine = create_engine(engine_url(server.admin(self.TEMPLATE)))
        try:
            with engine.begin() as con:
                create_schema(con)
        finally:
            engine.dispose()
        self.create(self.WORKING)
        self._reset = self._reset_script()

    def _admin(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.server.admin(database), autocommit=True) as con:
            cursor = con.execute(statement.encode())
            return cursor.fetchall() if cursor.description else []

    def _reset_script(self) -> str:
        tables = self._admin(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'",
            self.WORKING,
        )
        sequences = self._admin(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'", self.WORKING
        )
        return "".join(
            [
                "BEGIN; SET LOCAL session_replication_role = replica;",
                *(f"DELETE FROM {name};" for (name,) in tables),
                *(f"ALTER SEQUENCE {name} RESTART;" for (name,) in sequences),
                "COMMIT;",
            ]
        )

    def create(self, name: str) -> str:
        """A new database ``name`` copied from the template; its superuser's URL."""
        self._admin(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE}")
        return self.server.admin(name)

    @contextlib.contextmanager
    def fresh(self) -> Iterator[str]:
        """The superuser's URL of the working database, emptied (ids count from 1 again)."""
        self._admin(self._reset, self.WORKING)
        yield self.server.admin(self.WORKING)


@pytest.fixture(scope="session")
def pg_databases(pg_server: PgServer) -> PgDatabases:
    """Databases with rxtracker's tables on the session's server (``pg_databases.fresh()``)."""
    return PgDatabases(pg_server)
