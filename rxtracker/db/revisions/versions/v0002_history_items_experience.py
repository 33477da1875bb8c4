"""Credential history and items, work experience, custom types, import batches.

Revision ID: 0002
Revises: 0001

The SQLite DDL of this step is kept in ``rxtracker.db.migrations`` as it was written at
the time; a PostgreSQL team database is created at schema 5, so there it does nothing.
"""

from __future__ import annotations

from rxtracker.db import migrations

revision = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    migrations.sqlite_step(migrations.v1_to_v2)
