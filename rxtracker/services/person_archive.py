"""One person's complete records as a zip another rxtracker can import.

Records that leave with the technician.

Layout (``rxtracker.exchange.archive`` with the person layout: manifest with every file's
size and sha256, entry names checked, links, ``..``, absolute paths and zip bombs refused)::

    manifest.json              kind "person", app and schema versions, files and sha256s
    person.json                the person, credentials (with past cycles and items),
                               activities (with tags, certificates, verification), experience
    certificates/<sha256>.pdf  the person's certificate files, as stored

Every column of every record is written, so the import gives identical records; ids are
the importing database's own. Who verified an activity travels as a name (the verifier is
not part of the archive); the import batch an activity came from does not travel: the
import makes its own (kind "person-archive"), which every activity it adds names, with one
change-history entry for all of them (``bulk_writes``).

A check made at the other workplace and the day its CPE Monitor export showed the course
are *its* facts, kept as the activity's ``archive_report`` (``archive_report``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, selectinload

import rxtracker
from rxtracker.db import Activity, Credential, Person, TeamDatabase
from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.db.models import ImportBatch, WorkExperience, stored_now
from rxtracker.db.renewals import CredentialAudit, RenewalEvent
from rxtracker.disk import staging_folder, write_atomic
from rxtracker.domain import AlreadyRecorded, InvalidInput, NotFound, name_key
from rxtracker.exchange.archive import (
    CERTIFICATES,
    PERSON,
    PERSON_JSON,
    extract_archive,
    inspect_archive,
    write_archive,
)
from rxtracker.i18n import translate
from rxtracker.services.archive_checks import FIELD, STORED_NAME, check_records, read_payload
from rxtracker.services.archive_records import (
    LOCAL,
    archive_activity,
    build,
    credential,
    renewal_rows,
)
from rxtracker.services.bulk_writes import Batch, write_activities
from rxtracker.services.certificates import CertificateBatch, certificate_file
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.import_writes import fault_pause
from rxtracker.services.people import refuse_same_name
from rxtracker.services.rows import Changes, Kind, Outcome

PERSON_LAYOUT = PERSON
_FIELD = FIELD
#: ``import_batch.kind`` of a person archive's import (a file import's is its ImportKind).
ARCHIVE_KIND = "person-archive"
#: Names of the folders a person archive is unpacked into (in the data folder).
STAGING_PREFIX = ".person-import-"
#: What importing a person archive writes: the person and all their records.
_ARCHIVE_KINDS = (Kind.PEOPLE, Kind.CREDENTIALS, Kind.ACTIVITIES, Kind.EXPERIENCE)


@dataclass(frozen=True, slots=True)
class PersonArchiveResult:
    """An archive written or imported."""

    path: Path
    person_id: int
    person_name: str
    activities: int
    credentials: int
    certificates: int


def export_person(ctx: Context, person_id: int, out: Path) -> PersonArchiveResult:
    """Write one person's complete records and certificate files to the zip ``out``.

    Raises:
        NotFound: no such person.
    """
    with ctx.db.read() as session:
        person = _load(session, person_id)
        data = _person_data(person)
        stored = {a.stored_name: a.sha256 for act in person.activities for a in act.attachments}
        counts = (len(person.activities), len(person.credentials))
        name = person.name
    files = [certificate_file(ctx, n, stored[n]) for n in sorted(stored)]  # a team's: copies
    with staging_folder(out.parent, f".{out.name}.") as work:
        payload = Path(work) / PERSON_JSON
        write_atomic(
            payload, json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True).encode()
        )
        write_archive(
            out,
            payload,
            files,
            app_version=rxtracker.__version__,
            schema_version=SCHEMA_VERSION,
            created_at=ctx.clock.now(),
            layout=PERSON_LAYOUT,
        )
    return PersonArchiveResult(out, person_id, name, counts[0], counts[1], len(files))


def import_person(ctx: Context, archive: Path) -> Outcome[PersonArchiveResult]:
    """Add the person of an archive, with every record and certificate, in one transaction.

    Raises:
        InvalidInput: field "archive": unsafe, damaged, not a person archive, from a newer
            rxtracker, or the person is already recorded here. Nothing is written.
    """
    manifest = inspect_archive(archive, max_schema=SCHEMA_VERSION, layout=PERSON_LAYOUT)
    with CertificateBatch(ctx) as batch:
        with staging_folder(ctx.paths.data_dir, STAGING_PREFIX) as staging:
            extract_archive(archive, manifest, staging, PERSON_LAYOUT)
            data = read_payload(staging / PERSON_JSON)
            check_records(full_catalog(ctx), data, ctx.clock.today())
            _stage_certificates(batch, staging, data)
        result = _write_person(ctx, batch, archive, data)
    return Outcome(result, Changes.of(*_ARCHIVE_KINDS, people={result.person_id}))


@dataclass(frozen=True, slots=True)
class PersonArchivePreview:
    """What a person archive holds, read and checked, before anything is written."""

    path: Path
    person_name: str
    credentials: int
    activities: int
    certificates: int
    created_at: str  # when the archive was written (ISO, UTC)
    already_here: bool  # a person of that name is recorded here: importing is refused


def preview_person(ctx: Context, archive: Path) -> PersonArchivePreview:
    """Read and check an archive as :func:`import_person` would, writing nothing.

    Raises:
        InvalidInput: as :func:`import_person` (damaged, not a person archive, newer...).
    """
    manifest = inspect_archive(archive, max_schema=SCHEMA_VERSION, layout=PERSON_LAYOUT)
    with staging_folder(ctx.paths.data_dir, STAGING_PREFIX) as staging:
        extract_archive(archive, manifest, staging, PERSON_LAYOUT)
        data = read_payload(staging / PERSON_JSON)
        check_records(full_catalog(ctx), data, ctx.clock.today())
    name = str(data["person"].get("name", ""))
    with ctx.db.read() as session:
        try:
            _refuse_twice(session, name)
            here = False
        except InvalidInput:
            here = True
    certificates = len([f for f in manifest.files if f.name != PERSON_JSON])
    return PersonArchivePreview(
        archive,
        name,
        len(data.get("credentials", [])),
        len(data.get("activities", [])),
        certificates,
        manifest.created_at,
        here,
    )


# ---------------------------------------------------------------- export


def _load(session: Session, person_id: int) -> Person:
    query = (
        select(Person)
        .where(Person.id == person_id)
        .options(
            selectinload(Person.credentials).selectinload(Credential.past_cycles),
            selectinload(Person.credentials).selectinload(Credential.items),
            selectinload(Person.activities).selectinload(Activity.tags),
            selectinload(Person.activities).selectinload(Activity.attachments),
        )
    )
    person = session.scalars(query).one_or_none()
    if person is None:
        raise NotFound("person", person_id)
    return person


def _columns(obj: Any) -> dict[str, Any]:
    out = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key not in LOCAL:
            value = getattr(obj, attr.key)
            out[attr.key] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def _person_data(person: Person) -> dict[str, Any]:
    credentials = [
        {
            **_columns(c),
            "past_cycles": [_columns(x) for x in c.past_cycles],
            "items": [_columns(x) for x in c.items],
            **_renewal_data(c),
        }
        for c in sorted(person.credentials, key=lambda c: c.id)
    ]
    activities = [
        {
            **_columns(a),
            "verified_by_name": a.verified_by.name if a.verified_by else None,
            "tags": [t.tag for t in a.tags],
            "attachments": [_columns(x) for x in a.attachments],
        }
        for a in sorted(person.activities, key=lambda a: a.id)
    ]
    return {
        "person": _columns(person),
        "credentials": credentials,
        "activities": activities,
        "experience": [_columns(w) for w in _experience(person)],
    }


def _renewal_data(credential: Credential) -> dict[str, list[dict[str, Any]]]:
    """A credential's application steps and audits (issue 20), without their row ids."""
    session = inspect(credential).session
    assert session is not None  # loaded by _load in an open session
    out: dict[str, list[dict[str, Any]]] = {}
    for key, model in (("renewal_events", RenewalEvent), ("audits", CredentialAudit)):
        rows = session.scalars(
            select(model).where(model.credential_id == credential.id).order_by(model.id)
        )
        out[key] = [_columns(r) for r in rows]
    return out


