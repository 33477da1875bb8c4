"""Writing a previewed import's rows inside the commit's transaction (``imports``).

New activities go in through the bulk writer (``bulk_writes``: executemany chunks, one
history entry and one log line for the batch); rows merged into hand-logged activities
update those through the ORM (each a change of a typed record, in its own history).

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

from rxtracker.db.models import Activity
from rxtracker.domain import Category, Source, parse_uan
from rxtracker.exchange.fates import Fate, RowVerdict
from rxtracker.exchange.rows import ParsedActivity
from rxtracker.services.bulk_writes import Batch, NewActivity, write_activities
from rxtracker.services.convert import uan_columns
from rxtracker.services.rows import OnProgress

FAULT_PAUSE_ENV = "RXTRACKER_FAULT_PAUSE_IMPORT"
_FAULT_PAUSE_SECONDS = 120


def write_rows(
    session: Session,
    rows: tuple[RowVerdict, ...],
    batch: Batch,
    seen_on: dt.date | None,
    progress: OnProgress | None = None,
) -> tuple[int, ...]:
    """Write the added and merged rows: merges first, then the new ones in bulk chunks.

    Returns:
        The ids of the added and merged activities, in the rows' order.

    The fault-injection pause comes once half the rows are written; ``progress`` hears of
    the merges and of each chunk written (what it raises rolls the transaction back).
    """
    writes = [r for r in rows if r.fate in (Fate.ADD, Fate.MERGE)]
    if not writes:
        return ()
    say = progress or (lambda done, total: None)
    say(0, len(writes))
    merged = _merge_rows(session, [r for r in writes if _merges(r)], seen_on)
    new = [r.activity for r in writes if not _merges(r) and r.activity is not None]
    paused = [False]

    def chunk_written(done: int, _total: int) -> None:
        say(len(merged) + done, len(writes))
        if not paused[0] and 2 * (len(merged) + done) >= len(writes):
            paused[0] = True
            fault_pause(session)  # rows written, nothing committed

    activities = (NewActivity(_new_activity(a, seen_on)) for a in new)
    added = iter(write_activities(session, batch, activities, len(new), chunk_written))
    if not paused[0]:
        fault_pause(session)
    say(len(writes), len(writes))
    return tuple(merged[r.match_id or 0] if _merges(r) else next(added) for r in writes)


def _merge_rows(
    session: Session, merges: list[RowVerdict], seen_on: dt.date | None
) -> dict[int, int]:
    """Mark the hand-logged activities the rows merge into as seen; their ids by match id."""
    wanted = [r.match_id for r in merges]
    targets = list(session.scalars(select(Activity).where(Activity.id.in_(wanted))))
    for existing in targets:  # each found by _stored inside this transaction
        existing.cpe_monitor_seen_on = seen_on
    return {a.id: a.id for a in targets}


def _merges(row: RowVerdict) -> bool:
    return row.fate is Fate.MERGE and row.match_id is not None


def _new_activity(parsed: ParsedActivity, seen_on: dt.date | None) -> dict[str, Any]:
    uan = parsed.parsed_uan or (parse_uan(parsed.uan) if parsed.uan else None)
    return {
        "title": parsed.title[:500],
        "provider": parsed.provider[:300],
        "completed_on": parsed.completed_on,
        "hours_hundredths": parsed.hours.hundredths,
        **uan_columns(uan),
        "category": (Category.ACPE if uan else Category.OTHER).value,
        "source": Source.IMPORT.value,
        "notes": parsed.notes[:10_000],
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
