"""Schema 6 (issue 20): a renewal application's steps and a credential's audits.

Kept apart from ``models.py`` (which they extend) so that module stays small; both register
on the same ``Base.metadata``.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rxtracker.db.models import KEEP_IDS, Base, stored_now

#: The steps a renewal_event row records; "confirmed" is a yes the technician gave for the
#: checklist (``reasons`` names what: "birthday", "ptcb-number").
EVENT_STEPS = ("applied", "returned", "resubmitted", "approved", "confirmed")


class RenewalEvent(Base):
    """One step of a credential's renewal application (applied, returned, approved...)."""

    __tablename__ = "renewal_event"
    __table_args__ = (
        CheckConstraint(
            "step IN ('applied', 'returned', 'resubmitted', 'approved', 'confirmed')",
            name="renewal_event_step",
        ),
        Index("ix_renewal_event_credential", "credential_id"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[int] = mapped_column(ForeignKey("credential.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(20))
    happened_on: Mapped[dt.date] = mapped_column(Date)
    #: The expiration of the cycle this application renews.
    cycle_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    reasons: Mapped[str] = mapped_column(Text, default="")
    fee: Mapped[str] = mapped_column(String(20), default="")
    #: An approval's new expiration date.
    new_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)


class CredentialAudit(Base):
    """An issuer's audit of a credential's CE: notice, due date, packet sent, outcome."""

    __tablename__ = "credential_audit"
    __table_args__ = (
        CheckConstraint("outcome IN ('', 'passed', 'failed')", name="credential_audit_outcome"),
        CheckConstraint("noticed_on <= due_on", name="credential_audit_order"),
        Index("ix_credential_audit_credential", "credential_id"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[int] = mapped_column(ForeignKey("credential.id", ondelete="CASCADE"))
    noticed_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    #: The expiration of the audited cycle.
    cycle_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(10), default="")
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)


def history_fields(
    obj: RenewalEvent | CredentialAudit, changed: frozenset[str] | None = None
) -> dict[str, list[object]]:
    """What a renewal step or an audit adds to its credential's change history ([old, new]).

    Steps are never changed once recorded; an audit gains its sending day and its outcome
    (``changed``: the columns an update changed; None for a new row).
    """
    if isinstance(obj, RenewalEvent):
        parts = [obj.happened_on.isoformat()]
        parts += [f"fee ${obj.fee}"] if obj.fee else []
        parts += [obj.reasons] if obj.reasons else []
        parts += [f"new expiration {obj.new_expires_on}"] if obj.new_expires_on else []
        return {f"renewal {obj.step}": [None, ", ".join(parts)]}
    if changed is None:
        due = f"received {obj.noticed_on}, documents due {obj.due_on}"
        return {"audit notice": [None, due]}
    out: dict[str, list[object]] = {}
    if "submitted_on" in changed and obj.submitted_on is not None:
        out["audit documents sent"] = [None, obj.submitted_on.isoformat()]
    if "outcome" in changed and obj.outcome:
        out["audit outcome"] = [None, f"{obj.outcome} on {obj.outcome_on}"]
    return out


_DAY = r"\d{4}-\d\d-\d\d"
#: The values ``history_fields`` writes, read back into their parts (for wording them).
_VALUES = {
    "renewal": re.compile(
        rf"(?P<on>{_DAY})(?:, fee \$(?P<fee>\d+(?:\.\d+)?))?(?:, (?P<reasons>.+?))?"
        rf"(?:, new expiration (?P<expires>{_DAY}))?"
    ),
    "audit notice": re.compile(rf"received (?P<on>{_DAY}), documents due (?P<due>{_DAY})"),
    "audit outcome": re.compile(rf"(?P<outcome>passed|failed) on (?P<on>{_DAY})"),
}


def history_value_parts(field: str, value: str) -> dict[str, str] | None:
    """The parts of a value ``history_fields`` wrote for ``field``; None for another value.

    "2026-12-01, fee $50" of "renewal applied" gives ``{"on": "2026-12-01", "fee": "50"}``.
    """
    pattern = _VALUES.get("renewal" if field.startswith("renewal ") else field)
    found = pattern.fullmatch(value) if pattern else None
    return {k: v for k, v in found.groupdict().items() if v} if found else None
