"""Generate ``db_schema.sql`` from the ORM metadata.

Run ``python -m rxtracker.db.schema > db_schema.sql`` after every schema change; a test
fails when the file drifts from the models.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import tempfile
from pathlib import Path

from rxtracker.db.database import Database
from rxtracker.db.migrations import SCHEMA_VERSION


def schema_sql() -> str:
    """The DDL of a fresh database, in a stable order, with its version header."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "schema.sqlite3")
        db.close()
        con = sqlite3.connect(Path(tmp) / "schema.sqlite3")
        try:
            rows = con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name"
            ).fetchall()
        finally:
            con.close()
    header = (
        "-- rxtracker database schema, generated from rxtracker/db/models.py.\n"
        "-- Do not edit: run `python -m rxtracker.db.schema > db_schema.sql`.\n"
        f"PRAGMA user_version = {SCHEMA_VERSION};\n"
    )
    body = "".join(f"\n{sql.strip()};\n" for _, _, sql in rows)
    return header + "\n".join(line.rstrip() for line in body.split("\n"))


def structure(con: sqlite3.Connection) -> frozenset[str]:
    """The database's tables, columns, indexes, foreign keys, checks, triggers and views.

    One line each, comparable as a set: a migrated database and a fresh one give the same
    set even where ``ALTER TABLE`` left their DDL text different.
    """
    rows = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    out: set[str] = set()
    for kind, name, _table, sql in rows:
        if kind == "table":
            out |= _table_lines(con, name, sql or "")
        elif kind in ("trigger", "view"):
            out.add(f"{kind} {name}: {' '.join((sql or '').split())}")
    return frozenset(out)


def _table_lines(con: sqlite3.Connection, table: str, sql: str) -> set[str]:
    quoted = table.replace('"', '""')
    lines = {f"table {table}"}
    lines |= {
        f"column {table}.{r[1]} {r[2]} notnull={r[3]} default={r[4]} pk={r[5]}"
        for r in con.execute(f'PRAGMA table_info("{quoted}")')
    }
    for index in con.execute(f'PRAGMA index_list("{quoted}")').fetchall():
        iq = index[1].replace('"', '""')
        columns = ",".join(str(c[2]) for c in con.execute(f'PRAGMA index_info("{iq}")'))
        lines.add(f"index {index[1]} on {table}({columns}) unique={index[2]}")
    lines |= {
        f"foreign key {table}.{r[3]} -> {r[2]}.{r[4]} on delete {r[6]}"
        for r in con.execute(f'PRAGMA foreign_key_list("{quoted}")')
    }
    lines |= {f"check {table}.{c}" for c in re.findall(r"CONSTRAINT\s+(\w+)\s+CHECK", sql)}
    return lines


@functools.cache
def expected_structure() -> frozenset[str]:
    """The structure of a fresh database at the head schema (see ``structure``)."""
    with tempfile.TemporaryDirectory() as tmp:
        Database(Path(tmp) / "fresh.sqlite3").close()
        con = sqlite3.connect(Path(tmp) / "fresh.sqlite3")
        try:
            return structure(con)
        finally:
            con.close()


def schema_differences(con: sqlite3.Connection) -> list[str]:
    """How a head-schema database differs from what rxtracker makes (empty: not at all).

    Each line says what it has that rxtracker does not make, or lacks, e.g.
    ``has trigger wipe: CREATE TRIGGER wipe ...``.
    """
    actual, expected = structure(con), expected_structure()
    return [f"has {line}" for line in sorted(actual - expected)] + [
        f"lacks {line}" for line in sorted(expected - actual)
    ]


if __name__ == "__main__":
    print(schema_sql(), end="")
