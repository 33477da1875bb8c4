"""User actions on credentials."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rxtracker.catalog import Catalog, CredentialKind, CredentialType
from rxtracker.db import Credential, Person
from rxtracker.db.edits import refuse_if_changed
from rxtracker.db.models import CredentialCycle
from rxtracker.domain import AlreadyRecorded, InvalidInput, NotFound, add_months, end_of_month
from rxtracker.engine.cycles import next_expiration, start_after_renewal
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row, same_named
from rxtracker.services.credential_items import ItemRow, item_labels, list_items, record_item
from rxtracker.services.custom_types import full_catalog, full_catalog_in
from rxtracker.services.inputs import CredentialInput
from rxtracker.services.rows import Changes, CredentialRow, Kind, Outcome, PastCycleRow

__all__ = [
    "ItemRow",
    "add_credential",
    "checked_credential",
    "credential_types",
    "delete_credential",
    "item_labels",
    "list_credentials",
    "list_items",
    "list_past_cycles",
    "record_item",
    "renew_credential",
    "renewal_defaults",
    "suggested_expiration",
    "update_credential",
]


def credential_types(ctx: Context) -> list[CredentialType]:
    """Every credential type a person can hold (custom ones too), national certifications first.

    Rule variants (PTCB reinstatement) are left out: they judge a lapsed credential of
    their parent type and are never held themselves.
    """
    return full_catalog(ctx).holdable()


def add_credential(ctx: Context, person_id: int, data: CredentialInput) -> Outcome[CredentialRow]:
    """Record a credential a person holds.

    Raises:
        InvalidInput: unknown type, dates out of order, bad state.
        AlreadyRecorded: the person already holds this type (a new cycle is a renewal).
        NotFound: no such person.
    """
    catalog = full_catalog(ctx)
    clean = checked_credential(catalog, data)
    with ctx.db.write() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        _refuse_second(session, catalog, person_id, clean.type_id)
        row = credential_row(insert_credential(session, person_id, clean), catalog)
    return Outcome(row, _changed(row))


def insert_credential(session: Session, person_id: int, clean: CredentialInput) -> Credential:
    """Write a checked credential in ``session`` (flushed: it has its id)."""
    credential = Credential(person_id=person_id, **credential_fields(clean))
    session.add(credential)
    session.flush()
    return credential


def _refuse_second(session: Session, catalog: Catalog, person_id: int, type_id: str) -> None:
    held = session.scalars(
        select(Credential).where(Credential.person_id == person_id, Credential.type_id == type_id)
    ).first()
    if held is None:
        return
    row = credential_row(held, catalog)
    if row.expires_on:
        held_words = translate("credentials", "id {id}, expires {date}")
    else:
        held_words = translate("credentials", "id {id}")
    problem = translate(
        "credentials",
        "{person} already holds {credential} ({held}); a new cycle is a renewal: "
        "`rxtracker credential renew {id} --expires DATE`, or Renew… on the Credentials page, "
        "keeps the finished cycle as a past cycle",
    )
    held_text = held_words.format(
        id=row.id, date=f"{row.expires_on:%m/%d/%Y}" if row.expires_on else ""
    )
    raise AlreadyRecorded(
        "credential",
        problem.format(
            person=held.person.name, credential=row.type_name, held=held_text, id=row.id
        ),
        row.id,
    )


def update_credential(
    ctx: Context, credential_id: int, data: CredentialInput, *, version: int | None = None
) -> Outcome[CredentialRow]:
    """Replace a credential's fields.

    Raises:
        ChangedMeanwhile: someone saved the credential after ``version`` (the one the form
            opened, ``CredentialRow.version``); nothing is written.
    """
    catalog = full_catalog(ctx)
    clean = checked_credential(catalog, data)
    with ctx.db.write() as session:
        credential = _get(session, credential_id)
        refuse_if_changed(session, credential, version)
        was_first = credential.initial_cycle
        for key, value in credential_fields(clean).items():
            setattr(credential, key, value)
        # The desktop form does not show the flag: an edit keeps what the holder said.
        credential.initial_cycle = clean.initial_cycle or was_first
        session.flush()
        row = credential_row(credential, catalog)
    return Outcome(row, _changed(row))


def delete_credential(ctx: Context, credential_id: int) -> Outcome[CredentialRow]:
    """Remove a credential (the activities stay: they belong to the person)."""
    catalog = full_catalog(ctx)
    with ctx.db.write() as session:
        credential = _get(session, credential_id)
        row = credential_row(credential, catalog)
        session.delete(credential)
    return Outcome(
        row,
        Changes.of(Kind.CREDENTIALS, people={row.person_id}, credentials={row.id}, removed=True),
    )


def get_credential(ctx: Context, credential_id: int) -> CredentialRow:
    """One credential by id.

    Raises:
        NotFound: no such credential.
    """
    catalog = full_catalog(ctx)
    with ctx.db.read() as session:
        return credential_row(_get(session, credential_id), catalog)


def list_credentials(ctx: Context, person_id: int | None = None) -> list[CredentialRow]:
    """A person's credentials (or everybody's), soonest expiration first."""
    with ctx.db.read() as session:
        catalog = full_catalog_in(ctx, session)
        return [credential_row(c, catalog) for c in held_credentials(session, person_id)]


def held_credentials(session: Session, person_id: int | None) -> list[Credential]:
    """A person's credentials (or everybody's), soonest expiration first.

    Their past cycles and recorded items are loaded with them.
    """
    query = (
        select(Credential)
        .order_by(Credential.expires_on.is_(None), Credential.expires_on, Credential.id)
        .options(selectinload(Credential.past_cycles), selectinload(Credential.items))
    )
    if person_id is not None:
        query = query.where(Credential.person_id == person_id)
    return list(session.scalars(query))


def renew_credential(
    ctx: Context,
    credential_id: int,
    new_expires_on: dt.date,
    *,
    new_cycle_start: dt.date | None = None,
    renewed_on: dt.date | None = None,
) -> Outcome[CredentialRow]:
    """Record a renewal: the current cycle is kept read-only and the next one starts.

    Args:
        ctx: the opened data folder.
        credential_id: the credential that was renewed.
        new_expires_on: the expiration date of the new cycle.
        new_cycle_start: the first day of the new cycle (default: the renewal date for types
            whose cycle starts on approval, PTCB; otherwise the day after the old expiration).
        renewed_on: the day the renewal was granted (default: today).

    Raises:
        InvalidInput: the new dates are not after the current cycle, or in the wrong order,
            or the renewal date is in the future.
        NotFound: no such credential.
    """
    today = ctx.clock.today()
    renewed = renewed_on or today
    if renewed > today:
        problem = translate("credentials", "{date} is in the future")
        raise InvalidInput("renewed on", problem.format(date=renewed))
    catalog = full_catalog(ctx)
    with ctx.db.write() as session:
        credential = _get(session, credential_id)
        renew_in(session, catalog, credential, new_expires_on, renewed, new_cycle_start)
        row = credential_row(credential, catalog)
    return Outcome(row, _changed(row))


def renew_in(
    session: Session,
    catalog: Catalog,
    credential: Credential,
    new_expires_on: dt.date,
    renewed: dt.date,
    new_cycle_start: dt.date | None = None,
) -> None:
    """:func:`renew_credential`'s change, made in the caller's ``session`` (an approval).

    Raises:
        InvalidInput: as :func:`renew_credential`.
    """
    if credential.expires_on is None:
        problem = translate("credentials", "it does not expire, so there is no renewal to record")
        raise InvalidInput("credential", problem)
    start = new_cycle_start or _next_start(catalog, credential, renewed)
    _check_renewal(credential.expires_on, new_expires_on, start)
    credential.past_cycles.append(
        CredentialCycle(
            cycle_start=credential.cycle_start,
            expires_on=credential.expires_on,
            renewed_on=renewed,
        )
    )
    credential.expires_on = new_expires_on
    credential.cycle_start = start
    credential.initial_cycle = False
    session.flush()


def list_past_cycles(ctx: Context, credential_id: int) -> list[PastCycleRow]:
    """A credential's renewed cycles, most recent first.

    Raises:
        NotFound: no such credential.
    """
    with ctx.db.read() as session:
        credential = _get(session, credential_id)
        return past_cycle_rows(credential)


def past_cycle_rows(credential: Credential) -> list[PastCycleRow]:
    """A credential's renewed cycles, most recent first."""
    cycles = sorted(credential.past_cycles, key=lambda c: c.expires_on, reverse=True)
    return [same_named(PastCycleRow, c) for c in cycles]


