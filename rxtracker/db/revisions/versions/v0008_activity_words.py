"""The CE log's word index (issue 24) and the index its search summary reads.

Revision ID: 0008
Revises: 0007

On SQLite, the FTS5 word index (``rxtracker.db.word_index``): the table, the triggers that
keep it in step, and the text of every activity already there. A PostgreSQL team database
searches with a regular expression and needs no such table. Both backends get
``ix_activity_hours`` (id, person, hours): the search summary reads the matches' hours there
instead of in the table.
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
    op.create_index("ix_activity_hours", "activity", ["id", "person_id", "hours_hundredths"])
    create_word_index(op.get_bind(), fill=True)
