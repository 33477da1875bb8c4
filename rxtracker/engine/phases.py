"""The renewal application's life after "you have what you need" (issue 20).

Applied, returned, resubmitted, approved; an audit notice, the packet sent, its outcome.
Everything here is a function of what was recorded, the catalog's numbers and ``as_of``.

PTCB's published rules (read 2026-12-07):

- Return reasons and the 30-day resubmission: "you must resubmit your application within
  30 days of the application return" (``RETURNED``); the $10 reprocessing fee is catalog data.
- Not resubmitted in time: "You are eligible to apply for reinstatement within one year of
  your certification expiration date" (``REINSTATE``).
- Audits: "PTCB has the discretion to audit the recertification eligibility of a PTCB
  certificant at any time" (``AUDIT``); the documents are due by the notice's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from msgspec import Struct

from rxtracker.engine.result import RenewalDate

RETURNED = (
    "https://ptcb.zendesk.com/hc/en-us/articles/"
    "206169508-Why-was-my-renewal-application-returned-What-do-I-need-to-do-next"
)
REINSTATE = (
    "https://ptcb.zendesk.com/hc/en-us/articles/360040192931-My-recertification-application-"
    "was-returned-I-cannot-provide-documentation-showing-I-completed-all-CE-requirements-"
    "during-my-last-recertification-cycle-What-are-my-options"
)
AUDIT = (
    "https://ptcb.zendesk.com/hc/en-us/articles/"
    "360045906712-What-are-the-requirements-for-proof-of-completion-for-a-CE-audit-"
)


class Step(StrEnum):
    """A recorded step of a renewal application."""

    APPLIED = "applied"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    APPROVED = "approved"


class ApplicationPhase(StrEnum):
    """Where a credential's renewal application stands on ``as_of``."""

    NOT_APPLIED = "not_applied"
    APPLIED = "applied"
    RETURNED = "returned"  # within the time to resubmit
    RESUBMITTED = "resubmitted"
    NOT_RESUBMITTED = "not_resubmitted"  # the time to resubmit is over: reinstatement
    APPROVED = "approved"


class StepFact(Struct, frozen=True):
    """One recorded step of an application.

    Attributes:
        cycle_end: the expiration of the cycle the application renews.
        expires_on: for an approval, the new expiration date.
    """

    step: Step
    on: dt.date
    cycle_end: dt.date | None
    reasons: str = ""
    fee: str = ""
    expires_on: dt.date | None = None


class ReturnRules(Struct, frozen=True):
    """The catalog's numbers for a returned application (None: the issuer gives none)."""

    resubmit_days: int | None
    reprocessing_fee: str | None
    reinstatement_until: dt.date | None


class Application(Struct, frozen=True):
    """A credential's renewal application on ``as_of`` (``services.wording`` says it).

    Attributes:
        since: the day of the last step known (applied, returned, resubmitted, approved).
        applied_on, fee: the day it was applied for, and the fee paid then (or resubmitting).
        returned_on, reasons: the day it was returned, and the issuer's reasons.
        resubmit_by: the last day to resubmit (None: the issuer gives no time).
        reprocessing_fee: the fee to resubmit; reinstate_by: the last day to reinstate.
        new_expiration: an approval's new expiration date.
    """

    phase: ApplicationPhase
    since: dt.date | None = None
    applied_on: dt.date | None = None
    fee: str = ""
    returned_on: dt.date | None = None
    reasons: str = ""
    resubmit_by: dt.date | None = None
    reprocessing_fee: str | None = None
    reinstate_by: dt.date | None = None
    new_expiration: dt.date | None = None

    @property
    def pending(self) -> bool:
        """Applied (or resubmitted) and not yet decided, or returned and not yet resubmitted."""
        return self.phase not in (ApplicationPhase.NOT_APPLIED, ApplicationPhase.APPROVED)


def application(
    steps: Sequence[StepFact], cycle_end: dt.date | None, rules: ReturnRules, as_of: dt.date
) -> Application:
    """The application of the cycle ending ``cycle_end``, from the steps recorded by ``as_of``.

    After an approval the credential's cycle is the new one: the approval that gave it its
    expiration is reported until a step of the new cycle is recorded.
    """
    known = sorted((s for s in steps if s.on <= as_of), key=lambda s: (s.on, _ORDER[s.step]))
    current = [s for s in known if s.cycle_end == cycle_end]
    if not current:
        approved = [s for s in known if s.step == Step.APPROVED and s.expires_on == cycle_end]
        return _approved(approved[-1]) if approved else Application(ApplicationPhase.NOT_APPLIED)
    last = current[-1]
    applied = next((s for s in current if s.step == Step.APPLIED), current[0])
    if last.step == Step.APPROVED:
        return _approved(last)
    if last.step == Step.RETURNED:
        return _returned(last, rules, as_of, applied.on)
    if last.step == Step.RESUBMITTED:
        return Application(
            ApplicationPhase.RESUBMITTED,
            since=last.on,
            applied_on=applied.on,
            fee=last.fee,
        )
    return Application(ApplicationPhase.APPLIED, since=last.on, applied_on=last.on, fee=last.fee)


