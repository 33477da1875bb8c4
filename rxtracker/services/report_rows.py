"""The rows an audit packet lists, read with Core: the cycle's activities and their files.

Only the activities the packet shows are read (dated in the cycle, or counted toward it from
outside, as a reinstatement can), as plain rows; their certificate files come in one more
query. The engine's own read of every activity stays in ``status``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from rxtracker.db.models import Activity, Attachment
from rxtracker.engine import CredentialResult


@dataclass(frozen=True, slots=True)
class CycleActivity:
    """An activity as the packet lists it."""

    id: int
    completed_on: dt.date
    title: str
    provider: str
    hours_hundredths: int
    uan: str | None
    topic: str | None
    audience: str | None
    category: str


@dataclass(frozen=True, slots=True)
class CycleFile:
    """A stored certificate file of one of those activities."""

    activity_id: int
    stored_name: str
    original_name: str
    media_type: str
    size_bytes: int
    sha256: str


def cycle_rows(
    session: Session, person_id: int, result: CredentialResult
) -> tuple[list[CycleActivity], dict[int, list[CycleFile]]]:
    """The activities of the cycle judged in ``result`` (oldest first) and their files."""
    start, end = result.dates.start, result.dates.end or dt.date.max
    outside = [
        a.activity_id
        for a in result.activities
        if a.counted and (a.completed_on is None or not start <= a.completed_on <= end)
    ]
    shown = and_(Activity.person_id == person_id, _in_cycle(start, end, outside))
    query = (
        select(
            Activity.id,
            Activity.completed_on,
            Activity.title,
            Activity.provider,
            Activity.hours_hundredths,
            Activity.uan,
            Activity.topic,
            Activity.audience,
            Activity.category,
        )
        .where(shown)
        .order_by(Activity.completed_on, Activity.id)
    )
    activities = [CycleActivity(*row) for row in session.execute(query)]
    files_query = (
        select(
            Attachment.activity_id,
            Attachment.stored_name,
            Attachment.original_name,
            Attachment.media_type,
            Attachment.size_bytes,
            Attachment.sha256,
        )
        .join(Activity, Attachment.activity_id == Activity.id)
        .where(shown)
        .order_by(Attachment.id)
    )
    files: dict[int, list[CycleFile]] = defaultdict(list)
    for row in session.execute(files_query):
        files[row[0]].append(CycleFile(*row))
    return activities, files


def _in_cycle(start: dt.date, end: dt.date, also: Collection[int]) -> ColumnElement[bool]:
    dated = and_(Activity.completed_on >= start, Activity.completed_on <= end)
    return or_(dated, Activity.id.in_(list(also))) if also else dated
