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
from dataclasses import dataclass
from enum import StrEnum

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

    @property
    def label(self) -> str:
        """The word the Team grid and the card show."""
        return {
            ApplicationPhase.NOT_APPLIED: "Not applied",
            ApplicationPhase.APPLIED: "Applied",
            ApplicationPhase.RETURNED: "Returned",
            ApplicationPhase.RESUBMITTED: "Resubmitted",
            ApplicationPhase.NOT_RESUBMITTED: "Reinstate",
            ApplicationPhase.APPROVED: "Approved",
        }[self]


@dataclass(frozen=True, slots=True)
class StepFact:
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


@dataclass(frozen=True, slots=True)
class ReturnRules:
    """The catalog's numbers for a returned application (None: the issuer gives none)."""

    resubmit_days: int | None
    reprocessing_fee: str | None
    reinstatement_until: dt.date | None


@dataclass(frozen=True, slots=True)
class Application:
    """A credential's renewal application on ``as_of``, with the sentence that says it."""

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
    sentence: str = ""

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
            sentence=f"Resubmitted on {last.on}; waiting for the decision.",
        )
    fee = f" (fee ${last.fee} paid)" if last.fee else ""
    return Application(
        ApplicationPhase.APPLIED,
        since=last.on,
        applied_on=last.on,
        fee=last.fee,
        sentence=f"Applied on {last.on}{fee}; not approved yet.",
    )


_ORDER = {Step.APPLIED: 0, Step.RETURNED: 1, Step.RESUBMITTED: 2, Step.APPROVED: 3}


def _approved(step: StepFact) -> Application:
    new = f"; the new expiration is {step.expires_on}" if step.expires_on else ""
    return Application(
        ApplicationPhase.APPROVED,
        since=step.on,
        new_expiration=step.expires_on,
        sentence=f"Renewal approved on {step.on}{new}.",
    )


def _returned(step: StepFact, rules: ReturnRules, as_of: dt.date, applied: dt.date) -> Application:
    """A returned application: resubmit within the issuer's days, else reinstate."""
    why = f" ({step.reasons})" if step.reasons else ""
    fee = f" with the ${rules.reprocessing_fee} reprocessing fee" if rules.reprocessing_fee else ""
    until = rules.reinstatement_until
    reinstate = f"reinstatement is possible until {until}" if until else "ask about reinstatement"
    if rules.resubmit_days is None:
        by = None
        sentence = f"Returned on {step.on}{why}; ask the issuer how to resubmit, or {reinstate}."
    else:
        by = step.on + dt.timedelta(days=rules.resubmit_days)
        sentence = f"Returned on {step.on}{why}. Resubmit by {by}{fee}, or {reinstate}."
    phase = ApplicationPhase.RETURNED
    if by is not None and as_of > by:
        phase = ApplicationPhase.NOT_RESUBMITTED
        sentence = (
            f"Returned on {step.on}{why} and not resubmitted by {by}: "
            f"{reinstate[0].upper()}{reinstate[1:]}."
        )
    return Application(
        phase,
        since=step.on,
        applied_on=applied,
        returned_on=step.on,
        reasons=step.reasons,
        resubmit_by=by,
        reprocessing_fee=rules.reprocessing_fee,
        reinstate_by=until,
        sentence=sentence,
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

    @property
    def label(self) -> str:
        """Words for the user."""
        return {
            AuditPhase.NONE: "",
            AuditPhase.OPEN: "Audit: send documents",
            AuditPhase.LATE: "Audit: documents late",
            AuditPhase.SUBMITTED: "Audit: documents sent",
            AuditPhase.PASSED: "Audit passed",
            AuditPhase.FAILED: "Audit not passed",
        }[self]


@dataclass(frozen=True, slots=True)
class AuditFact:
    """A recorded audit: its notice, due date, the day the packet was sent, the outcome."""

    id: int
    noticed_on: dt.date
    due_on: dt.date
    submitted_on: dt.date | None = None
    outcome: str = ""  # "passed" or "failed"; "" while undecided
    outcome_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Audit:
    """The newest audit of a credential on ``as_of``, in words."""

    phase: AuditPhase
    audit_id: int | None = None
    due_on: dt.date | None = None
    sentence: str = ""


def audit_state(audits: Sequence[AuditFact], as_of: dt.date) -> Audit:
    """The newest audit noticed by ``as_of`` (steps recorded after ``as_of`` not yet known)."""
    known = [a for a in audits if a.noticed_on <= as_of]
    if not known:
        return Audit(AuditPhase.NONE)
    a = max(known, key=lambda x: (x.noticed_on, x.id))
    if a.outcome and a.outcome_on is not None and a.outcome_on <= as_of:
        passed = a.outcome == "passed"
        return Audit(
            AuditPhase.PASSED if passed else AuditPhase.FAILED,
            a.id,
            a.due_on,
            f"Audit noticed on {a.noticed_on}: {'passed' if passed else 'not passed'} "
            f"on {a.outcome_on}.",
        )
    if a.submitted_on is not None and a.submitted_on <= as_of:
        return Audit(
            AuditPhase.SUBMITTED,
            a.id,
            a.due_on,
            f"Audit documents sent on {a.submitted_on}; waiting for the outcome.",
        )
    late = as_of > a.due_on
    return Audit(
        AuditPhase.LATE if late else AuditPhase.OPEN,
        a.id,
        a.due_on,
        f"Audit noticed on {a.noticed_on}: send the proof of your CE by {a.due_on}"
        + (" (past due)." if late else "."),
    )


@dataclass(frozen=True, slots=True)
class RenewalState:
    """A credential's application and newest audit on ``as_of``."""

    application: Application
    audit: Audit

    @property
    def word(self) -> str:
        """One word or two for the Team grid: an open audit first, then a pending application."""
        if self.audit.phase in (AuditPhase.OPEN, AuditPhase.LATE, AuditPhase.SUBMITTED):
            return self.audit.phase.label
        return self.application.phase.label if self.application.pending else ""

    @property
    def sentences(self) -> tuple[str, ...]:
        """What to show under the credential's status (empty when nothing was recorded)."""
        return tuple(s for s in (self.application.sentence, self.audit.sentence) if s)


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