_ORDER = {Step.APPLIED: 0, Step.RETURNED: 1, Step.RESUBMITTED: 2, Step.APPROVED: 3}


def _approved(step: StepFact) -> Application:
    return Application(ApplicationPhase.APPROVED, since=step.on, new_expiration=step.expires_on)


def _returned(step: StepFact, rules: ReturnRules, as_of: dt.date, applied: dt.date) -> Application:
    """A returned application: resubmit within the issuer's days, else reinstate."""
    by = None
    if rules.resubmit_days is not None:
        by = step.on + dt.timedelta(days=rules.resubmit_days)
    phase = ApplicationPhase.RETURNED
    if by is not None and as_of > by:
        phase = ApplicationPhase.NOT_RESUBMITTED
    return Application(
        phase,
        since=step.on,
        applied_on=applied,
        returned_on=step.on,
        reasons=step.reasons,
        resubmit_by=by,
        reprocessing_fee=rules.reprocessing_fee,
        reinstate_by=rules.reinstatement_until,
    )


# ------------------------------------------------------------------ audits


class AuditPhase(StrEnum):
    """Where an audit of a credential stands on ``as_of``."""

    NONE = "none"
    OPEN = "open"  # noticed, documents not sent yet
    LATE = "late"  # documents not sent by the due date
    SUBMITTED = "submitted"
    PASSED = "passed"
    FAILED = "failed"


class AuditFact(Struct, frozen=True):
    """A recorded audit: its notice, due date, the day the packet was sent, the outcome."""

    id: int
    noticed_on: dt.date
    due_on: dt.date
    submitted_on: dt.date | None = None
    outcome: str = ""  # "passed" or "failed"; "" while undecided
    outcome_on: dt.date | None = None


class Audit(Struct, frozen=True):
    """The newest audit of a credential on ``as_of`` (``services.wording`` says it).

    Attributes:
        noticed_on, due_on: the notice's day and the day the proof is due.
        submitted_on: the day the documents were sent (None: not yet, or not known).
        outcome_on: the day of the outcome (PASSED, FAILED).
    """

    phase: AuditPhase
    audit_id: int | None = None
    due_on: dt.date | None = None
    noticed_on: dt.date | None = None
    submitted_on: dt.date | None = None
    outcome_on: dt.date | None = None


def audit_state(audits: Sequence[AuditFact], as_of: dt.date) -> Audit:
    """The newest audit noticed by ``as_of`` (steps recorded after ``as_of`` not yet known)."""
    known = [a for a in audits if a.noticed_on <= as_of]
    if not known:
        return Audit(AuditPhase.NONE)
    a = max(known, key=lambda x: (x.noticed_on, x.id))
    if a.outcome and a.outcome_on is not None and a.outcome_on <= as_of:
        phase = AuditPhase.PASSED if a.outcome == "passed" else AuditPhase.FAILED
        return Audit(phase, a.id, a.due_on, a.noticed_on, a.submitted_on, a.outcome_on)
    if a.submitted_on is not None and a.submitted_on <= as_of:
        return Audit(AuditPhase.SUBMITTED, a.id, a.due_on, a.noticed_on, a.submitted_on)
    phase = AuditPhase.LATE if as_of > a.due_on else AuditPhase.OPEN
    return Audit(phase, a.id, a.due_on, a.noticed_on)


class RenewalState(Struct, frozen=True):
    """A credential's application and newest audit on ``as_of``."""

    application: Application
    audit: Audit

    @property
    def audit_open(self) -> bool:
        """An audit is under way: documents to send, late, or sent and waiting."""
        return self.audit.phase in (AuditPhase.OPEN, AuditPhase.LATE, AuditPhase.SUBMITTED)


def state_dates(state: RenewalState) -> tuple[RenewalDate, ...]:
    """The dates a recorded application or audit adds to the calendar and Upcoming dates."""
    app, audit = state.application, state.audit
    dates = []
    if app.phase == ApplicationPhase.RETURNED and app.resubmit_by is not None:
        dates.append(RenewalDate("resubmission", app.resubmit_by, "resubmission due"))
    if audit.phase == AuditPhase.OPEN and audit.due_on is not None:
        dates.append(RenewalDate("audit", audit.due_on, "audit documents due"))
    return tuple(dates)


NOTHING = RenewalState(Application(ApplicationPhase.NOT_APPLIED), Audit(AuditPhase.NONE))
