"""User actions on people."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rxtracker.db import Activity, Attachment, Credential, Person
from rxtracker.db.edits import refuse_if_changed
from rxtracker.domain import AlreadyRecorded, NotFound, name_key
from rxtracker.i18n import translate
from rxtracker.services.certificates import discard_if_unreferenced
from rxtracker.services.context import Context
from rxtracker.services.convert import person_row
from rxtracker.services.credentials import checked_credential, insert_credential
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.inputs import CredentialInput, PersonInput
from rxtracker.services.people_read import find_person as find_person  # re-exported
from rxtracker.services.rows import Changes, Kind, Outcome, PersonRow


def add_person(
    ctx: Context, data: PersonInput, *, same_name_ok: bool = False
) -> Outcome[PersonRow]:
    """Add a person.

    Args:
        ctx: the opened data folder.
        data: the person's fields.
        same_name_ok: add a second person whose name is already recorded.

    Raises:
        InvalidInput: a field is wrong.
        AlreadyRecorded: somebody has this name (ignoring case and accents), unless
            ``same_name_ok``.
    """
    clean = data.cleaned()
    with ctx.db.write() as session:
        if not same_name_ok:
            refuse_same_name(session, clean.name)
        row = person_row(_insert(session, clean))
    return Outcome(row, Changes.of(Kind.PEOPLE, people={row.id}))


def add_person_with_credentials(
    ctx: Context, data: PersonInput, held: Sequence[CredentialInput]
) -> Outcome[PersonRow]:
    """Add a person and the credentials they hold, in one transaction (the first-run welcome).

    Every field is checked before anything is written; if any write fails, nothing is saved.

    Raises:
        InvalidInput: a field of the person or of a credential is wrong (nothing saved).
    """
    clean = data.cleaned()
    catalog = full_catalog(ctx)
    checked = [checked_credential(catalog, c) for c in held]
    with ctx.db.write() as session:
        person = _insert(session, clean)
        ids = [insert_credential(session, person.id, c).id for c in checked]
        row = person_row(person)
    changes = Changes.of(Kind.PEOPLE, Kind.CREDENTIALS, people={row.id}, credentials=ids)
    return Outcome(row, changes)


def _insert(session: Session, clean: PersonInput) -> Person:
    person = Person(**_fields(clean))
    session.add(person)
    session.flush()
    return person


def update_person(
    ctx: Context,
    person_id: int,
    data: PersonInput,
    *,
    same_name_ok: bool = False,
    version: int | None = None,
) -> Outcome[PersonRow]:
    """Replace a person's fields; a new name somebody has is refused as by ``add_person``.

    Raises:
        ChangedMeanwhile: someone saved the person after ``version`` (the one the form
            opened, ``PersonRow.version``); nothing is written.
    """
    clean = data.cleaned()
    with ctx.db.write() as session:
        person = _get(session, person_id)
        refuse_if_changed(session, person, version)
        if not same_name_ok and name_key(clean.name) != name_key(person.name):
            refuse_same_name(session, clean.name, other_than=person_id)
        for key, value in _fields(clean).items():
            setattr(person, key, value)
        session.flush()
        row = person_row(person)
    return Outcome(row, Changes.of(Kind.PEOPLE, people={row.id}))


def refuse_same_name(session: Session, name: str, *, other_than: int | None = None) -> None:
    """Refuse ``name`` when somebody else has it (case, accents and spacing ignored).

    Raises:
        AlreadyRecorded: naming that person and their id.
    """
    wanted = name_key(name)
    for person_id, recorded, active in session.execute(
        select(Person.id, Person.name, Person.active).order_by(Person.id)
    ):
        if person_id != other_than and name_key(recorded) == wanted:
            if active:
                problem = translate("people", "{name} is already recorded here (id {id})")
            else:
                problem = translate(
                    "people",
                    "{name} is already recorded here "
                    "(id {id}, deactivated: reactivate them instead?)",
                )
            raise AlreadyRecorded("name", problem.format(name=recorded, id=person_id), person_id)


def set_person_active(ctx: Context, person_id: int, active: bool) -> Outcome[PersonRow]:
    """Deactivate (keep every record, leave team views) or reactivate a person."""
    with ctx.db.write() as session:
        person = _get(session, person_id)
        person.active = active
        session.flush()
        row = person_row(person)
    return Outcome(row, Changes.of(Kind.PEOPLE, people={row.id}))


def delete_person(ctx: Context, person_id: int) -> Outcome[PersonRow]:
    """Delete a person with their credentials, activities and certificate records.

    The person's certificate files are deleted from the data folder too, unless another
    record still points to the same file.
    """
    with ctx.db.write() as session:
        person = _get(session, person_id)
        row = person_row(person)
        files = list(
            session.scalars(
                select(Attachment.stored_name).join(Activity).where(Activity.person_id == person_id)
            )
        )
        session.delete(person)
    discard_if_unreferenced(ctx, files)
    return Outcome(row, Changes.of(Kind.PEOPLE, people={row.id}, removed=True))


def person_record_counts(ctx: Context, person_id: int) -> str:
    """What removing a person takes with them, in words ("2 credentials and 14 activities")."""
    with ctx.db.read() as session:
        _get(session, person_id)
        held = session.scalar(select(func.count()).where(Credential.person_id == person_id))
        logged = session.scalar(select(func.count()).where(Activity.person_id == person_id))
    held, logged = held or 0, logged or 0
    if logged == 1:
        activities = translate("people", "1 activity")
    else:
        activities = translate("people", "%n activities", None, logged)
    return translate("people", "{credentials} and {activities}").format(
        credentials=translate("people", "%n credential(s)", None, held), activities=activities
    )


def list_people(ctx: Context, *, include_inactive: bool = True) -> list[PersonRow]:
    """Everybody, by name."""
    with ctx.db.read() as session:
        query = select(Person).order_by(func.lower(Person.name), Person.id)
        if not include_inactive:
            query = query.where(Person.active.is_(True))
        return [person_row(p) for p in session.scalars(query)]


def get_person(ctx: Context, person_id: int) -> PersonRow:
    """One person by id."""
    with ctx.db.read() as session:
        return person_row(_get(session, person_id))


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    return person


def _fields(clean: PersonInput) -> dict[str, object]:
    return {
        "name": clean.name,
        "email": clean.email,
        "role": clean.role.value,
        "home_state": clean.home_state,
        "nabp_eprofile_id": clean.nabp_eprofile_id,
        "ptcb_number": clean.ptcb_number,
        "nha_number": clean.nha_number,
        "notes": clean.notes,
    }
