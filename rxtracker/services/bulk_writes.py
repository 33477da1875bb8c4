"""The one bulk writer of every import: many new activities in executemany chunks.

CPE Monitor and CSV imports (``import_writes``) and person archives (``person_archive``)
hand their new activities here. File ▸ Add from certificates (``certificate_batch``) does
not: it logs the few files a person chose and confirmed one by one, each a typed record
with its own history entry; its certificates share the batched flush of ``CertificateBatch``.
Inside the caller's one transaction, each chunk of rows goes in with one ``executemany`` per
table (activities, their tags, their certificate records; ``insert_many``); ids are taken
first (``new_ids``), so the tags and certificates know their activity without a query.

An import is one batch: it gets ONE change-history entry (on the person, naming the batch,
its file and the ids it created; ``record_batch``) and ONE log line, instead of one of each
per row; every activity keeps its batch in ``import_batch_id``. The caller commits, so a
failure or a kill anywhere leaves nothing written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy.orm import Session

from rxtracker.db.bulk import insert_many, new_ids
from rxtracker.db.history import record_batch
from rxtracker.db.models import Activity, ActivityTag, Attachment, stored_now

log = logging.getLogger("rxtracker.db")
#: Rows per executemany: big enough that SQLite does the work, small enough that the
#: parameter tuples of one chunk are all that is held at once.
CHUNK = 2_000
#: ``progress(activities written, activities to write)``, after each chunk.
ChunkProgress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class NewActivity:
    """One activity to add: its columns (no id, person or batch), tags and certificates."""

    columns: dict[str, Any]
    tags: Sequence[str] = ()
    #: Certificate records: ``attachment`` columns without id and activity_id.
    attachments: Sequence[dict[str, Any]] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Batch:
    """The import batch the activities come from (an ``import_batch`` row, already flushed)."""

    id: int
    person_id: int
    file_name: str


def write_activities(
    session: Session,
    batch: Batch,
    activities: Iterable[NewActivity],
    count: int,
    progress: ChunkProgress | None = None,
) -> list[int]:
    """Add ``count`` activities of ``batch``, in chunks, on ``session``'s transaction.

    Every ``columns`` dict must hold the same keys. Returns the new ids, in order.
    ``progress`` hears of each chunk written; what it raises rolls the transaction back.
    """
    if count == 0:
        return []
    connection = session.connection()
    ids = new_ids(connection, Activity, count)
    now = stored_now()
    fixed = {"created_at": now, "updated_at": now}
    done = 0
    for chunk in _chunks(activities):
        rows = [
            {**fixed, **new.columns, "id": ids[done + i], "person_id": batch.person_id,
             "import_batch_id": batch.id}
            for i, new in enumerate(chunk)
        ]  # fmt: skip
        insert_many(connection, Activity, rows)
        insert_many(connection, ActivityTag, _tags(rows, chunk))
        insert_many(connection, Attachment, _attachments(rows, chunk, now))
        done += len(rows)
        if progress is not None:
            progress(done, count)
    if done != count:
        raise ValueError(f"{done} activities given where {count} were announced")
    record_batch(session, batch.person_id, batch.id, batch.file_name, ids)
    log.info("added %d activity rows of import_batch %s", count, batch.id)
    return ids


def _chunks(activities: Iterable[NewActivity]) -> Iterator[list[NewActivity]]:
    source = iter(activities)
    while chunk := list(islice(source, CHUNK)):
        yield chunk


def _tags(rows: list[dict[str, Any]], chunk: list[NewActivity]) -> list[dict[str, Any]]:
    return [
        {"activity_id": row["id"], "tag": tag}
        for row, new in zip(rows, chunk, strict=True)
        for tag in new.tags
    ]


def _attachments(
    rows: list[dict[str, Any]], chunk: list[NewActivity], now: Any
) -> list[dict[str, Any]]:
    return [
        {"created_at": now, **record, "activity_id": row["id"]}
        for row, new in zip(rows, chunk, strict=True)
        for record in new.attachments
    ]