def _next_start(catalog: Catalog, credential: Credential, renewed: dt.date) -> dt.date:
    """The default first day of the next cycle: the engine's rule (``start_after_renewal``).

    A renewal recorded after the old expiration is not taken as the approval day.
    """
    expired = credential.expires_on or renewed
    ctype = catalog.types.get(credential.type_id)
    if ctype is None:
        return expired + dt.timedelta(days=1)
    return start_after_renewal(ctype, expired, renewed if renewed <= expired else None)


def _check_renewal(old_expires: dt.date, new_expires: dt.date, new_start: dt.date) -> None:
    if new_expires <= old_expires:
        problem = translate("credentials", "{date} is not after the current expiration date {old}")
        raise InvalidInput("new expiration date", problem.format(date=new_expires, old=old_expires))
    if new_start > new_expires:
        problem = translate("credentials", "{date} is after the new expiration date {expires}")
        raise InvalidInput("new cycle start", problem.format(date=new_start, expires=new_expires))


def checked_credential(catalog: Catalog, data: CredentialInput) -> CredentialInput:
    """A credential's fields cleaned and checked against the catalog (type, state, expiry).

    Raises:
        InvalidInput: naming the first field that is wrong.
    """
    clean = data.cleaned()
    ctype = catalog.get(clean.type_id)
    if clean.expires_on is None and ctype.cycle_months is not None:
        problem = translate(
            "credentials",
            "{credential} renews every {months} months; give its expiration date (YYYY-MM-DD)",
        )
        raise InvalidInput(
            "expires", problem.format(credential=ctype.short_name, months=ctype.cycle_months)
        )
    if not ctype.holdable:
        problem = translate(
            "credentials",
            "{type} is not held on its own; record {variant} "
            "(its rules apply by themselves once that credential lapses)",
        )
        raise InvalidInput(
            "credential type",
            problem.format(type=repr(ctype.id), variant=repr(ctype.variant_of)),
        )
    if ctype.kind == CredentialKind.STATE and ctype.state:
        if clean.state and clean.state != ctype.state:
            problem = translate("credentials", "{credential} is a {state} credential, not {given}")
            raise InvalidInput(
                "state",
                problem.format(credential=ctype.short_name, state=ctype.state, given=clean.state),
            )
        return dataclasses.replace(clean, state=ctype.state)
    return clean


