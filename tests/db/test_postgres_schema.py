"""One schema, two backends: the ORM's tables as PostgreSQL holds them (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine, create_engine, inspect

from rxtracker.db import SCHEMA_VERSION, Activity, Base, DatabaseTooNew, TeamDatabase
from rxtracker.db.bulk import new_ids
from rxtracker.db.postgres import engine_url
from rxtracker.services import team_server
from tests.pg_server import PgDatabases


@pytest.fixture
def team_url(pg_databases: PgDatabases) -> Iterator[str]:
    with pg_databases.fresh() as url:
        yield url


@pytest.fixture
def engine(team_url: str) -> Iterator[Engine]:
    made = create_engine(engine_url(team_url))
    yield made
    made.dispose()


def test_every_table_column_and_check_of_the_models_is_there(engine: Engine) -> None:
    found = inspect(engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"]: c["nullable"] for c in found.get_columns(table.name)}
        assert columns == {c.name: c.nullable for c in table.columns}, table.name
        checks = {c["name"] for c in found.get_check_constraints(table.name)}
        wanted = {c.name for c in table.constraints if c.__class__.__name__ == "CheckConstraint"}
        assert checks == wanted, table.name


def test_check_constraints_and_the_append_only_history_hold(team_url: str) -> None:
    with psycopg.connect(team_url, autocommit=True) as con:
        con.execute(
            "INSERT INTO person (name, role, notes, active) VALUES ('Ana', 'technician', '', true)"
        )
        with pytest.raises(errors.CheckViolation, match="activity_hours_range"):
            con.execute(
                "INSERT INTO activity (person_id, title, provider, completed_on, "
                "hours_hundredths, category, source, notes) "
                "VALUES (1, 'x', '', '2026-01-05', 0, 'acpe', 'manual', '')"
            )
        with pytest.raises(errors.CheckViolation, match="person_name_not_blank"):
            con.execute(
                "INSERT INTO person (name, role, notes, active) "
                "VALUES ('  ', 'technician', '', true)"
            )
        con.execute(
            "INSERT INTO change_history (changed_at, app_user, entity, entity_id, action, "
            "changes) VALUES (now(), 'typed name', 'person', 1, 'create', '{}')"
        )
        assert con.execute("SELECT app_user FROM change_history").fetchall() == [("postgres",)]
        for statement in (
            "UPDATE change_history SET entity_id = 2",
            "DELETE FROM change_history",
            "TRUNCATE change_history",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="change history cannot be"):
                con.execute(statement)


def test_ids_drawn_for_an_import_are_never_handed_out_twice(engine: Engine) -> None:
    with engine.begin() as first, engine.begin() as second:  # two writers at once
        a, b = new_ids(first, Activity, 3), new_ids(second, Activity, 3)
    assert len(set(a) | set(b)) == 6 and a == sorted(a)


def test_a_database_from_a_newer_rxtracker_is_refused(team_url: str) -> None:
    with psycopg.connect(team_url, autocommit=True) as con:
        con.execute("UPDATE alembic_version SET version_num = %s", (f"{SCHEMA_VERSION + 1:04d}",))
    try:
        with pytest.raises(DatabaseTooNew, match="newer rxtracker"):
            TeamDatabase(team_url)
        with pytest.raises(DatabaseTooNew, match="nothing was changed"):
            team_server.init(team_url)
    finally:
        with psycopg.connect(team_url, autocommit=True) as con:
            con.execute("UPDATE alembic_version SET version_num = %s", (f"{SCHEMA_VERSION:04d}",))
