"""A deleted record rebuilt from the change history, so ``ce restore`` can bring it back."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, DateTime, inspect, select
from sqlalchemy.orm import Session

from rxtracker.db.history import TRACKED
from rxtracker.db.models import ActivityTag, ChangeHistory


def deleted_record(session: Session, model: type[Any], entity_id: int) -> Any | None:
    """An unsaved ``model`` object with the id and values its deletion recorded, or None.

    None when the record's last history entry is not a deletion (it was never deleted, or
    was restored since). The object has every column the deletion recorded and, for an
    activity, its tags; certificates are not in the history and stay out.
    """
    last = session.scalars(
        select(ChangeHistory)
        .where(ChangeHistory.entity == TRACKED[model], ChangeHistory.entity_id == entity_id)
        .order_by(ChangeHistory.id.desc())
        .limit(1)
    ).first()
    if last is None or last.action != "delete":
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


def _value(kind: Any, value: Any) -> Any:
    """A JSON value of the history back in its column's Python type."""
    if value is None:
        return None
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value
