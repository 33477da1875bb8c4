"""Ids never reused: AUTOINCREMENT on every table whose ids people see.

Revision ID: 0005
Revises: 0004

The SQLite DDL of this step is kept in ``rxtracker.db.migrations`` as it was written at
the time; a PostgreSQL team database is created at schema 5, so there it does nothing.
"""

from __future__ import annotations

from rxtracker.db import migrations

revision = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    migrations.sqlite_step(migrations.v4_to_v5)
