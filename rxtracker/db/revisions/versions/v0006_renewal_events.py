"""Renewal applications and audits (issue 20): tables renewal_event and credential_audit.

Revision ID: 0006
Revises: 0005

Written with Alembic's ``op``, so it runs on both backends. The tables are spelled out as
they were at the time, never derived from the current models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels = None
depends_on = None

_KEEP_IDS = {"sqlite_autoincrement": True}


def _credential_id() -> sa.Column[int]:
    return sa.Column(
        "credential_id",
        sa.Integer(),
        sa.ForeignKey("credential.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    """Bring a database at the previous revision to this one."""
    op.create_table(
        "renewal_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        _credential_id(),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("cycle_expires_on", sa.Date()),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("fee", sa.String(20), nullable=False),
        sa.Column("new_expires_on", sa.Date()),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "step IN ('applied', 'returned', 'resubmitted', 'approved', 'confirmed')",
            name="renewal_event_step",
        ),
        **_KEEP_IDS,
    )
    op.create_index("ix_renewal_event_credential", "renewal_event", ["credential_id"])
    op.create_table(
        "credential_audit",
        sa.Column("id", sa.Integer(), primary_key=True),
        _credential_id(),
        sa.Column("noticed_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("cycle_expires_on", sa.Date()),
        sa.Column("submitted_on", sa.Date()),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("outcome_on", sa.Date()),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("outcome IN ('', 'passed', 'failed')", name="credential_audit_outcome"),
        sa.CheckConstraint("noticed_on <= due_on", name="credential_audit_order"),
        **_KEEP_IDS,
    )
    op.create_index("ix_credential_audit_credential", "credential_audit", ["credential_id"])
