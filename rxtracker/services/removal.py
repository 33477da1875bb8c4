"""Removing a credential or a person so that the removal can be taken back.

The removal keeps every column of every record that goes (the ids too) in a ``Removed``;
``put_back`` inserts them again in one transaction, under the same ids, and the change
history records the records coming back as it records any other creation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from rxtracker.db import (
    Activity,
    ActivityTag,
    Attachment,
    Credential,
    CredentialAudit,
    Person,
    RenewalEvent,
)
from rxtracker.db.models import (
    CredentialCycle,
    CredentialItem,
    ImportBatch,
    WorkExperience,
)
from rxtracker.db.undelete import MODELS, keep_with_deletion, kept_records
from rxtracker.domain import InvalidInput, NotFound, date_text
from rxtracker.domain.errors import field_label
from rxtracker.i18n import translate
from rxtracker.services.certificates import certificate_kept
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row, person_row
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.people import person_record_counts
from rxtracker.services.rows import Changes, CredentialRow, Kind, Outcome

#: One record as it was: its table's name and every column's value.
Record = tuple[str, tuple[tuple[str, Any], ...]]


@dataclass(frozen=True, slots=True)
class Removed:
    """What one removal took away, enough to put it back under the same ids.

    Attributes:
        entity: "credential" or "person".
        id: the credential's or person's id.
        person_id: whose records these are.
        what: the removal in words ("PTCB CPhT no. 123456, expires Mar 31, 2027").
        records: every record removed, parents before children.
        checked: ids of other people's activities this person had checked.
        files: certificate files the records pointed to (kept on disk until the undo ends).
    """

    entity: str
    id: int
    person_id: int
    what: str
    records: tuple[Record, ...]
    checked: tuple[int, ...] = ()
    files: tuple[str, ...] = ()


def credential_words(row: CredentialRow, short_name: str = "") -> str:
    """A credential named for a question: "PTCB CPhT no. 123456, expires Mar 31, 2027"."""
    name = short_name or row.type_name
    if row.number:
        name = translate("removal", "{credential} no. {number}").format(
            credential=name, number=row.number
        )
    if row.expires_on:
        words = translate("removal", "{credential}, expires {date}")
    else:
        words = translate("removal", "{credential}, does not expire")
    return words.format(credential=name, date=date_text(row.expires_on))


def remove_credential(ctx: Context, credential_id: int) -> Outcome[Removed]:
    """Remove a credential with its past cycles and recorded items (its activities stay).

    Raises:
        NotFound: no such credential.
    """
    catalog = full_catalog(ctx)
    with ctx.db.write() as session:
        credential = session.get(Credential, credential_id)
        if credential is None:
            raise NotFound("credential", credential_id)
        row = credential_row(credential, catalog)
        ctype = catalog.types.get(row.type_id)
        words = credential_words(row, ctype.short_name if ctype else "")
        records = [
            credential,
            *credential.past_cycles,
            *credential.items,
            *_renewal(session, [credential.id]),
        ]
        removed = Removed("credential", row.id, row.person_id, words, _keep(records))
        _delete(session, credential, removed)
    return Outcome(removed, _changes(removed))


def remove_person(ctx: Context, person_id: int) -> Outcome[Removed]:
    """Remove a person with every record; their certificate files stay until ``forget``.

    Raises:
        NotFound: no such person.
    """
    what = person_record_counts(ctx, person_id)
    with ctx.db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        records = _person_records(session, person)
        checked = session.scalars(
            select(Activity.id).where(
                Activity.verified_by_id == person_id, Activity.person_id != person_id
            )
        )
        files = tuple(dict(cols)["stored_name"] for t, cols in records if t == "attachment")
        name = person_row(person).name
        removed = Removed(
            "person", person_id, person_id, _with(name, what), records, tuple(checked), files
        )
        _delete(session, person, removed)
    return Outcome(removed, _changes(removed))


def _delete(session: Session, obj: Any, removed: Removed) -> None:
    """Delete ``obj``; its history entry keeps every record removed, for a later restore."""
    session.delete(obj)
    session.flush()
    kept = [(table, dict(columns)) for table, columns in removed.records]
    keep_with_deletion(session, removed.entity, removed.id, kept)


def restore_removed(ctx: Context, entity: str, entity_id: int) -> Outcome[Removed]:
    """Bring back a removed credential or person from the change history, under its own id.

    Everything the removal took comes back (past cycles and items; a person's every record),
    except certificate files deleted since.

    Raises:
        InvalidInput: it is not removed, or the history has no removal of it.
        NotFound: the person a credential belonged to has been removed.
    """
    model = MODELS[entity]
    with ctx.db.read() as session:
        exists = session.get(model, entity_id) is not None
        records = None if exists else kept_records(session, model, entity_id)
    if exists:
        raise InvalidInput(entity, _not_removed(entity, entity_id))
    if not records:
        problem = translate("removal", "the change history has no removed {record} {id}")
        raise InvalidInput(entity, problem.format(record=field_label(entity), id=entity_id))
    first = records[0][1]
    person_id = entity_id if entity == "person" else int(first["person_id"])
    kept = tuple((table, tuple(values.items())) for table, values in records)
    named = translate("removal", "{record} {id}").format(record=field_label(entity), id=entity_id)
    return put_back(ctx, Removed(entity, entity_id, person_id, named, kept))


def put_back(ctx: Context, removed: Removed) -> Outcome[Removed]:
    """Insert the removed records again, under their own ids, in one transaction.

    An activity checked by somebody removed since comes back unchecked by a person (its
    date stays).

    Raises:
        InvalidInput: a record with one of those ids exists again.
        NotFound: the person a credential belonged to has been removed.
    """
    with ctx.db.write() as session:
        if removed.entity == "credential" and session.get(Person, removed.person_id) is None:
            raise NotFound("person", removed.person_id)
        session.connection()  # the write lock, before looking at the certificate files
        for table, columns in removed.records:
            values = dict(columns)
            if table != "attachment" or _stored(ctx, values):
                _insert(session, removed, table, values)
        if removed.checked:
            session.execute(
                update(Activity)
                .where(Activity.id.in_(removed.checked), Activity.verified_by_id.is_(None))
                .values(verified_by_id=removed.id)
            )
    return Outcome(removed, _changes(removed, removed_now=False))


def _insert(session: Session, removed: Removed, table: str, values: dict[str, Any]) -> None:
    """Insert one removed record again (refused when its id is taken)."""
    model = MODELS[table]
    if session.get(model, _key(model, values)) is not None:
        raise InvalidInput(removed.entity, _not_removed(removed.entity, removed.id))
    checker = values.get("verified_by_id") if table == "activity" else None
    if checker is not None and session.get(Person, checker) is None:
        values["verified_by_id"] = None  # the checker was removed meanwhile
    record = model(**values)
    session.add(record)
    session.flush()
    kept = values.get("version")
    if kept is not None and kept != record.version:  # the ORM starts a new row at 1
        same = {"version": kept, "updated_at": record.updated_at}  # no onupdate stamp
        session.execute(update(model).where(model.id == record.id).values(**same))


def _stored(ctx: Context, attachment: dict[str, Any]) -> bool:
    """True when the certificate file of an attachment record is still in the store."""
    return certificate_kept(ctx, str(attachment["stored_name"]))


def _person_records(session: Session, person: Person) -> tuple[Record, ...]:
    """Every record of ``person``, parents before children."""
    pid = person.id
    credentials = list(session.scalars(select(Credential).where(Credential.person_id == pid)))
    cids = [c.id for c in credentials]
    activities = list(session.scalars(select(Activity).where(Activity.person_id == pid)))
    aids = [a.id for a in activities]
    groups: list[Iterable[Any]] = [
        [person],
        credentials,
        session.scalars(select(CredentialCycle).where(CredentialCycle.credential_id.in_(cids))),
        session.scalars(select(CredentialItem).where(CredentialItem.credential_id.in_(cids))),
        _renewal(session, cids),
        session.scalars(select(WorkExperience).where(WorkExperience.person_id == pid)),
        session.scalars(select(ImportBatch).where(ImportBatch.person_id == pid)),
        activities,
        session.scalars(select(ActivityTag).where(ActivityTag.activity_id.in_(aids))),
        session.scalars(select(Attachment).where(Attachment.activity_id.in_(aids))),
    ]
    return _keep(obj for group in groups for obj in list(group))


def _renewal(session: Session, cids: list[int]) -> list[Any]:
    """The application steps and audits of these credentials (issue 20), kept for an undo."""
    events = session.scalars(select(RenewalEvent).where(RenewalEvent.credential_id.in_(cids)))
    audits = session.scalars(select(CredentialAudit).where(CredentialAudit.credential_id.in_(cids)))
    return [*events, *audits]


def _keep(objects: Iterable[Any]) -> tuple[Record, ...]:
    """Each object's table name and every column's value."""
    return tuple(
        (
            obj.__table__.name,
            tuple((a.key, getattr(obj, a.key)) for a in inspect(obj).mapper.column_attrs),
        )
        for obj in objects
    )


def _key(model: type[Any], values: dict[str, Any]) -> Any:
    """The primary key of a record about to be inserted (a tuple when it has several columns)."""
    keys = [values[c.key] for c in inspect(model).primary_key]
    return keys[0] if len(keys) == 1 else tuple(keys)


def _changes(removed: Removed, *, removed_now: bool = True) -> Changes:
    if removed.entity == "credential":
        return Changes.of(
            Kind.CREDENTIALS,
            people={removed.person_id},
            credentials={removed.id},
            removed=removed_now,
        )
    return Changes.of(
        Kind.PEOPLE,
        Kind.CREDENTIALS,
        Kind.ACTIVITIES,
        Kind.EXPERIENCE,
        people={removed.id},
        removed=removed_now,
    )


def _not_removed(entity: str, entity_id: int) -> str:
    """'activity 12 is not removed' (it is there: nothing to put back)."""
    problem = translate("removal", "{record} {id} is not removed")
    return problem.format(record=field_label(entity), id=entity_id)


def _with(name: str, records: str) -> str:
    """'Ana Ruiz with 2 credentials and 14 activities'."""
    return translate("removal", "{name} with {records}").format(name=name, records=records)
