"""The "Created" entry of an activity an import batch added (``bulk_writes``).

A batch records ONE change-history entry, on the person, naming the batch, its file and the
ids it created; the activity itself names its batch (``import_batch_id``). Asked for one
such activity's history, this finds the batch's entry and gives the activity's own
"Created" entry from it: who and when are the batch's, and the fields are the activity's
values as the batch wrote them (its values now, or at its deletion, with every later
recorded change taken back).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db.history import BATCH_FIELD, BATCH_FILE_FIELD, snapshot
from rxtracker.db.models import Activity, ChangeHistory


def batch_creation(
    session: Session, activity_id: int, rows: list[ChangeHistory]
) -> list[ChangeHistory]:
    """The activity's "create" entry made from its import batch's entry ([] when none).

    ``rows`` are the activity's own recorded changes, oldest first. The entry returned is a
    detached copy of the batch's (its id, time and author), never written back.
    """
    values = _values_now(session, activity_id, rows)
    if values is None:
        return []
    batch_id, person_id = values.get("import_batch_id"), values.get("person_id")
    entry = _batch_entry(session, person_id, batch_id) if batch_id and person_id else None
    if entry is None:
        return []
    for row in reversed(rows):  # take back every later change, newest first
        if row.action == "update":
            for name, (old, _new) in json.loads(row.changes).items():
                values[name] = old
    file_name = json.loads(entry.changes)[BATCH_FILE_FIELD][1]
    values["import_batch_id"] = f"{batch_id} ({file_name})"
    fields = {k: [None, v] for k, v in values.items() if v not in (None, "", [])}
    return [
        ChangeHistory(
            id=entry.id,
            changed_at=entry.changed_at,
            app_user=entry.app_user,
            acting_person_id=entry.acting_person_id,
            entity="activity",
            entity_id=activity_id,
            action="create",
            changes=json.dumps(fields),
        )
    ]


def _values_now(
    session: Session, activity_id: int, rows: list[ChangeHistory]
) -> dict[str, Any] | None:
    """The activity's recorded fields now, or as its deletion recorded them."""
    activity = session.get(Activity, activity_id)
    if activity is not None:
        return {k: new for k, (_old, new) in snapshot(activity).items()}
    deletion = next((r for r in reversed(rows) if r.action == "delete"), None)
    if deletion is None:
        return None
    return {k: old for k, (old, _new) in json.loads(deletion.changes).items()}


def _batch_entry(session: Session, person_id: Any, batch_id: Any) -> ChangeHistory | None:
    """The person's history entry that recorded the import batch ``batch_id``."""
    query = (
        select(ChangeHistory)
        .where(ChangeHistory.entity == "person", ChangeHistory.entity_id == int(person_id))
        .where(ChangeHistory.changes.contains(f'"{BATCH_FIELD}"'))
        .order_by(ChangeHistory.id)
    )
    for entry in session.scalars(query):
        recorded = json.loads(entry.changes).get(BATCH_FIELD)
        if recorded is not None and recorded[1] == batch_id:
            return entry
    return None
