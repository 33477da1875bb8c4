"""Generate ``db_schema.sql`` from the ORM metadata.

Run ``python -m rxtracker.db.schema > db_schema.sql`` after every schema change; a test
fails when the file drifts from the models.
"""

from __future__ import annotations

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


if __name__ == "__main__":
    print(schema_sql(), end="")