def _get(session: Session, credential_id: int) -> Credential:
    credential = session.get(Credential, credential_id)
    if credential is None:
        raise NotFound("credential", credential_id)
    return credential


def credential_fields(clean: CredentialInput) -> dict[str, object]:
    """The columns of a credential from its checked input."""
    return {
        "type_id": clean.type_id,
        "number": clean.number,
        "state": clean.state,
        "issued_on": clean.issued_on,
        "expires_on": clean.expires_on,
        "cycle_start": clean.cycle_start,
        "status_notes": clean.status_notes,
        "initial_cycle": clean.initial_cycle,
    }


def _changed(row: CredentialRow) -> Changes:
    return Changes.of(Kind.CREDENTIALS, people={row.person_id}, credentials={row.id})


@dataclass(frozen=True, slots=True)
class RenewalDefaults:
    """What the renewal form starts with: the likely new expiration and the next cycle's start."""

    expires_on: dt.date
    cycle_start: dt.date


def renewal_defaults(ctx: Context, credential: CredentialRow, today: dt.date) -> RenewalDefaults:
    """One cycle after the current expiration (``today`` if none), starting the day after it."""
    ended = credential.expires_on or today
    ctype = full_catalog(ctx).types.get(credential.type_id)
    return RenewalDefaults(next_expiration(ctype, ended), ended + dt.timedelta(days=1))


def suggested_expiration(today: dt.date) -> dt.date:
    """Where a new credential's expiration date starts: a month's end a year from ``today``."""
    return end_of_month(add_months(today, 12))
