"""Writing a previewed import's rows inside the commit's transaction (``imports``).

New activities go in with one executemany (``insert_many``) and are noted for the change
history; rows merged into hand-logged activities update those through the ORM.

Fault injection for tests: when the environment variable ``RXTRACKER_FAULT_PAUSE_IMPORT``
names a file, the writing creates that file halfway through (rows written, nothing
committed) and waits there up to two minutes, so a test can kill the process at that exact
point. The person-archive import pauses the same way (records written, certificate files
published, nothing committed). Nothing else reads it.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db.bulk import insert_many, new_ids
from rxtracker.db.history import record_created
from rxtracker.db.models import Activity, stored_now
from rxtracker.domain import Category, Source, parse_uan
from rxtracker.exchange.fates import Fate, RowVerdict
from rxtracker.exchange.rows import ParsedActivity
from rxtracker.services.convert import uan_columns
from rxtracker.services.rows import OnProgress

FAULT_PAUSE_ENV = "RXTRACKER_FAULT_PAUSE_IMPORT"
_FAULT_PAUSE_SECONDS = 120


def write_rows(
    session: Session,
    rows: tuple[RowVerdict, ...],
    batch_id: int,
    person_id: int,
    seen_on: dt.date | None,
    progress: OnProgress | None = None,
) -> tuple[int, ...]:
    """Write the added and merged rows (ids in row order), in two bulk halves.

    Returns:
        The ids of the added and merged activities, in the rows' order.

    The fault-injection pause sits between the halves, as it sat halfway through the rows;
    ``progress`` hears of each half written (what it raises rolls the transaction back).
    """
    writes = [r for r in rows if r.fate in (Fate.ADD, Fate.MERGE)]
    if not writes:
        return ()
    say = progress or (lambda done, total: None)
    half = len(writes) // 2
    say(0, len(writes))
    first = _write_part(session, writes[:half], batch_id, person_id, seen_on)
    say(half, len(writes))
    fault_pause(session)
    ids = first + _write_part(session, writes[half:], batch_id, person_id, seen_on)
    say(len(writes), len(writes))
    return ids


def _write_part(
    session: Session,
    writes: list[RowVerdict],
    batch_id: int,
    person_id: int,
    seen_on: dt.date | None,
) -> tuple[int, ...]:
    """New activities in one Core executemany (recorded in the history), merges one by one."""
    values = [
        _new_activity(r.activity, person_id, batch_id, seen_on)
        for r in writes
        if r.activity is not None and not _merges(r)
    ]
    added = iter(_insert_activities(session, values))
    merged = [r.match_id for r in writes if _merges(r)]
    targets = {  # one query, and held here: the session only keeps weak references
        a.id: a for a in session.scalars(select(Activity).where(Activity.id.in_(merged)))
    }
    ids: list[int] = []
    for row in writes:
        if _merges(row):
            existing = targets.get(row.match_id or 0)
            assert existing is not None  # found by _stored inside this transaction
            existing.cpe_monitor_seen_on = seen_on
            ids.append(existing.id)
        elif row.activity is not None:
            ids.append(next(added))
    return tuple(ids)


def _merges(row: RowVerdict) -> bool:
    return row.fate is Fate.MERGE and row.match_id is not None


def _insert_activities(session: Session, values: list[dict[str, Any]]) -> list[int]:
    """INSERT every row in one executemany, with ids given in the rows' order.

    The ids come from ``new_ids``, taken inside this write transaction, so nobody else can
    take them. An INSERT ... RETURNING
    in parameter order would be run row by row; this is one executemany (``insert_many``).

    A Core insert makes no ORM objects, so the history hook cannot see it: each row is noted
    for the change history explicitly (one "create" row per activity, as for a hand-logged
    one), written at commit with the rest of the transaction's history.
    """
    if not values:
        return []
    connection = session.connection()
    ids = new_ids(connection, Activity, len(values))
    now = stored_now()  # what the ORM would stamp
    stamps = {"created_at": now, "updated_at": now}
    rows = [{**v, **stamps, "id": new} for new, v in zip(ids, values, strict=True)]
    insert_many(connection, Activity, rows)
    record_created(session, Activity, rows)
    return [row["id"] for row in rows]


def _new_activity(
    parsed: ParsedActivity, person_id: int, batch_id: int, seen_on: dt.date | None
) -> dict[str, Any]:
    uan = parsed.parsed_uan or (parse_uan(parsed.uan) if parsed.uan else None)
    return {
        "person_id": person_id,
        "title": parsed.title[:500],
        "provider": parsed.provider[:300],
        "completed_on": parsed.completed_on,
        "hours_hundredths": parsed.hours.hundredths,
        **uan_columns(uan),
        "category": (Category.ACPE if uan else Category.OTHER).value,
        "source": Source.IMPORT.value,
        "notes": parsed.notes[:10_000],
        "import_batch_id": batch_id,
        "cpe_monitor_seen_on": seen_on,
        "verification": "unverified",
        "verification_note": "",
        "archive_report": "",
    }


def fault_pause(session: Session) -> None:
    """The test hook of the module docstring: pause inside the transaction (a no-op otherwise)."""
    marker = os.environ.get(FAULT_PAUSE_ENV)
    if not marker:
        return
    session.flush()
    Path(marker).write_text("paused inside the import transaction\n")
    deadline = time.monotonic() + _FAULT_PAUSE_SECONDS
    while time.monotonic() < deadline:
        time.sleep(0.05)
