"""One person's complete records as a zip another rxtracker can import (records that leave
with the technician).

Layout (``rxtracker.exchange.archive`` with the person layout: manifest with every file's
size and sha256, entry names checked, links, ``..``, absolute paths and zip bombs refused)::

    manifest.json              kind "person", app and schema versions, files and sha256s
    person.json                the person, credentials (with past cycles and items),
                               activities (with tags, certificates, verification), experience
    certificates/<sha256>.pdf  the person's certificate files, as stored

Every column of every record is written, so the import gives identical records; ids are
the importing database's own. Who verified an activity travels as a name (the verifier is
not part of the archive); the import batch an activity came from does not travel.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, func, inspect, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, selectinload

import rxtracker
from rxtracker.db import Activity, ActivityTag, Attachment, Credential, Person
from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.db.models import CredentialCycle, CredentialItem, WorkExperience
from rxtracker.domain import Category, Hours, InvalidInput, NotFound, Role, Source
from rxtracker.exchange.archive import (
    CERTIFICATES,
    Layout,
    extract_archive,
    inspect_archive,
    write_archive,
)
from rxtracker.services.certificates import CertificateBatch
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.import_writes import fault_pause
from rxtracker.services.inputs import ActivityInput, CredentialInput, PersonInput
from rxtracker.services.rows import Changes, Outcome

PERSON_JSON = "person.json"
PERSON_LAYOUT = Layout("person", PERSON_JSON, "archive", "person archive", PERSON_JSON)
#: Columns that tie a record to one database; never written, re-made on import.
_LOCAL = frozenset(
    {"id", "person_id", "credential_id", "activity_id", "import_batch_id", "verified_by_id"}
)
_FIELD = "archive"
#: The lists a person archive holds, and the lists inside each of their records.
_SHAPE: dict[str, tuple[str, ...]] = {
    "credentials": ("past_cycles", "items"),
    "activities": ("tags", "attachments"),
    "experience": (),
}
#: How rxtracker names a stored certificate: its sha256 and the type's extension.
_STORED_NAME = re.compile(r"[0-9a-f]{64}\.(pdf|png|jpg)")


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
        names = sorted({a.stored_name for act in person.activities for a in act.attachments})
        counts = (len(person.activities), len(person.credentials))
        name = person.name
    files = [ctx.paths.certificates / n for n in names]
    with tempfile.TemporaryDirectory(prefix=".person-", dir=ctx.paths.data_dir) as work:
        payload = Path(work) / PERSON_JSON
        payload.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True))
        write_archive(
            out,
            payload,
            files,
            app_version=rxtracker.__version__,
            schema_version=SCHEMA_VERSION,
            created_at=dt.datetime.now(dt.UTC),
            layout=PERSON_LAYOUT,
        )
    out.chmod(0o600)
    return PersonArchiveResult(out, person_id, name, counts[0], counts[1], len(files))


def import_person(ctx: Context, archive: Path) -> Outcome[PersonArchiveResult]:
    """Add the person of an archive, with every record and certificate, in one transaction.

    Raises:
        InvalidInput: field "archive": unsafe, damaged, not a person archive, from a newer
            rxtracker, or the person is already recorded here. Nothing is written.
    """
    manifest = inspect_archive(archive, max_schema=SCHEMA_VERSION, layout=PERSON_LAYOUT)
    with CertificateBatch(ctx) as batch:
        staging = Path(tempfile.mkdtemp(prefix=".person-import-", dir=ctx.paths.data_dir))
        try:
            extract_archive(archive, manifest, staging, PERSON_LAYOUT)
            data = _read_payload(staging / PERSON_JSON)
            _check_records(ctx, data)
            _stage_certificates(batch, staging, data)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        result = _write_person(ctx, batch, archive, data)
    return Outcome(result, Changes(people=frozenset({result.person_id})))


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
        if attr.key not in _LOCAL:
            value = getattr(obj, attr.key)
            out[attr.key] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def _person_data(person: Person) -> dict[str, Any]:
    credentials = [
        {
            **_columns(c),
            "past_cycles": [_columns(x) for x in c.past_cycles],
            "items": [_columns(x) for x in c.items],
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


def _experience(person: Person) -> list[WorkExperience]:
    session = inspect(person).session
    assert session is not None  # loaded by _load in an open session
    query = select(WorkExperience).where(WorkExperience.person_id == person.id)
    return list(session.scalars(query.order_by(WorkExperience.id)))


# ---------------------------------------------------------------- import


def _read_payload(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("person"), dict):
            raise ValueError("no person in it")
        for key, nested in _SHAPE.items():
            records = data.get(key, [])
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                raise ValueError(f"{key} is not a list of records")
            for record in records:
                for inner in nested:
                    values = record.get(inner, [])
                    if not isinstance(values, list):
                        raise ValueError(f"{inner} of a {key[:-1]} is not a list")
                    if inner != "tags" and not all(isinstance(v, dict) for v in values):
                        raise ValueError(f"{inner} of a {key[:-1]} is not a list of records")
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(_FIELD, f"{PERSON_JSON} is not readable ({exc})") from None
    return data


def _stage_certificates(batch: CertificateBatch, staging: Path, data: dict[str, Any]) -> None:
    """Copy the archive's certificate files toward the store; each must match its record.

    They get their final names only inside the import's transaction (``_insert``).
    """
    for activity in data.get("activities", []):
        for attachment in activity.get("attachments", []):
            name = str(attachment.get("stored_name", ""))
            source = staging / CERTIFICATES / name
            if not _STORED_NAME.fullmatch(name) or not source.is_file():
                raise InvalidInput(_FIELD, f"the certificate {name[:80]!r} is not in the archive")
            saved = batch.stage(source)
            if saved.stored_name != name or saved.sha256 != attachment.get("sha256"):
                raise InvalidInput(_FIELD, f"the certificate {name!r} is not the file recorded")


def _check_records(ctx: Context, data: dict[str, Any]) -> None:
    """Every archived record must pass the checks typed input gets (names what is wrong)."""
    catalog = full_catalog(ctx)
    person = data["person"]
    _checked("the person", partial(_clean, _person_input, person))
    for values in data.get("credentials", []):
        what = f"the credential {str(values.get('type_id'))[:60]!r}"
        clean = _checked(what, partial(_clean, _credential_input, values))
        if not isinstance(clean, CredentialInput) or clean.type_id not in catalog:
            raise InvalidInput(_FIELD, f"{what}: that credential type is not known here")
    for values in data.get("activities", []):
        what = f"the activity {str(values.get('title'))[:60]!r}"
        _checked(what, partial(_clean_activity, values))


def _clean(
    build: Callable[[dict[str, Any]], PersonInput | CredentialInput], values: dict[str, Any]
) -> object:
    return build(values).cleaned()


def _clean_activity(values: dict[str, Any]) -> object:
    return _activity_input(values).cleaned(dt.date.today())


def _checked(what: str, check: Callable[[], object]) -> object:
    try:
        return check()
    except InvalidInput as exc:
        raise InvalidInput(_FIELD, f"{what} in {PERSON_JSON}: {exc}") from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise InvalidInput(_FIELD, f"{what} in {PERSON_JSON} cannot be read ({exc})") from None


def _day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _person_input(v: dict[str, Any]) -> PersonInput:
    return PersonInput(
        name=v["name"],
        email=v.get("email"),
        role=Role(v.get("role", "technician")),
        home_state=v.get("home_state"),
        nabp_eprofile_id=v.get("nabp_eprofile_id"),
        ptcb_number=v.get("ptcb_number"),
        nha_number=v.get("nha_number"),
        notes=v.get("notes") or "",
    )


def _credential_input(v: dict[str, Any]) -> CredentialInput:
    return CredentialInput(
        type_id=str(v["type_id"]),
        expires_on=_day(v.get("expires_on")),
        number=v.get("number"),
        state=v.get("state"),
        issued_on=_day(v.get("issued_on")),
        cycle_start=_day(v.get("cycle_start")),
        status_notes=v.get("status_notes") or "",
    )


def _activity_input(v: dict[str, Any]) -> ActivityInput:
    hundredths = v["hours_hundredths"]
    if not isinstance(hundredths, int) or isinstance(hundredths, bool):
        raise TypeError("hours_hundredths is not a whole number")
    day = _day(v["completed_on"])
    if day is None:
        raise ValueError("completed_on is empty")
    return ActivityInput(
        title=v["title"],
        completed_on=day,
        hours=Hours(hundredths),
        provider=v.get("provider") or "",
        uan=v.get("uan"),
        category=Category(v["category"]),
        tags=tuple(str(t) for t in v.get("tags", [])),
        notes=v.get("notes") or "",
        source=Source(v.get("source", "manual")),
    )


def _build(model: type[Any], values: dict[str, Any]) -> Any:
    """An ORM object from its archived columns (dates parsed by column type)."""
    fields = {}
    for column in model.__table__.columns:
        if column.key in _LOCAL or column.key not in values:
            continue
        value = values[column.key]
        if value is not None and isinstance(column.type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = dt.date.fromisoformat(value)
        elif value is not None and isinstance(column.type, Boolean):
            value = bool(value)
        fields[column.key] = value
    return model(**fields)


def _write_person(
    ctx: Context, batch: CertificateBatch, archive: Path, data: dict[str, Any]
) -> PersonArchiveResult:
    try:
        person = _build(Person, data["person"])
        credentials = [_credential(c) for c in data.get("credentials", [])]
        activities = [_activity(a) for a in data.get("activities", [])]
        experience = [_build(WorkExperience, w) for w in data.get("experience", [])]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise InvalidInput(
            _FIELD, f"{PERSON_JSON} holds a value rxtracker cannot read ({exc})"
        ) from None
    try:
        return _insert(ctx, batch, archive, person, credentials, activities, experience)
    except (sa_exc.IntegrityError, sa_exc.StatementError) as exc:
        raise InvalidInput(
            _FIELD, f"{PERSON_JSON} holds records that do not fit together ({exc.orig})"
        ) from None


def _insert(
    ctx: Context,
    batch: CertificateBatch,
    archive: Path,
    person: Person,
    credentials: list[Credential],
    activities: list[Activity],
    experience: list[WorkExperience],
) -> PersonArchiveResult:
    with ctx.db.write() as session:
        _refuse_twice(session, person.name)
        batch.publish(session)
        person.credentials = credentials
        person.activities = activities
        session.add(person)
        session.flush()
        for period in experience:
            period.person_id = person.id
            session.add(period)
        fault_pause(session)  # a test hook: kills land here, files published, no commit
        certificates = sum(len(a.attachments) for a in activities)
        return PersonArchiveResult(
            archive, person.id, person.name, len(activities), len(credentials), certificates
        )


def _refuse_twice(session: Session, name: str) -> None:
    same = session.scalars(
        select(Person).where(func.lower(Person.name) == name.strip().lower())
    ).first()
    if same is not None:
        raise InvalidInput(
            _FIELD, f"{same.name} is already recorded here (id {same.id}); nothing was imported"
        )


def _credential(values: dict[str, Any]) -> Credential:
    credential: Credential = _build(Credential, values)
    credential.past_cycles = [_build(CredentialCycle, x) for x in values.get("past_cycles", [])]
    credential.items = [_build(CredentialItem, x) for x in values.get("items", [])]
    return credential


def _activity(values: dict[str, Any]) -> Activity:
    activity: Activity = _build(Activity, values)
    if values.get("verified_by_name"):  # the verifier's name means more here than a login
        activity.verified_by_user = str(values["verified_by_name"])[:100]
    activity.tags = [ActivityTag(tag=str(t)) for t in values.get("tags", [])]
    activity.attachments = [_build(Attachment, x) for x in values.get("attachments", [])]
    return activity