def _experience(person: Person) -> list[WorkExperience]:
    session = inspect(person).session
    assert session is not None  # loaded by _load in an open session
    query = select(WorkExperience).where(WorkExperience.person_id == person.id)
    return list(session.scalars(query.order_by(WorkExperience.id)))


# ---------------------------------------------------------------- import


def _stage_certificates(batch: CertificateBatch, staging: Path, data: dict[str, Any]) -> None:
    """Copy the archive's certificate files toward the store; each must match its record.

    They get their final names only inside the import's transaction (``_insert``).
    """
    for activity in data.get("activities", []):
        for attachment in activity.get("attachments", []):
            name = str(attachment.get("stored_name", ""))
            source = staging / CERTIFICATES / name
            if not STORED_NAME.fullmatch(name) or not source.is_file():
                words = translate("person_archive", "the certificate {name} is not in the archive")
                raise InvalidInput(_FIELD, words.format(name=repr(name[:80])))
            saved = batch.stage(source)
            if saved.stored_name != name or saved.sha256 != attachment.get("sha256"):
                words = translate(
                    "person_archive", "the certificate {name} is not the file recorded"
                )
                raise InvalidInput(_FIELD, words.format(name=repr(name)))


def _write_person(
    ctx: Context, batch: CertificateBatch, archive: Path, data: dict[str, Any]
) -> PersonArchiveResult:
    try:
        return _insert(ctx, batch, archive, data)
    except (sa_exc.IntegrityError, sa_exc.StatementError) as exc:
        words = translate(
            "person_archive", "{file} holds records that do not fit together ({error})"
        )
        raise InvalidInput(_FIELD, words.format(file=PERSON_JSON, error=exc.orig)) from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        words = translate("person_archive", "{file} holds a value rxtracker cannot read ({error})")
        raise InvalidInput(_FIELD, words.format(file=PERSON_JSON, error=exc)) from None


