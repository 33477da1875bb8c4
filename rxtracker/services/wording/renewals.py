"""A renewal application and an audit (``rxtracker.engine.phases``) in the interface language.

"Returned on 2026-03-10 (Missing 1 hour of law). Resubmit by 2026-04-09 with the $10
reprocessing fee, or reinstatement is possible until 2027-03-31." The engine gives the phase
and its dates and fees; the words are made here. The issuer's reasons are the user's data.
"""

from __future__ import annotations

from rxtracker.engine.cycles import NoExpirationDate
from rxtracker.engine.phases import Application, ApplicationPhase, Audit, AuditPhase, RenewalState
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.wording.labels import sentence_date

#: The word the Team grid and the card show for an application.
_APPLICATION_LABELS = {
    ApplicationPhase.NOT_APPLIED: QT_TRANSLATE_NOOP("renewals", "Not applied"),
    ApplicationPhase.APPLIED: QT_TRANSLATE_NOOP("renewals", "Applied"),
    ApplicationPhase.RETURNED: QT_TRANSLATE_NOOP("renewals", "Returned"),
    ApplicationPhase.RESUBMITTED: QT_TRANSLATE_NOOP("renewals", "Resubmitted"),
    ApplicationPhase.NOT_RESUBMITTED: QT_TRANSLATE_NOOP("renewals", "Reinstate"),
    ApplicationPhase.APPROVED: QT_TRANSLATE_NOOP("renewals", "Approved"),
}
_AUDIT_LABELS = {
    AuditPhase.OPEN: QT_TRANSLATE_NOOP("renewals", "Audit: send documents"),
    AuditPhase.LATE: QT_TRANSLATE_NOOP("renewals", "Audit: documents late"),
    AuditPhase.SUBMITTED: QT_TRANSLATE_NOOP("renewals", "Audit: documents sent"),
    AuditPhase.PASSED: QT_TRANSLATE_NOOP("renewals", "Audit passed"),
    AuditPhase.FAILED: QT_TRANSLATE_NOOP("renewals", "Audit not passed"),
}


def application_label(phase: ApplicationPhase) -> str:
    """An application's phase in a word ("Applied", "Reinstate")."""
    return translate("renewals", _APPLICATION_LABELS[phase])


def audit_label(phase: AuditPhase) -> str:
    """An audit's phase in a few words ("Audit: send documents"); "" for no audit."""
    return translate("renewals", _AUDIT_LABELS[phase]) if phase in _AUDIT_LABELS else ""


def renewal_word(state: RenewalState) -> str:
    """A word or two for the Team grid: an open audit first, then a pending application."""
    if state.audit_open:
        return audit_label(state.audit.phase)
    return application_label(state.application.phase) if state.application.pending else ""


def renewal_sentences(state: RenewalState) -> tuple[str, ...]:
    """What to show under the credential's status (empty when nothing was recorded)."""
    said = (application_sentence(state.application), audit_sentence(state.audit))
    return tuple(s for s in said if s)


def application_sentence(app: Application) -> str:
    """The application in a sentence ("Applied on 2026-02-02; not approved yet."), or ""."""
    on = sentence_date(app.since)
    if app.phase == ApplicationPhase.APPLIED:
        if app.fee:
            text = translate("renewals", "Applied on {date} (fee ${fee} paid); not approved yet.")
        else:
            text = translate("renewals", "Applied on {date}; not approved yet.")
        return text.format(date=on, fee=app.fee)
    if app.phase == ApplicationPhase.RESUBMITTED:
        return translate("renewals", "Resubmitted on {date}; waiting for the decision.").format(
            date=on
        )
    if app.phase == ApplicationPhase.APPROVED:
        if app.new_expiration is None:
            return translate("renewals", "Renewal approved on {date}.").format(date=on)
        return translate(
            "renewals", "Renewal approved on {date}; the new expiration is {expires}."
        ).format(date=on, expires=sentence_date(app.new_expiration))
    if app.phase in (ApplicationPhase.RETURNED, ApplicationPhase.NOT_RESUBMITTED):
        return _returned(app)
    return ""


def _returned(app: Application) -> str:
    fields = {
        "date": sentence_date(app.returned_on),
        "why": f" ({app.reasons})" if app.reasons else "",
        "by": sentence_date(app.resubmit_by),
        "fee": "",
        "reinstate": _reinstate(app),
    }
    if app.phase == ApplicationPhase.NOT_RESUBMITTED:
        text = translate("renewals", "Returned on {date}{why} and not resubmitted by {by}: {what}.")
        reinstate = fields["reinstate"]
        return text.format(**fields, what=reinstate[:1].upper() + reinstate[1:])
    if app.resubmit_by is None:
        text = translate(
            "renewals", "Returned on {date}{why}; ask the issuer how to resubmit, or {reinstate}."
        )
        return text.format(**fields)
    if app.reprocessing_fee:
        fields["fee"] = translate("renewals", " with the ${fee} reprocessing fee").format(
            fee=app.reprocessing_fee
        )
    text = translate("renewals", "Returned on {date}{why}. Resubmit by {by}{fee}, or {reinstate}.")
    return text.format(**fields)


def _reinstate(app: Application) -> str:
    """'reinstatement is possible until 2027-03-31', or 'ask about reinstatement'."""
    if app.reinstate_by is None:
        return translate("renewals", "ask about reinstatement")
    return translate("renewals", "reinstatement is possible until {date}").format(
        date=sentence_date(app.reinstate_by)
    )


def audit_sentence(audit: Audit) -> str:
    """The newest audit in a sentence, or "" when there is none."""
    if audit.phase not in _AUDIT_SENTENCES:
        return ""
    return translate("renewals", _AUDIT_SENTENCES[audit.phase]).format(
        noticed=sentence_date(audit.noticed_on),
        due=sentence_date(audit.due_on),
        sent=sentence_date(audit.submitted_on),
        on=sentence_date(audit.outcome_on),
    )


_AUDIT_SENTENCES = {
    AuditPhase.PASSED: QT_TRANSLATE_NOOP("renewals", "Audit noticed on {noticed}: passed on {on}."),
    AuditPhase.FAILED: QT_TRANSLATE_NOOP(
        "renewals", "Audit noticed on {noticed}: not passed on {on}."
    ),
    AuditPhase.SUBMITTED: QT_TRANSLATE_NOOP(
        "renewals", "Audit documents sent on {sent}; waiting for the outcome."
    ),
    AuditPhase.OPEN: QT_TRANSLATE_NOOP(
        "renewals", "Audit noticed on {noticed}: send the proof of your CE by {due}."
    ),
    AuditPhase.LATE: QT_TRANSLATE_NOOP(
        "renewals", "Audit noticed on {noticed}: send the proof of your CE by {due} (past due)."
    ),
}


def no_expiration_text(missing: NoExpirationDate, name: str) -> str:
    """Why a credential ``name`` cannot be judged: its type renews, its expiration is not known."""
    words = translate("renewals", "{credential} (id {id}) renews, so it needs its expiration date")
    return words.format(credential=name, id=missing.credential_id)
