"""Many rows into one table with a single ``executemany``; ids for rows about to be inserted.

SQLAlchemy's Core ``insert(table)`` with a list of rows builds a parameter dictionary per
row and runs each value through its type; for thousands of rows (an import) that Python
work costs about as much as SQLite's own. Here the statement is written once and each value
goes through the same bind processor SQLAlchemy would use (so a date is stored exactly as
SQLAlchemy stores it), straight into the DB-API ``executemany``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, func, insert, inspect, select


def insert_many(
    connection: Connection, model: type[Any], rows: Sequence[Mapping[str, Any]]
) -> None:
    """INSERT ``rows`` into ``model``'s table in one executemany, on ``connection``'s transaction.

    Every row must give the same columns (those of the first row); a column left out gets
    its server default. Columns with a Python-side default must be given.

    Raises:
        KeyError: a row lacks a column the statement needs.
    """
    if not rows:
        return
    dialect = connection.dialect
    if not dialect.positional:  # psycopg (PostgreSQL): SQLAlchemy batches it well already
        connection.execute(insert(model), list(rows))
        return
    compiled = insert(model).compile(dialect=dialect, column_keys=list(rows[0]))
    names = list(compiled.positiontup or ())  # the statement's "?" in order
    columns = inspect(model).columns
    processors = [
        (index, process)
        for index, name in enumerate(names)
        if (process := columns[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    connection.exec_driver_sql(compiled.string, _values(rows, names, processors))


def _values(
    rows: Sequence[Mapping[str, Any]],
    names: list[str],
    processors: list[tuple[int, Callable[[Any], Any]]],
) -> list[tuple[Any, ...]]:
    """Each row's values in statement order, through their column's processor if it has one."""
    pick = itemgetter(*names)
    if len(names) == 1:
        return [(pick(row),) for row in rows]
    if not processors:
        return [pick(row) for row in rows]
    # Dates and stamps repeat across rows (a batch's one timestamp, the same day): each
    # distinct value goes through its processor once.
    memos: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = [
        (index, process, {None: None}) for index, process in processors
    ]
    out = []
    for row in rows:
        values = list(pick(row))
        for index, process, memo in memos:
            values[index] = _processed(values[index], process, memo)
        out.append(tuple(values))
    return out


def _processed(value: Any, process: Callable[[Any], Any], memo: dict[Any, Any]) -> Any:
    try:
        done = memo.get(value, _MISSING)
    except TypeError:  # an unhashable value (a JSON document): processed every time
        return process(value)
    if done is _MISSING:
        done = memo[value] = process(value)
    return done


_MISSING = object()


def new_ids(connection: Connection, model: type[Any], count: int) -> list[int]:
    """``count`` ids for new rows of ``model``, in order, that nobody else can take.

    On SQLite they are the ones SQLite would choose itself (one more than the largest ever
    handed out, then counting up), safe because the caller's write transaction holds the
    database's write lock. On PostgreSQL, where writers do not lock each other out, they come
    from the id column's sequence.
    """
    table = inspect(model).local_table
    column = table.c.id
    if connection.dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, column.name)
        drawn = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        return [int(v) for v in connection.execute(drawn).scalars()]
    largest = connection.execute(select(func.max(column))).scalar_one_or_none() or 0
    if table.kwargs.get("sqlite_autoincrement"):  # never an id a deleted row had (schema 5)
        used = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
        ).scalar_one_or_none()
        largest = max(largest, used or 0)
    return list(range(largest + 1, largest + 1 + count))