def _insert(
    ctx: Context, batch: CertificateBatch, archive: Path, data: dict[str, Any]
) -> PersonArchiveResult:
    """The person and the few records through the ORM; the activities through the bulk writer.

    Everything in one transaction: a failure or a kill anywhere leaves nothing written.
    """
    archived = build(Person, data["person"])
    credentials = [credential(c) for c in data.get("credentials", [])]
    renewals = [renewal_rows(c) for c in data.get("credentials", [])]
    experience = [build(WorkExperience, w) for w in data.get("experience", [])]
    with ctx.db.write() as session:
        person = _moving_in(ctx, session, archived) or archived
        if person.id is None:
            _refuse_twice(session, person.name)
        batch.publish(session)
        person.credentials.extend(credentials)
        session.add(person)
        session.flush()
        _add_with_credentials(session, person.id, credentials, renewals, experience)
        activities = data.get("activities", [])
        _write_activities(session, _import_batch(archive, person.id, len(activities)), activities)
        fault_pause(session)  # a test hook: kills land here, files published, no commit
        certificates = sum(len(a.get("attachments", [])) for a in activities)
        return PersonArchiveResult(
            archive, person.id, person.name, len(activities), len(credentials), certificates
        )


def _add_with_credentials(
    session: Session,
    person_id: int,
    credentials: list[Credential],
    renewals: list[list[Any]],
    experience: list[WorkExperience],
) -> None:
    for made, rows in zip(credentials, renewals, strict=True):
        for row in rows:
            row.credential_id = made.id
            session.add(row)
    for period in experience:
        period.person_id = person_id
        session.add(period)


def _import_batch(archive: Path, person_id: int, activities: int) -> ImportBatch:
    """The ``import_batch`` row every activity of the archive names (its file and sha256)."""
    digest = hashlib.sha256()
    with archive.open("rb") as source:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
    return ImportBatch(
        person_id=person_id,
        kind=ARCHIVE_KIND,
        file_name=archive.name[:255],
        sha256=digest.hexdigest(),
        added=activities,
    )


def _write_activities(session: Session, row: ImportBatch, activities: list[dict[str, Any]]) -> None:
    session.add(row)
    session.flush()
    now = stored_now()
    rows = (archive_activity(values, now) for values in activities)
    write_activities(session, Batch(row.id, row.person_id, row.file_name), rows, len(activities))


def _moving_in(ctx: Context, session: Session, archived: Person) -> Person | None:
    """On a team database, the signed-in person, who is moving their own records in.

    Their person row is the server's (made by ``server add-user``; a technician may not add
    people); the archive's records join it. Refused when that person already holds records,
    so an archive is never taken in twice. None on the local file, or for a login without a
    person (the database owner), who add the archive's person as a new one.

    Raises:
        InvalidInput: the signed-in person already has records, or another name.
    """
    mine = ctx.db.actor.person_id if isinstance(ctx.db, TeamDatabase) else None
    person = session.get(Person, mine) if mine is not None else None
    if person is None:
        return None
    if name_key(person.name) != name_key(archived.name):
        words = translate(
            "person_archive", "this archive holds {name}'s records, and you are {you}"
        )
        raise InvalidInput(_FIELD, words.format(name=archived.name, you=person.name))
    held = session.scalar(
        select(func.count()).select_from(Activity).where(Activity.person_id == person.id)
    ) or session.scalar(
        select(func.count()).select_from(Credential).where(Credential.person_id == person.id)
    )
    if held:
        words = translate("person_archive", "{name} already has records here; nothing was imported")
        raise InvalidInput(_FIELD, words.format(name=person.name))
    return person


def _refuse_twice(session: Session, name: str) -> None:
    try:
        refuse_same_name(session, name)
    except AlreadyRecorded as same:
        words = translate("person_archive", "{problem}; nothing was imported")
        raise InvalidInput(_FIELD, words.format(problem=same.problem)) from None
