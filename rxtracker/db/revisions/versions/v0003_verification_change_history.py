"""Activity verification, the change history, credentials that never expire.

Revision ID: 0003
Revises: 0002

The SQLite DDL of this step is kept in ``rxtracker.db.migrations`` as it was written at
the time; a PostgreSQL team database is created at schema 5, so there it does nothing.
"""

from __future__ import annotations

from rxtracker.db import migrations

revision = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    migrations.sqlite_step(migrations.v2_to_v3)
