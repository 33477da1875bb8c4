"""The CE log's CSV rows, streamed from the database cursor as the file is written.

The activities (with the checker's name) come from one cursor, a batch at a time; each
batch's tags are read by id (the tag table's key, no sort of the whole log), so no more than
a batch of rows is held at a time and every batch costs the same. The certificate files'
names and fingerprints are read once (attachments are not indexed by activity; they are
few: one per ten activities in the demo data).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from rxtracker.db import Activity, Person
from rxtracker.db.models import ActivityTag, Attachment
from rxtracker.domain import Hours, topic_label
from rxtracker.services.rows import OnProgress

#: Rows fetched from the cursor at a time.
BATCH = 1000
_ORDER = (Activity.completed_on, Activity.id)
_AUDIENCE = {"T": "technician", "P": "pharmacist"}


def activity_count(session: Session, person_id: int) -> int:
    """How many activities the export will write."""
    query = select(func.count()).select_from(Activity).where(Activity.person_id == person_id)
    return int(session.scalar(query) or 0)


def activity_csv_rows(
    session: Session, person: str, person_id: int, progress: OnProgress | None = None
) -> Iterator[list[object]]:
    """Every activity of the person as a CSV row, oldest first, read as it is written."""
    total = activity_count(session, person_id) if progress else 0
    mine = Activity.person_id == person_id
    files = _by_activity(session, _files(mine))
    query = _activities(mine).execution_options(yield_per=BATCH)
    done = 0
    for batch in session.execute(query).partitions():
        tags = _by_activity(session, _tags([row[0] for row in batch]))
        for row in batch:
            yield _row(person, row, tags.get(row[0], ()), files.get(row[0], ()))
        done += len(batch)
        if progress is not None:
            progress(done, total)


def _by_activity(session: Session, query: Select[*tuple[Any, ...]]) -> dict[int, list[Any]]:
    """The rows of ``query`` (activity id first) grouped by activity, in the query's order."""
    grouped: dict[int, list[Any]] = {}
    for row in session.execute(query):
        grouped.setdefault(row[0], []).append(row)
    return grouped


def _activities(mine: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    checker = aliased(Person)
    a = Activity
    return (
        select(
            a.id, a.completed_on, a.title, a.provider, a.hours_hundredths, a.uan, a.format,
            a.topic, a.audience, a.category, a.source, a.recognized_program,
            a.cpe_monitor_seen_on, a.import_batch_id, a.verification, checker.name,
            a.verified_by_user, a.verified_at, a.verification_note, a.archive_report, a.notes,
            a.created_at, a.updated_at,
        )
        .outerjoin(checker, a.verified_by_id == checker.id)
        .where(mine)
        .order_by(*_ORDER)
    )  # fmt: skip


def _tags(ids: list[int]) -> Select[*tuple[Any, ...]]:
    query = select(ActivityTag.activity_id, ActivityTag.tag)
    return query.where(ActivityTag.activity_id.in_(ids)).order_by(ActivityTag.tag)


def _files(mine: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    query = select(Attachment.activity_id, Attachment.original_name, Attachment.sha256)
    return query.join(Activity).where(mine).order_by(Attachment.id)


def _row(person: str, a: Any, tags: Sequence[Any], files: Sequence[Any]) -> list[object]:
    return [
        person,
        a[0],
        a[1].isoformat(),
        a[2],
        a[3],
        str(Hours(a[4])),
        a[5] or "",
        a[6] or "",
        topic_label(a[7]) if a[7] else "",
        _AUDIENCE.get(a[8] or "", ""),
        a[9],
        a[10],
        " ".join(t[1] for t in tags),
        a[11] or "",
        a[12].isoformat() if a[12] else "",
        a[13] or "",
        " | ".join(f[1] for f in files),
        " | ".join(f[2] for f in files),
        a[14],
        a[15] or a[16] or "",
        _iso(a[17]),
        a[18],
        a[19],
        a[20],
        _iso(a[21]),
        _iso(a[22]),
    ]


def _iso(value: dt.datetime | None) -> str:
    return value.replace(microsecond=0).isoformat() if value else ""
