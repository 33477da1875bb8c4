"""An issuer's audit of a credential's CE (issue 20): notice, packet sent, outcome.

"PTCB has the discretion to audit the recertification eligibility of a PTCB certificant at
any time" and asks for proof of the CE of the previous cycle by the date in its notice
(https://ptcb.zendesk.com/hc/en-us/articles/360045906712-What-are-the-requirements-for-proof-of-completion-for-a-CE-audit-).
The packet itself is the audit report of the audited cycle (``services.report``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db import Credential, CredentialAudit
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.inputs import clean_text
from rxtracker.services.rows import Changes, Kind, Outcome

OUTCOMES = ("passed", "failed")


@dataclass(frozen=True, slots=True)
class AuditRow:
    """A recorded audit.

    Attributes:
        cycle_expires_on: the expiration of the audited cycle (the one the audit asks about).
    """

    id: int
    credential_id: int
    noticed_on: dt.date
    due_on: dt.date
    cycle_expires_on: dt.date | None
    submitted_on: dt.date | None
    outcome: str
    outcome_on: dt.date | None
    note: str


#: Where an audit form's due date starts: PTCB's notice gives its own date; this is a guess.
SUGGESTED_DUE_DAYS = 30


def suggested_due(today: dt.date) -> dt.date:
    """The due date an audit form suggests before the notice's own is typed."""
    return today + dt.timedelta(days=SUGGESTED_DUE_DAYS)


def add_audit(
    ctx: Context, credential_id: int, noticed_on: dt.date, due_on: dt.date, note: str = ""
) -> Outcome[AuditRow]:
    """Record an audit notice. The audited cycle is the last renewed one, else the current.

    Raises:
        InvalidInput: the notice is in the future, or due before it came.
        NotFound: no such credential.
    """
    if noticed_on > ctx.clock.today():
        raise InvalidInput(
            "on", translate("audits", "{date} is in the future").format(date=noticed_on)
        )
    if due_on < noticed_on:
        problem = translate("audits", "{date} is before the notice ({notice})")
        raise InvalidInput("due", problem.format(date=due_on, notice=noticed_on))
    text = clean_text(note, "note", limit=2000, required=False)
    with ctx.db.write() as session:
        credential = _credential(session, credential_id)
        past = [c.expires_on for c in credential.past_cycles if c.renewed_on <= noticed_on]
        audit = CredentialAudit(
            credential_id=credential_id,
            noticed_on=noticed_on,
            due_on=due_on,
            cycle_expires_on=max(past) if past else credential.expires_on,
            outcome="",
            note=text,
        )
        session.add(audit)
        session.flush()
        return Outcome(_row(audit), _changed(credential))


def audit_submitted(ctx: Context, credential_id: int, on: dt.date) -> Outcome[AuditRow]:
    """Record the day the documents of the credential's open audit were sent.

    Raises:
        InvalidInput: no open audit, or the day is in the future or before the notice.
        NotFound: no such credential.
    """
    return _update(ctx, credential_id, on, submitted=True)


def audit_outcome(ctx: Context, credential_id: int, outcome: str, on: dt.date) -> Outcome[AuditRow]:
    """Record the outcome ("passed" or "failed") of the credential's newest audit.

    Raises:
        InvalidInput: no audit waiting for one, a wrong outcome, or a wrong day.
        NotFound: no such credential.
    """
    if outcome not in OUTCOMES:
        problem = translate("audits", "{outcome} must be passed or failed")
        raise InvalidInput("outcome", problem.format(outcome=repr(outcome)))
    return _update(ctx, credential_id, on, outcome=outcome)


def list_audits(ctx: Context, credential_id: int) -> list[AuditRow]:
    """A credential's audits, newest first."""
    with ctx.db.read() as session:
        query = (
            select(CredentialAudit)
            .where(CredentialAudit.credential_id == credential_id)
            .order_by(CredentialAudit.noticed_on.desc(), CredentialAudit.id.desc())
        )
        return [_row(a) for a in session.scalars(query)]


def _update(
    ctx: Context, credential_id: int, on: dt.date, *, submitted: bool = False, outcome: str = ""
) -> Outcome[AuditRow]:
    if on > ctx.clock.today():
        raise InvalidInput("on", translate("audits", "{date} is in the future").format(date=on))
    with ctx.db.write() as session:
        credential = _credential(session, credential_id)
        audit = session.scalars(
            select(CredentialAudit)
            .where(CredentialAudit.credential_id == credential_id, CredentialAudit.outcome == "")
            .order_by(CredentialAudit.noticed_on.desc(), CredentialAudit.id.desc())
        ).first()
        if audit is None:
            problem = translate("audits", "no open audit is recorded for this credential")
            raise InvalidInput("audit", problem)
        if on < audit.noticed_on:
            problem = translate("audits", "{date} is before the audit notice ({notice})")
            raise InvalidInput("on", problem.format(date=on, notice=audit.noticed_on))
        if submitted:
            audit.submitted_on = on
        else:
            audit.outcome, audit.outcome_on = outcome, on
        session.flush()
        return Outcome(_row(audit), _changed(credential))


def _row(a: CredentialAudit) -> AuditRow:
    return AuditRow(
        a.id,
        a.credential_id,
        a.noticed_on,
        a.due_on,
        a.cycle_expires_on,
        a.submitted_on,
        a.outcome,
        a.outcome_on,
        a.note,
    )


def _changed(credential: Credential) -> Changes:
    return Changes.of(Kind.CREDENTIALS, people={credential.person_id}, credentials={credential.id})


def _credential(session: Session, credential_id: int) -> Credential:
    credential = session.get(Credential, credential_id)
    if credential is None:
        raise NotFound("credential", credential_id)
    return credential
