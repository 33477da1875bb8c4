"""Many rows into one table with a single SQLite ``executemany``.

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

from sqlalchemy import Connection, insert, inspect


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
