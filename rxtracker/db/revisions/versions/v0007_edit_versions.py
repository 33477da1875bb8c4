"""An edit counter on every record people edit, so a stale save is refused (issue 13).

Revision ID: 0007
Revises: 0006

Runs through Alembic's ``op`` on both backends: SQLite and PostgreSQL both add a column
with a constant default without rewriting the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision: str | None = "0006"
branch_labels = None
depends_on = None

#: The tables whose rows carry ``version`` (``rxtracker.db.models.Versioned``).
VERSIONED = ("person", "credential", "activity")


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    for table in VERSIONED:
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
