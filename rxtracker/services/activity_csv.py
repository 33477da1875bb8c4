"""The CE log's CSV rows, streamed from the database cursor as the file is written.

One query for the activities (with the checker's name), one for their tags and one for their
certificate files, all in the same order; the three are walked together, so a row is
written as soon as it is read and no more than a batch of rows is held at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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
    mine = Activity.person_id == person_id
    total = activity_count(session, person_id) if progress else 0
    tags = _Groups(_streamed(session, _tags(mine)))
    files = _Groups(_streamed(session, _files(mine)))
    for done, row in enumerate(_streamed(session, _activities(mine)), start=1):
        yield _row(person, row, tags.take(row[0]), files.take(row[0]))
        if progress is not None and done % BATCH == 0:
            progress(done, total)


def _streamed(session: Session, query: Select[*tuple[Any, ...]]) -> Iterator[Any]:
    return iter(session.execute(query.execution_options(yield_per=BATCH)))


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


def _tags(mine: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    query = select(ActivityTag.activity_id, ActivityTag.tag)
    return query.join(Activity).where(mine).order_by(*_ORDER, ActivityTag.tag)


def _files(mine: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    query = select(Attachment.activity_id, Attachment.original_name, Attachment.sha256)
    return query.join(Activity).where(mine).order_by(*_ORDER, Attachment.id)


class _Groups:
    """The rows of a stream sorted like the activities, handed out one activity at a time."""

    def __init__(self, rows: Iterator[Any]) -> None:
        self._rows = rows
        self._next: Any = next(rows, None)

    def take(self, activity_id: int) -> list[Any]:
        """The rows of ``activity_id`` (none when the stream's next row is another's)."""
        taken = []
        while self._next is not None and self._next[0] == activity_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


def _row(person: str, a: Any, tags: list[Any], files: list[Any]) -> list[object]:
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
