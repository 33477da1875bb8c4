"""`rxtracker server init | add-user | users | remove-user`, then a login using the database."""

from __future__ import annotations

import io
from collections.abc import Iterator

import psycopg
import pytest

from tests.conftest import Cli
from tests.pg_server import PgDatabases, PgServer


@pytest.fixture(scope="module")
def bare_db(pg_server: PgServer) -> str:
    """An empty database (no tables) owned by the superuser."""
    with psycopg.connect(pg_server.admin(), autocommit=True) as con:
        con.execute("CREATE DATABASE cli_server_test")
    return pg_server.admin("cli_server_test")


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    lines = io.StringIO()
    monkeypatch.setattr("sys.stdin", lines)
    yield lines


def test_init_add_list_use_and_remove(
    cli: Cli,
    bare_db: str,
    pg_server: PgServer,
    stdin: io.StringIO,
    monkeypatch: pytest.MonkeyPatch,
    pg_databases: PgDatabases,
) -> None:
    assert cli("server", "init", bare_db).code == 0
    again = cli("server", "init", bare_db)  # idempotent: run again = upgrade
    assert (again.code, "schema" in again.out) == (0, True)
    stdin.write("ana-password\nbo-password\n")
    stdin.seek(0)
    for login, person in (("cli_ana", "Ana Ruiz"), ("cli_bo", "Bo Lee")):
        added = cli(
            "server",
            "add-user",
            bare_db,
            login,
            "--role",
            "technician",
            "--person",
            person,
            "--team",
            "Main St",
        )
        assert added.code == 0, added.err
    users = cli("server", "users", bare_db, "--json").json()
    assert users == [
        {"login": "cli_ana", "person": "Ana Ruiz", "role": "technician", "teams": ["Main St"]},
        {"login": "cli_bo", "person": "Bo Lee", "role": "technician", "teams": ["Main St"]},
    ]
    assert "cli_ana" in cli("server", "users", bare_db).out
    ana_url = pg_server.url("cli_server_test", "cli_ana")
    monkeypatch.setenv("PGPASSWORD", "ana-password")
    course = ["ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1"]
    assert cli("--database", ana_url, *course).code == 0
    seen = cli("--database", ana_url, "person", "list", "--json").json()
    assert [p["name"] for p in seen] == ["Ana Ruiz"]  # Bo is not Ana's to see
    refused = cli("--database", ana_url, *course[:2], "Bo Lee", *course[3:])
    assert refused.code == 2 and "Bo Lee" in refused.err  # no such person, as far as Ana sees
    removed = cli("server", "remove-user", bare_db, "cli_ana")
    assert removed.code == 0 and "the person and their records stay" in removed.out
    gone = cli("--database", ana_url, "person", "list")
    assert gone.code == 1 and "password authentication failed" in gone.err
    assert [u["login"] for u in cli("server", "users", bare_db, "--json").json()] == ["cli_bo"]
    with psycopg.connect(bare_db) as con:
        assert con.execute("SELECT name FROM person ORDER BY id").fetchall() == [
            ("Ana Ruiz",),
            ("Bo Lee",),
        ]
        assert con.execute(
            "SELECT app_user FROM change_history WHERE entity = 'activity'"
        ).fetchall() == [("cli_ana",)]
    assert cli("server", "remove-user", bare_db, "cli_ana").code == 2


def test_bad_input_is_named(cli: Cli, bare_db: str, stdin: io.StringIO) -> None:
    stdin.write("pw\n")
    stdin.seek(0)
    admin = ("--role", "admin", "--person", "X", "--team", "T")
    bad = cli("server", "add-user", bare_db, "Robert'); DROP", *admin)
    assert bad.code == 2 and "login" in bad.err
    empty = cli("server", "add-user", bare_db, "cli_empty", *admin)
    assert empty.code == 2 and "password" in empty.err
