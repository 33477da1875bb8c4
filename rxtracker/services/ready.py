"""Ready to apply (issue 20): the checklist of one credential, and the yes/no confirmations.

PTCB reads CE from NABP's CPE Monitor: the checklist asks for the e-Profile ID, and two things
only the technician can look at in their e-Profile (the birth month and day CPE Monitor
matches courses on, the PTCB number under Credentials/Certifications), kept as "confirmed"
rows of ``renewal_event``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rxtracker.catalog import Fee
from rxtracker.db import Activity, Credential, Person, RenewalEvent
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.engine import CredentialResult
from rxtracker.engine.ready import Check, ReadyFacts, is_ready, ready_checklist
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.rows import Changes, Kind, Outcome
from rxtracker.services.status import status_in
from rxtracker.services.wording import worded_checks

#: What the technician can confirm, with the checklist line it ticks (translated where shown).
CONFIRMATIONS = {
    "birthday": QT_TRANSLATE_NOOP("ready", "CPE Monitor has my birth month and day right"),
    "ptcb-number": QT_TRANSLATE_NOOP("ready", "My PTCB number is on my NABP e-Profile"),
}


@dataclass(frozen=True, slots=True)
class ReadyView:
    """One credential's checklist on ``as_of``."""

    credential_id: int
    type_id: str
    type_name: str
    as_of: dt.date
    checks: tuple[Check, ...]

    @property
    def ready(self) -> bool:
        """Every line done."""
        return is_ready(self.checks)


def ready_view(ctx: Context, credential_id: int, as_of: dt.date | None = None) -> ReadyView:
    """The ready-to-apply checklist of a credential.

    Raises:
        NotFound: no such credential.
    """
    day = as_of or ctx.clock.today()
    with ctx.db.read() as session:
        credential = session.get(Credential, credential_id)
        if credential is None:
            raise NotFound("credential", credential_id)
        catalog = full_catalog_in(ctx, session)
        status = status_in(session, catalog, credential.person_id, day)
        result = next(s.result for s in status.credentials if s.credential.id == credential_id)
        ctype = catalog.get(credential.type_id)
        facts = _facts(session, credential, result, ctype.issuer == "PTCB", _fee(ctype.fees))
    return ReadyView(
        credential_id,
        result.type_id,
        result.type_name,
        day,
        worded_checks(ready_checklist(result, facts)),
    )


def confirm(ctx: Context, credential_id: int, what: str, on: dt.date) -> Outcome[str]:
    """Record the technician's yes to one of :data:`CONFIRMATIONS`.

    Raises:
        InvalidInput: ``what`` is not one of them.
        NotFound: no such credential.
    """
    if what not in CONFIRMATIONS:
        words = translate("ready", "{what} must be one of {known}")
        raise InvalidInput("confirm", words.format(what=repr(what), known=", ".join(CONFIRMATIONS)))
    with ctx.db.write() as session:
        credential = session.get(Credential, credential_id)
        if credential is None:
            raise NotFound("credential", credential_id)
        session.add(
            RenewalEvent(
                credential_id=credential_id,
                step="confirmed",
                happened_on=on,
                cycle_expires_on=credential.expires_on,
                reasons=what,
                fee="",
            )
        )
        person = credential.person_id
    changed = Changes.of(Kind.CREDENTIALS, people={person}, credentials={credential_id})
    return Outcome(translate("ready", CONFIRMATIONS[what]), changed)


def _facts(
    session: Session, credential: Credential, result: CredentialResult, ptcb: bool, fee: str | None
) -> ReadyFacts:
    counted = [a.activity_id for a in result.activities if a.counted]
    query = (
        select(Activity)
        .where(Activity.id.in_(counted))
        .options(selectinload(Activity.attachments))
        .order_by(Activity.completed_on, Activity.id)
    )
    activities = list(session.scalars(query)) if counted else []
    confirmed = set(
        session.scalars(
            select(RenewalEvent.reasons).where(
                RenewalEvent.credential_id == credential.id,
                RenewalEvent.step == "confirmed",
                RenewalEvent.cycle_expires_on == credential.expires_on,
            )
        )
    )
    person = session.get(Person, credential.person_id)
    return ReadyFacts(
        cpe_monitor_profile=ptcb,
        eprofile_id=bool(person and person.nabp_eprofile_id),
        birthday_confirmed="birthday" in confirmed,
        ptcb_number_confirmed="ptcb-number" in confirmed,
        not_in_cpe_monitor=tuple(
            a.title for a in activities if a.uan and a.cpe_monitor_seen_on is None
        ),
        without_certificate=tuple(a.title for a in activities if not a.uan and not a.attachments),
        fee=fee,
    )


def _fee(fees: tuple[Fee, ...]) -> str | None:
    for word in ("recertification", "renewal"):
        for fee in fees:
            if word in fee.name.lower():
                return fee.amount
    return None
