"""Non-hour requirements recorded as done (CSPT's competency attestation, an employer's sign-off).

Re-exported by ``rxtracker.services.credentials`` (``credentials.record_item``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rxtracker.catalog import CredentialType, RequirementKind
from rxtracker.db.models import Credential, CredentialItem
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.inputs import EARLIEST_DATE, NOTES_LIMIT, clean_text
from rxtracker.services.rows import Changes, Kind, Outcome


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A non-hour requirement of a credential, recorded as done on a day."""

    id: int
    credential_id: int
    requirement_id: str
    label: str
    done_on: dt.date
    note: str


def record_item(
    ctx: Context,
    credential_id: int,
    requirement_id: str,
    done_on: dt.date,
    *,
    note: str = "",
    today: dt.date | None = None,
) -> Outcome[ItemRow]:
    """Record that a non-hour requirement (an attestation...) was done on ``done_on``.

    Raises:
        NotFound: no such credential.
        InvalidInput: the credential's type has no such item, or the date is in the future.
    """
    _check_date(done_on, today or ctx.clock.today())
    text = clean_text(note, "note", limit=NOTES_LIMIT, required=False)
    catalog = full_catalog(ctx)
    with ctx.db.write() as session:
        credential = session.get(Credential, credential_id)
        if credential is None:
            raise NotFound("credential", credential_id)
        labels = item_labels(catalog.get(credential.type_id))
        key = requirement_id.strip()
        if key not in labels:
            raise InvalidInput("requirement", _unknown(key, credential.type_id, labels))
        item = CredentialItem(
            credential_id=credential_id, requirement_id=key, done_on=done_on, note=text
        )
        session.add(item)
        session.flush()
        row = ItemRow(item.id, credential_id, key, labels[key], done_on, text)
        person_id = credential.person_id
    return Outcome(
        row, Changes.of(Kind.CREDENTIALS, people={person_id}, credentials={credential_id})
    )


def list_items(ctx: Context, credential_id: int) -> list[ItemRow]:
    """The items recorded for a credential, oldest first.

    Raises:
        NotFound: no such credential.
    """
    catalog = full_catalog(ctx)
    with ctx.db.read() as session:
        credential = session.get(Credential, credential_id)
        if credential is None:
            raise NotFound("credential", credential_id)
        ctype = catalog.types.get(credential.type_id)
        labels = item_labels(ctype) if ctype else {}
        query = (
            select(CredentialItem)
            .where(CredentialItem.credential_id == credential_id)
            .order_by(CredentialItem.done_on, CredentialItem.id)
        )
        return [
            ItemRow(
                i.id,
                credential_id,
                i.requirement_id,
                labels.get(i.requirement_id, i.requirement_id),
                i.done_on,
                i.note,
            )
            for i in session.scalars(query)
        ]


def item_labels(ctype: CredentialType) -> dict[str, str]:
    """The non-hour (item) requirement ids of a type, in any of its rule sets -> label."""
    return {
        req.id: req.label
        for rules in sorted(ctype.rule_sets, key=lambda r: r.effective_from)
        for req in rules.requirements
        if req.kind == RequirementKind.ITEM
    }


def _check_date(done_on: dt.date, today: dt.date) -> None:
    if done_on > today:
        problem = translate(
            "credential_items", "{date} is in the future; record the item once it is done"
        )
        raise InvalidInput("date", problem.format(date=done_on))
    if done_on < EARLIEST_DATE:
        problem = translate("credential_items", "{date} is before {earliest}")
        raise InvalidInput("date", problem.format(date=done_on, earliest=EARLIEST_DATE))


def _unknown(key: str, type_id: str, labels: dict[str, str]) -> str:
    if not labels:
        words = translate(
            "credential_items", "{type} has no non-hour requirement to record ({key} given)"
        )
        return words.format(type=type_id, key=repr(key))
    known = ", ".join(f"{k} ({v})" for k, v in labels.items())
    words = translate("credential_items", "{key} is not a requirement of {type}; known: {known}")
    return words.format(key=repr(key), type=type_id, known=known)
