"""ORM objects to plain rows and engine facts (the only place that knows both)."""

from __future__ import annotations

from typing import Any, TypeVar

from rxtracker.catalog import Catalog
from rxtracker.db import Activity, Attachment, Credential, Person
from rxtracker.domain import Uan
from rxtracker.engine import ActivityFact
from rxtracker.records import field_names
from rxtracker.services.fields import (
    CREDENTIAL_COLUMNS,
    FIELDS,
    PERSON_COLUMNS,
    credential_row_of,
    person_row_of,
)
from rxtracker.services.rows import ActivityRow, AttachmentRow, CredentialRow, PersonRow

_Row = TypeVar("_Row")


def same_named(row_type: type[_Row], obj: object) -> _Row:
    """A plain row whose every field is the ORM object's attribute of the same name."""
    return row_type(**{name: getattr(obj, name) for name in field_names(row_type)})


def person_row(p: Person) -> PersonRow:
    """Person -> PersonRow."""
    return person_row_of([getattr(p, column) for column in PERSON_COLUMNS])


def credential_row(c: Credential, catalog: Catalog) -> CredentialRow:
    """Credential -> CredentialRow (with the type's display name)."""
    return credential_row_of({column: getattr(c, column) for column in CREDENTIAL_COLUMNS}, catalog)


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
