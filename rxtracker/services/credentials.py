"""User actions on credentials."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.catalog import CredentialKind, CredentialType
from rxtracker.db import Credential, Person
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row
from rxtracker.services.inputs import CredentialInput
from rxtracker.services.rows import Changes, CredentialRow, Outcome


def credential_types(ctx: Context) -> list[CredentialType]:
    """Every credential type a person can hold, national certifications first.

    Rule variants (PTCB reinstatement) are left out: they judge a lapsed credential of
    their parent type and are never held themselves.
    """
    return ctx.catalog.holdable()


def add_credential(ctx: Context, person_id: int, data: CredentialInput) -> Outcome[CredentialRow]:
    """Record a credential a person holds.

    Raises:
        InvalidInput: unknown type, dates out of order, bad state.
        NotFound: no such person.
    """
    clean = _checked(ctx, data)
    with ctx.db.write() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        credential = Credential(person_id=person_id, **_fields(clean))
        session.add(credential)
        session.flush()
        row = credential_row(credential, ctx.catalog)
    return Outcome(row, Changes(people=frozenset({person_id}), credentials=frozenset({row.id})))


def update_credential(
    ctx: Context, credential_id: int, data: CredentialInput
) -> Outcome[CredentialRow]:
    """Replace a credential's fields."""
    clean = _checked(ctx, data)
    with ctx.db.write() as session:
        credential = _get(session, credential_id)
        for key, value in _fields(clean).items():
            setattr(credential, key, value)
        session.flush()
        row = credential_row(credential, ctx.catalog)
    return Outcome(row, Changes(people=frozenset({row.person_id}), credentials=frozenset({row.id})))


def delete_credential(ctx: Context, credential_id: int) -> Outcome[CredentialRow]:
    """Remove a credential (the activities stay: they belong to the person)."""
    with ctx.db.write() as session:
        credential = _get(session, credential_id)
        row = credential_row(credential, ctx.catalog)
        session.delete(credential)
    return Outcome(
        row,
        Changes(people=frozenset({row.person_id}), credentials=frozenset({row.id}), removed=True),
    )


def list_credentials(ctx: Context, person_id: int | None = None) -> list[CredentialRow]:
    """A person's credentials (or everybody's), soonest expiration first."""
    with ctx.db.read() as session:
        query = select(Credential).order_by(Credential.expires_on, Credential.id)
        if person_id is not None:
            query = query.where(Credential.person_id == person_id)
        return [credential_row(c, ctx.catalog) for c in session.scalars(query)]


def _checked(ctx: Context, data: CredentialInput) -> CredentialInput:
    clean = data.cleaned()
    ctype = ctx.catalog.get(clean.type_id)
    if not ctype.holdable:
        raise InvalidInput(
            "credential type",
            f"{ctype.id!r} is not held on its own; record {ctype.variant_of!r} "
            "(its rules apply by themselves once that credential lapses)",
        )
    if ctype.kind == CredentialKind.STATE and ctype.state:
        if clean.state and clean.state != ctype.state:
            raise InvalidInput(
                "state", f"{ctype.short_name} is a {ctype.state} credential, not {clean.state}"
            )
        return dataclasses.replace(clean, state=ctype.state)
    return clean


def _get(session: Session, credential_id: int) -> Credential:
    credential = session.get(Credential, credential_id)
    if credential is None:
        raise NotFound("credential", credential_id)
    return credential


def _fields(clean: CredentialInput) -> dict[str, object]:
    return {
        "type_id": clean.type_id,
        "number": clean.number,
        "state": clean.state,
        "issued_on": clean.issued_on,
        "expires_on": clean.expires_on,
        "cycle_start": clean.cycle_start,
        "status_notes": clean.status_notes,
    }
