"""The services tests run on both backends: the local SQLite file and a PostgreSQL database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from rxtracker.db import Base
from rxtracker.services import AppPaths, Context, open_context

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def ctx(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Context]:
    """An opened data folder whose records are in SQLite, or in a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_ctx")
        return
    with request.getfixturevalue("pg_databases").fresh() as url:
        context = open_context(AppPaths.resolve(data_dir, database_url=url))
        yield context
        context.close()


def is_team(ctx: Context) -> bool:
    """True when ``ctx`` works on a PostgreSQL team database."""
    return ctx.paths.database_url is not None


def plain(value: Any) -> Any:
    """A column value as SQLite's text gives it, so the two backends compare equal."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def sql_rows(ctx: Context, query: str, **params: Any) -> list[tuple[Any, ...]]:
    """The rows of a hand-written query (``:name`` parameters), values made ``plain``."""
    with ctx.db.read() as session:
        return [tuple(map(plain, r)) for r in session.execute(text(query), params)]


def table_dump(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: equal dumps mean equal contents."""
    with ctx.db.read() as session:
        return {
            table.name: [
                tuple(map(plain, r))
                for r in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }
