"""A person's activities read as plain rows with Core queries (no ORM objects).

Three queries (the activities with their checker's name, their tags, their certificates)
straight into ``ActivityRow``s: the CE log reads thousands of rows on every load, and one
ORM object per activity, tag and certificate cost ten times the read itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from rxtracker.db import Activity, ActivityTag, Attachment, Person
from rxtracker.services.convert import FIELDS, _same
from rxtracker.services.rows import ActivityRow, AttachmentRow

_NAMES = tuple(FIELDS)
_COLUMNS = tuple(getattr(Activity, field.column) for field in FIELDS.values())
_ATTACHMENT_COLUMNS = (
    Attachment.id,
    Attachment.activity_id,
    Attachment.stored_name,
    Attachment.original_name,
    Attachment.media_type,
    Attachment.sha256,
    Attachment.size_bytes,
)


def activity_rows_of(
    session: Session, person_id: int, ids: Collection[int] | None = None
) -> list[ActivityRow]:
    """A person's activities (only those of ``ids`` when given), newest first."""
    checker = aliased(Person)
    query = (
        select(*_COLUMNS, checker.name)
        .outerjoin(checker, checker.id == Activity.verified_by_id)
        .where(_of_person(person_id, ids))
        .order_by(Activity.completed_on.desc(), Activity.id.desc())
    )
    tags: dict[int, list[str]] = defaultdict(list)
    for activity_id, tag in session.execute(_limited(_tags(person_id, ids), ids)):
        tags[activity_id].append(tag)
    files: dict[int, list[AttachmentRow]] = defaultdict(list)
    for values in session.execute(_limited(_attachments(person_id, ids), ids)):
        files[values[1]].append(AttachmentRow(*values))
    readers = _readers()
    rows = []
    for values in session.execute(_limited(query, ids)):
        fields = dict(
            zip(_NAMES, (read(v) for read, v in zip(readers, values, strict=False)), strict=False)
        )
        activity_id = fields["id"]
        checker_name = values[-1] if values[-1] is not None else fields["verified_by_user"]
        rows.append(
            ActivityRow(
                **fields,
                tags=tuple(tags.get(activity_id, ())),
                attachments=tuple(files.get(activity_id, ())),
                verified_by_name=checker_name,
            )
        )
    return rows


def _tags(person_id: int, ids: Collection[int] | None) -> Select[Any]:
    query = (
        select(ActivityTag.activity_id, ActivityTag.tag)
        .join(Activity, Activity.id == ActivityTag.activity_id)
        .where(_of_person(person_id, ids))
        .order_by(ActivityTag.activity_id, ActivityTag.tag)
    )
    return query  # type: ignore[return-value]


def _attachments(person_id: int, ids: Collection[int] | None) -> Select[Any]:
    query = (
        select(*_ATTACHMENT_COLUMNS)
        .join(Activity, Activity.id == Attachment.activity_id)
        .where(_of_person(person_id, ids))
        .order_by(Attachment.activity_id, Attachment.id)
    )
    return query  # type: ignore[return-value]


def _limited(query: Select[Any], ids: Collection[int] | None) -> Select[Any]:
    return query if ids is None else query.where(Activity.id.in_(list(ids)))


def _of_person(person_id: int, ids: Collection[int] | None) -> ColumnElement[bool]:
    """The person's rows; given ids, found by id (``+ 0``: not a scan of the person's index)."""
    column = Activity.person_id if ids is None else Activity.person_id + 0
    return column == person_id


def _readers() -> list[Callable[[Any], Any]]:
    """Each field's reader; the converting ones remember what they made (few distinct values)."""
    return [_same if f.read is _same else _remembering(f.read) for f in FIELDS.values()]


def _remembering(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    made: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        try:
            return made[value]
        except KeyError:
            result = made[value] = read(value)
            return result

    return remembered
