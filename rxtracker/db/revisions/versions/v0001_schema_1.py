"""Schema 1: the first released schema (people, credentials, activities, tags, certificates).

Revision ID: 0001
Revises: (none: the base)
"""

from __future__ import annotations

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    # Nothing to do: a database is never older than schema 1.
