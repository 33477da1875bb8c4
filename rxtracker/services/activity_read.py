"""A person's activities read as plain rows with three reads (no ORM objects, no SQLAlchemy).

The activities with their checker's name, their tags, their certificates, straight into
``ActivityRow``s: the CE log reads thousands of rows on every load, and one ORM object per
activity, tag and certificate cost ten times the read itself. The reads are SQL text
(``rxtracker.db.reads``) run in a session, or through ``sqlite3`` by a command
(``rxtracker.services.quick``): both give the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from operator import call
from pathlib import Path
from typing import Any

from rxtracker.db.quick import reading
from rxtracker.db.reads import (
    Rows,
    SessionRows,
    activities_sql,
    attachments_sql,
    id_params,
    tags_sql,
)
from rxtracker.services.fields import ATTACHMENT_COLUMNS, FIELDS, remembering
from rxtracker.services.rows import ActivityRow, AttachmentRow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rxtracker.services.quick import Reading

_NAMES = tuple(FIELDS)
_COLUMNS = tuple(field.column for field in FIELDS.values())


def list_activities(ctx: Reading, person_id: int) -> list[ActivityRow]:
    """A person's activities, newest first."""
    with reading(ctx.db) as rows:
        return activity_rows_from(rows, person_id)


def certificate_path(ctx: Reading, stored_name: str) -> Path:
    """Where a stored certificate's bytes are."""
    return ctx.paths.certificates / stored_name


def activity_rows_of(
    session: Session, person_id: int, ids: Collection[int] | None = None
) -> list[ActivityRow]:
    """A person's activities (only those of ``ids`` when given), newest first."""
    return activity_rows_from(SessionRows(session), person_id, ids)


def activity_rows_from(
    rows: Rows, person_id: int, ids: Collection[int] | None = None
) -> list[ActivityRow]:
    """:func:`activity_rows_of` read through ``rows``."""
    if ids is not None and not ids:
        return []
    params = id_params(person_id, ids)
    tags: dict[int, list[str]] = defaultdict(list)
    for activity_id, tag in rows.all(tags_sql(ids), params):
        tags[activity_id].append(tag)
    files: dict[int, list[AttachmentRow]] = defaultdict(list)
    for values in rows.all(attachments_sql(ATTACHMENT_COLUMNS, ids), params):
        files[values[1]].append(AttachmentRow(*values))
    readers = _readers()
    found = []
    for values in rows.all(activities_sql(_COLUMNS, ids), params):
        # map and operator.call: one C loop a row (the row ends with the checker's name)
        fields = dict(zip(_NAMES, map(call, readers, values)))  # noqa: B905
        activity_id = fields["id"]
        checker_name = values[-1] if values[-1] is not None else fields["verified_by_user"]
        found.append(
            ActivityRow(
                **fields,
                tags=tuple(tags.get(activity_id, ())),
                attachments=tuple(files.get(activity_id, ())),
                verified_by_name=checker_name,
            )
        )
    return found


def _readers() -> list[Callable[[Any], Any]]:
    """Each field's reader, remembering what it made."""
    return [remembering(f.read) for f in FIELDS.values()]
