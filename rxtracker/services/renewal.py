"""The renewal application's life (issue 20): applied, returned, resubmitted, approved.

``renewal_phase`` is the one question other features ask ("where does this credential's
renewal stand?"): the reminders and the dashboard call it or, for many credentials at once,
``renewal_states_in``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog, CredentialType
from rxtracker.db import Credential, RenewalEvent
from rxtracker.db.reads import SessionRows
from rxtracker.domain import InvalidInput, NotFound, plain
from rxtracker.engine.cycles import cycle_dates, next_expiration
from rxtracker.engine.phases import (
    NOTHING,
    RenewalState,
    Step,
    StepFact,
)
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.credentials import renew_in
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.facts import credential_fact
from rxtracker.services.inputs import clean_text
from rxtracker.services.renewal_states import named_fee, renewal_states_from, step_facts_from
from rxtracker.services.rows import Changes, Kind, Outcome

#: What must come last before each step (None: anything, or nothing at all).
_AFTER: dict[Step, tuple[Step, ...] | None] = {
    Step.APPLIED: (),
    Step.RETURNED: (Step.APPLIED, Step.RESUBMITTED),
    Step.RESUBMITTED: (Step.RETURNED,),
    Step.APPROVED: None,
}


@dataclass(frozen=True, slots=True)
class StepInput:
    """A step to record: its day, and what goes with it.

    Attributes:
        reasons: why it was returned, in the issuer's words.
        fee: the amount paid ("55"); None: the catalog's fee for the step.
        expires_on: an approval's new expiration (None: one cycle after the current one).
    """

    step: Step
    on: dt.date
    reasons: str = ""
    fee: str | None = None
    expires_on: dt.date | None = None


def find_held(ctx: Context, person_id: int, type_id: str) -> int:
    """The id of the person's credential of type ``type_id`` (the one expiring last).

    Raises:
        NotFound: the person holds no credential of that type.
    """
    with ctx.db.read() as session:
        found = session.scalars(
            select(Credential.id)
            .where(Credential.person_id == person_id, Credential.type_id == type_id)
            .order_by(Credential.expires_on.desc(), Credential.id.desc())
        ).first()
    if found is None:
        raise NotFound("credential", type_id)
    return found


def record_step(ctx: Context, credential_id: int, data: StepInput) -> Outcome[RenewalState]:
    """Record a step of the current cycle's application; an approval also renews it.

    Raises:
        InvalidInput: the day is in the future or before the last step, the step does not
            follow the last one (returned before applied...), or a fee is not an amount.
        NotFound: no such credential.
    """
    if data.on > ctx.clock.today():
        raise InvalidInput(
            "on", translate("renewal", "{date} is in the future").format(date=data.on)
        )
    reasons = clean_text(data.reasons, "reason", limit=2000, required=False)
    with ctx.db.write() as session:
        catalog = full_catalog_in(ctx, session)
        credential = _credential(session, credential_id)
        ctype = catalog.get(credential.type_id)
        ended = credential.expires_on
        if ended is None:
            problem = translate(
                "renewal", "it does not expire, so there is no renewal to apply for"
            )
            raise InvalidInput("credential", problem)
        _check_order(_steps_of(session, credential_id, ended), data)
        event = RenewalEvent(
            credential_id=credential_id,
            step=data.step.value,
            happened_on=data.on,
            cycle_expires_on=ended,
            reasons=reasons,
            fee=_fee(data, ctype, credential),
        )
        if data.step == Step.APPROVED:
            new = data.expires_on or next_expiration(ctype, ended)
            renew_in(session, catalog, credential, new, data.on)
            event.new_expires_on = new
        session.add(event)
        session.flush()
        state = _state_in(session, catalog, credential, data.on)
        person = credential.person_id
    return Outcome(
        state, Changes.of(Kind.CREDENTIALS, people={person}, credentials={credential_id})
    )


def renewal_phase(ctx: Context, credential_id: int, as_of: dt.date | None = None) -> RenewalState:
    """Where the credential's renewal application and newest audit stand on ``as_of``.

    Raises:
        NotFound: no such credential.
    """
    day = as_of or ctx.clock.today()
    with ctx.db.read() as session:
        catalog = full_catalog_in(ctx, session)
        return _state_in(session, catalog, _credential(session, credential_id), day)


def renewal_states_in(
    session: Session, catalog: Catalog, credentials: Collection[Credential], as_of: dt.date
) -> dict[int, RenewalState]:
    """The renewal state of each credential that has a step or an audit (two queries)."""
    facts = [credential_fact(c) for c in credentials]
    return renewal_states_from(SessionRows(session), catalog, facts, as_of)


def _state_in(
    session: Session, catalog: Catalog, credential: Credential, as_of: dt.date
) -> RenewalState:
    return renewal_states_in(session, catalog, [credential], as_of).get(credential.id, NOTHING)


def _steps_of(session: Session, credential_id: int, ended: dt.date) -> list[StepFact]:
    return [
        s
        for s in step_facts_from(SessionRows(session), [credential_id]).get(credential_id, [])
        if s.cycle_end == ended
    ]


def _check_order(steps: list[StepFact], data: StepInput) -> None:
    last = steps[-1] if steps else None
    if last is not None and data.on < last.on:
        problem = translate("renewal", "{date} is before the last step ({step} on {last})")
        raise InvalidInput("on", problem.format(date=data.on, step=last.step, last=last.on))
    wanted = _AFTER[data.step]
    if wanted is None:
        return
    if not wanted and last is not None:
        problem = translate("renewal", "this renewal was already {step} on {date}")
        raise InvalidInput("step", problem.format(step=last.step, date=last.on))
    if wanted and (last is None or last.step not in wanted):
        after = translate("renewal", " or ").join(s.value for s in wanted)
        if last:
            problem = translate(
                "renewal", "{step} comes after {after}; it was last {last} on {date}"
            )
        else:
            problem = translate("renewal", "{step} comes after {after}; nothing was recorded yet")
        raise InvalidInput(
            "step",
            problem.format(
                step=data.step,
                after=after,
                last=last.step if last else "",
                date=last.on if last else "",
            ),
        )


def _fee(data: StepInput, ctype: CredentialType, credential: Credential) -> str:
    """The fee paid: as given, else the catalog's (recertification, late, reprocessing)."""
    if data.fee is not None:
        return _amount(data.fee)
    if data.step == Step.RESUBMITTED:
        return named_fee(ctype, "reprocess") or ""
    if data.step != Step.APPLIED:
        return ""
    base = named_fee(ctype, "recertification") or named_fee(ctype, "renewal")
    if base is None or credential.expires_on is None:
        return base or ""
    deadline = cycle_dates(ctype, credential_fact(credential)).deadline
    late = named_fee(ctype, "late")
    if late and deadline is not None and data.on > deadline:
        return str(plain(Decimal(base) + Decimal(late)))
    return base


def _amount(text: str) -> str:
    try:
        value = Decimal(text.strip().lstrip("$").replace(",", ""))
    except InvalidOperation:
        raise InvalidInput("fee", _not_dollars(text)) from None
    if not value.is_finite() or not 0 <= value <= 10_000:
        raise InvalidInput("fee", _not_dollars(text))
    return str(plain(value))


def _credential(session: Session, credential_id: int) -> Credential:
    credential = session.get(Credential, credential_id)
    if credential is None:
        raise NotFound("credential", credential_id)
    return credential


def _not_dollars(text: str) -> str:
    """Why a fee is refused: 'abc' is not an amount of dollars."""
    problem = translate("renewal", "{text} is not an amount of dollars, like 55")
    return problem.format(text=repr(text))
