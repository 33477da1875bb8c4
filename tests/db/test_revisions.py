"""One Alembic history for both backends (issue 13): rxtracker/db/revisions."""

from __future__ import annotations

import psycopg
import pytest

from rxtracker.db import SCHEMA_VERSION, TeamDatabase
from rxtracker.db.migrations import revision_id, script_directory
from rxtracker.services import team_server
from tests.pg_server import PgDatabases


def test_the_history_is_one_line_from_schema_1_to_the_head() -> None:
    script = script_directory()
    assert script.get_heads() == [revision_id(SCHEMA_VERSION)]
    chain = [r.revision for r in script.walk_revisions()]
    assert chain == [revision_id(v) for v in range(SCHEMA_VERSION, 0, -1)]


@pytest.fixture
def team_url(pg_databases: PgDatabases) -> str:
    """A database of its own: server init adds roles and policies to it."""
    return pg_databases.create("revisions_test")


def test_a_team_database_is_stamped_at_the_head_and_server_init_upgrades_an_older_one(
    team_url: str,
) -> None:
    with psycopg.connect(team_url, autocommit=True) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision_id(SCHEMA_VERSION),)
        ]
        con.execute("DROP TABLE renewal_event, credential_audit")  # made by revision 6
        con.execute("UPDATE alembic_version SET version_num = '0004'")
        for table in ("person", "credential", "activity"):  # as schema 4 had them
            con.execute(f"ALTER TABLE {table} DROP COLUMN version")
    with pytest.raises(Exception, match="needs an upgrade to schema"):
        TeamDatabase(team_url)
    assert team_server.init(team_url) == SCHEMA_VERSION  # revisions 5 to 7 through Alembic
    TeamDatabase(team_url).close()
    with psycopg.connect(team_url) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision_id(SCHEMA_VERSION),)
        ]
        added = con.execute(
            "SELECT table_name, column_default, is_nullable FROM information_schema.columns "
            "WHERE column_name = 'version' AND table_schema = 'public' ORDER BY table_name"
        ).fetchall()
    assert added == [(t, "1", "NO") for t in ("activity", "credential", "person")]
