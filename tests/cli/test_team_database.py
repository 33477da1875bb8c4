"""`--database URL` and RXTRACKER_DATABASE_URL: every command on a PostgreSQL team database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.conftest import Cli, Result
from tests.pg_server import PgDatabases, PgServer

LOGIN, SECRET = "ana_tech", "s3cret-for-ana"
COURSE = ["ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1.5"]


@pytest.fixture
def team_url(pg_databases: PgDatabases) -> Iterator[str]:
    """The superuser's URL of an empty team database."""
    with pg_databases.fresh() as url:
        yield url


@pytest.fixture
def login_url(team_url: str, pg_server: PgServer) -> str:
    """A password login allowed to use every table (roles and policies come with server init)."""
    with psycopg.connect(team_url, autocommit=True) as con:
        exists = con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (LOGIN,)).fetchone()
        if not exists:  # roles belong to the whole server, which the session shares
            con.execute(f"CREATE ROLE {LOGIN} LOGIN PASSWORD '{SECRET}'".encode())
        con.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {LOGIN}".encode())
        con.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {LOGIN}".encode())
    return pg_server.url(team_url.rsplit("/", 1)[1], login=LOGIN)


def _on(cli: Cli, url: str, *argv: str) -> Result:
    return cli("--database", url, *argv)


def test_every_command_works_on_the_team_database(cli: Cli, team_url: str) -> None:
    assert _on(cli, team_url, "person", "add", "Ana Ruiz", "--state", "TX").code == 0
    assert (
        _on(
            cli, team_url, "credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31"
        ).code
        == 0
    )
    assert _on(cli, team_url, *COURSE).code == 0
    assert [p["name"] for p in _on(cli, team_url, "person", "list", "--json").json()] == [
        "Ana Ruiz"
    ]
    assert "Law" in _on(cli, team_url, "ce", "list", "Ana Ruiz").out
    # The local file was not used for any of it.
    assert cli("person", "list", "--json").json() == []
    with psycopg.connect(team_url) as con:
        assert con.execute("SELECT title FROM activity").fetchall() == [("Law",)]


def test_the_environment_variable_names_it_too(
    cli: Cli, team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RXTRACKER_DATABASE_URL", team_url)
    assert cli("person", "add", "Ana Ruiz").code == 0
    monkeypatch.delenv("RXTRACKER_DATABASE_URL")
    assert cli("person", "list", "--json").json() == []
    assert len(_on(cli, team_url, "person", "list", "--json").json()) == 1


def test_the_password_comes_from_pgpassword_or_pgpass(
    cli: Cli, login_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", SECRET)
    assert _on(cli, login_url, "person", "add", "Ana Ruiz").code == 0
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / ".pgpass"
    passfile.write_text(f"*:*:*:{LOGIN}:{SECRET}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert _on(cli, login_url, *COURSE).code == 0
    # The history names the database login, whatever the operating system's login is.
    with psycopg.connect(login_url) as con:
        rows = con.execute("SELECT DISTINCT app_user FROM change_history").fetchall()
    assert rows == [(LOGIN,)]


def test_a_wrong_password_is_one_clear_line_without_the_password(
    cli: Cli, login_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    wrong = login_url.replace(f"{LOGIN}@", f"{LOGIN}:not-{SECRET}@")
    result = _on(cli, wrong, "person", "list")
    assert result.code == 1
    assert "rxtracker cannot use the team database" in result.err
    assert "password authentication failed" in result.err
    assert SECRET not in result.err and "Traceback" not in result.err


def test_an_unreachable_server_or_bare_database_is_explained(cli: Cli, pg_server: PgServer) -> None:
    with psycopg.connect(pg_server.admin(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS bare")
        con.execute("CREATE DATABASE bare")
    result = _on(cli, pg_server.admin("bare"), "person", "list")
    assert result.code == 1
    assert "holds no rxtracker records yet" in result.err
    assert f"rxtracker server init {pg_server.admin('bare')}" in result.err
    closed = f"postgresql://ana@127.0.0.1:{_closed_port()}/team"
    result = _on(cli, closed, "person", "list")
    assert (result.code, "Traceback" in result.err) == (1, False)
    assert "cannot use the team database" in result.err and "refused" in result.err
    result = _on(cli, "mysql://ana@host/db", "person", "list")
    assert (result.code, "postgresql://LOGIN@HOST:PORT/DATABASE" in result.err) == (1, True)


def test_tls_options_in_the_url_reach_libpq(cli: Cli, team_url: str) -> None:
    result = _on(cli, team_url + "?sslmode=require", "person", "list")
    assert result.code == 1
    assert "SSL" in result.err  # the test server has no TLS: libpq itself refused


def test_backups_are_the_servers_job(cli: Cli, team_url: str, tmp_path: Path) -> None:
    result = _on(cli, team_url, "backup", "--out", str(tmp_path / "b.zip"))
    assert result.code == 1
    assert "a team database is backed up on its server" in result.err


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
