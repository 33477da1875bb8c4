"""A deleted record rebuilt from the change history, so ``ce restore`` can bring it back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, DateTime, inspect, select
from sqlalchemy.orm import Session

from rxtracker.db.history import TRACKED
from rxtracker.db.models import ActivityTag, Base, ChangeHistory

#: The field of a removal's history entry that keeps every record it took, for a restore.
KEPT = "kept_records"
#: A record as a removal keeps it: its table's name and its columns' values.
KeptRecord = tuple[str, dict[str, Any]]


def _last_deletion(session: Session, model: type[Any], entity_id: int) -> ChangeHistory | None:
    """The record's last history entry when it is a deletion (else it was restored since)."""
    last = session.scalars(
        select(ChangeHistory)
        .where(ChangeHistory.entity == TRACKED[model], ChangeHistory.entity_id == entity_id)
        .order_by(ChangeHistory.id.desc())
        .limit(1)
    ).first()
    return last if last is not None and last.action == "delete" else None


def deleted_record(session: Session, model: type[Any], entity_id: int) -> Any | None:
    """An unsaved ``model`` object with the id and values its deletion recorded, or None.

    None when the record's last history entry is not a deletion (it was never deleted, or
    was restored since). The object has every column the deletion recorded and, for an
    activity, its tags; certificates are not in the history and stay out.
    """
    last = _last_deletion(session, model, entity_id)
    if last is None:
        return None
    recorded: dict[str, list[Any]] = json.loads(last.changes)
    obj = model(id=entity_id)
    for column in inspect(model).columns:
        if column.key in recorded:
            setattr(obj, column.key, _value(column.type, recorded[column.key][0]))
    tags = recorded.get("tags", [[], None])[0]
    if tags:
        obj.tags = [ActivityTag(tag=str(t)) for t in tags]
    return obj


def keep_with_deletion(
    session: Session, entity: str, entity_id: int, records: Sequence[KeptRecord]
) -> None:
    """Put every record a removal took into the deletion's history entry.

    Call after the deletion was flushed; ``kept_records`` reads them back.
    """
    pending = session.info.setdefault("history", {})
    _action, fields = pending[(entity, entity_id)]
    plain = [[table, {k: _plain(v) for k, v in values.items()}] for table, values in records]
    fields[KEPT] = [plain, None]


def kept_records(session: Session, model: type[Any], entity_id: int) -> list[KeptRecord] | None:
    """The records the last removal of this record kept, in their Python types, or None.

    None when the last history entry of the record is not a removal that kept them.
    """
    last = _last_deletion(session, model, entity_id)
    if last is None:
        return None
    kept = json.loads(last.changes).get(KEPT)
    if not kept:
        return None
    out: list[KeptRecord] = []
    for table, values in kept[0]:
        kinds = {c.key: c.type for c in inspect(MODELS[table]).columns}
        out.append((table, {k: _value(kinds[k], v) for k, v in values.items()}))
    return out


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


#: Every ORM class by its table's name (the schema-6 tables of ``renewals`` included).
MODELS: dict[str, type[Any]] = {
    m.class_.__table__.name: m.class_
    for m in Base.registry.mappers
    if hasattr(m.class_, "__table__")
}


def _value(kind: Any, value: Any) -> Any:
    """A JSON value of the history back in its column's Python type."""
    if value is None:
        return None
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value
