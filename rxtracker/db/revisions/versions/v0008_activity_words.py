"""The CE log's word index (issue 24): an FTS5 table of each activity's text, on SQLite.

Revision ID: 0008
Revises: 0007

SQLite only (``rxtracker.db.word_index``): the table, the triggers that keep it in step, and
the text of every activity already there. A PostgreSQL team database searches with ``ILIKE``
and needs nothing.
"""

from __future__ import annotations

from alembic import op

from rxtracker.db.word_index import create_word_index

revision = "0008"
down_revision: str | None = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    create_word_index(op.get_bind(), fill=True)
