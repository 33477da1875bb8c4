"""What another workplace's archive reported about an activity.

Revision ID: 0004
Revises: 0003

The SQLite DDL of this step is kept in ``rxtracker.db.migrations`` as it was written at
the time; a PostgreSQL team database is created at schema 5, so there it does nothing.
"""

from __future__ import annotations

from rxtracker.db import migrations

revision = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    migrations.sqlite_step(migrations.v3_to_v4)
