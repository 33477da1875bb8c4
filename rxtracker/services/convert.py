"""ORM objects to plain rows and engine facts (the only place that knows both)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from rxtracker.catalog import Catalog
from rxtracker.db import Activity, Attachment, Credential, Person
from rxtracker.domain import Audience, Category, Format, Hours, Role, Source, Uan, Verification
from rxtracker.engine import ActivityFact
from rxtracker.services.rows import ActivityRow, AttachmentRow, CredentialRow, PersonRow

_Row = TypeVar("_Row")


def same_named(row_type: type[_Row], obj: object) -> _Row:
    """A plain row whose every field is the ORM object's attribute of the same name."""
    names = (f.name for f in dataclasses.fields(row_type))  # type: ignore[arg-type]
    return row_type(**{name: getattr(obj, name) for name in names})


def person_row(p: Person) -> PersonRow:
    """Person -> PersonRow."""
    return PersonRow(
        id=p.id,
        name=p.name,
        email=p.email,
        role=Role(p.role),
        home_state=p.home_state,
        nabp_eprofile_id=p.nabp_eprofile_id,
        ptcb_number=p.ptcb_number,
        nha_number=p.nha_number,
        notes=p.notes,
        active=p.active,
        version=p.version,
    )


def credential_row(c: Credential, catalog: Catalog) -> CredentialRow:
    """Credential -> CredentialRow (with the type's display name)."""
    ctype = catalog.types.get(c.type_id)
    return CredentialRow(
        id=c.id,
        person_id=c.person_id,
        type_id=c.type_id,
        type_name=ctype.name if ctype else f"{c.type_id} (not in this catalog)",
        number=c.number,
        state=c.state,
        issued_on=c.issued_on,
        expires_on=c.expires_on,
        cycle_start=c.cycle_start,
        status_notes=c.status_notes,
        version=c.version,
    )


def attachment_row(a: Attachment) -> AttachmentRow:
    """Attachment -> AttachmentRow."""
    return AttachmentRow(
        id=a.id,
        activity_id=a.activity_id,
        stored_name=a.stored_name,
        original_name=a.original_name,
        media_type=a.media_type,
        sha256=a.sha256,
        size_bytes=a.size_bytes,
    )


def uan_columns(uan: Uan | None) -> dict[str, str | None]:
    """The activity table's columns read from a UAN (all empty without one)."""
    return {
        "uan": uan.text if uan else None,
        "format": uan.format.value if uan else None,
        "topic": uan.topic if uan else None,
        "audience": uan.audience.value if uan else None,
    }


# ---------------------------------------------------------------- activities
#
# One mapping of an activity: a field the activity gains is added to FIELDS once (and to the
# dataclasses that hold it); reading a row, writing one back (undo of a delete) and building
# the engine's fact follow from it. The person archive copies every column by name
# (person_archive); the team status reads the fact's columns without the ORM (facts).


def _same(value: Any) -> Any:
    return value


def _enum_value(value: Any) -> Any:
    return value.value if value is not None else None


def _optional(enum: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: enum(value) if value else None


@dataclass(frozen=True, slots=True)
class Field:
    """How one field of ``ActivityRow`` is stored.

    Attributes:
        column: the ``Activity`` column holding it.
        read: column value -> row value.
        write: row value -> column value; None when only the database sets it.
        fact: the engine's ``ActivityFact`` has the field too (same name, same value).
    """

    column: str
    read: Callable[[Any], Any] = _same
    write: Callable[[Any], Any] | None = _same
    fact: bool = False


#: ActivityRow field -> how it is stored (tags, certificates and the checker's name aside).
FIELDS: dict[str, Field] = {
    "id": Field("id", fact=True),
    "person_id": Field("person_id"),
    "title": Field("title", fact=True),
    "provider": Field("provider", fact=True),
    "completed_on": Field("completed_on", fact=True),
    "hours": Field("hours_hundredths", Hours, lambda hours: hours.hundredths, fact=True),
    "uan": Field("uan", fact=True),
    "format": Field("format", _optional(Format), _enum_value, fact=True),
    "topic": Field("topic", fact=True),
    "audience": Field("audience", _optional(Audience), _enum_value, fact=True),
    "category": Field("category", Category, _enum_value, fact=True),
    "source": Field("source", Source, _enum_value),
    "notes": Field("notes"),
    "created_at": Field("created_at"),
    "updated_at": Field("updated_at", write=None),
    "recognized_program": Field("recognized_program", fact=True),
    "verification": Field("verification", Verification, _enum_value),
    "verified_by_id": Field("verified_by_id"),
    "verified_by_user": Field("verified_by_user"),
    "verified_at": Field("verified_at"),
    "verification_note": Field("verification_note"),
    "archive_report": Field("archive_report"),
    "version": Field("version", write=None),
}
_FACT_FIELDS = {name: field for name, field in FIELDS.items() if field.fact}
#: The columns the engine's fact is made of, in ``FACT_NAMES`` order.
FACT_COLUMNS = tuple(getattr(Activity, field.column) for field in _FACT_FIELDS.values())
FACT_NAMES = tuple(_FACT_FIELDS)


def activity_row(a: Activity) -> ActivityRow:
    """Activity -> ActivityRow (with its tags, certificates and the checker's name)."""
    return ActivityRow(
        **{name: field.read(getattr(a, field.column)) for name, field in FIELDS.items()},
        tags=tuple(t.tag for t in a.tags),
        attachments=tuple(attachment_row(x) for x in a.attachments),
        verified_by_name=(a.verified_by.name if a.verified_by else a.verified_by_user),
    )


def activity_columns(row: ActivityRow) -> dict[str, Any]:
    """ActivityRow -> the ``Activity`` columns it sets (tags and certificates aside)."""
    return {
        field.column: field.write(getattr(row, name))
        for name, field in FIELDS.items()
        if field.write is not None
    }


def activity_fact(a: Activity) -> ActivityFact:
    """Activity -> the engine's fact."""
    return ActivityFact(
        **{name: field.read(getattr(a, field.column)) for name, field in _FACT_FIELDS.items()},
        tags=frozenset(t.tag for t in a.tags),
    )
