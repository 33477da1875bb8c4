"""The test suite's own PostgreSQL server (tests/pg_server.py)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import psycopg
import pytest

from tests.pg_server import PgServer

pytest_plugins = ["pytester"]


def test_the_server_answers_and_does_not_run_as_root(pg_server: PgServer) -> None:
    with psycopg.connect(pg_server.admin()) as con:
        version = con.execute("SHOW server_version_num").fetchone()
        data_dir = con.execute("SHOW data_directory").fetchone()
    assert version is not None and int(version[0]) >= 150000
    assert data_dir is not None
    assert Path(data_dir[0]).stat().st_uid != 0


def test_the_unix_socket_works_too(pg_server: PgServer) -> None:
    with psycopg.connect(
        host=str(pg_server.socket_dir), port=pg_server.port, user="postgres", dbname="postgres"
    ) as con:
        assert con.execute("SELECT 1").fetchone() == (1,)


_USES_SERVER = textwrap.dedent(
    """
    pytest_plugins = ["tests.pg_server"]

    def test_needs_server(pg_server):
        pass
    """
)


@pytest.mark.parametrize(("ci", "outcome"), [("true", "errors"), ("", "skipped")])
def test_a_missing_postgresql_fails_under_ci_and_skips_elsewhere(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str, outcome: str
) -> None:
    monkeypatch.setenv("RXTRACKER_PG_BIN", str(pytester.path / "no-postgres-here"))
    monkeypatch.setenv("CI", ci)
    monkeypatch.syspath_prepend(str(Path(__file__).parent.parent))
    pytester.makepyfile(test_it=_USES_SERVER)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(**{outcome: 1})
    assert "PostgreSQL is not installed" in result.stdout.str()
    assert os.environ["RXTRACKER_PG_BIN"].endswith("no-postgres-here")
