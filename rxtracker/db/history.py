"""The change history, recorded by the database layer so that no service can forget it.

Every flush of a writing session is inspected after it ran (``after_flush``: ids are known
and each attribute's history still holds the old value): each person, credential or activity
that was created, updated or deleted gets one ``change_history`` row, written on the same
connection inside the same transaction. A rolled-back action leaves no history behind.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from rxtracker.db.models import Activity, ChangeHistory, Credential, Person

#: Which ORM classes are tracked, under which entity name.
TRACKED: dict[type[Any], str] = {Person: "person", Credential: "credential", Activity: "activity"}
#: Bookkeeping columns left out of the history.
_UNTRACKED = frozenset({"id", "created_at", "updated_at"})
#: Collections of an activity recorded as one field each: (relationship, what identifies a row).
_COLLECTIONS = (("tags", "tag"), ("attachments", "original_name"))


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is making changes: the operating-system login and, in the app, the chosen person."""

    app_user: str
    person_id: int | None = None


def os_login() -> str:
    """The operating-system login name ("unknown" when the system cannot tell)."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _columns(obj: Any) -> list[str]:
    return [a.key for a in inspect(obj).mapper.column_attrs if a.key not in _UNTRACKED]


def _snapshot(obj: Any) -> dict[str, list[Any]]:
    """Every field of a created ([None, value]) object."""
    out = {key: [None, _plain(getattr(obj, key))] for key in _columns(obj)}
    if isinstance(obj, Activity):
        for name, attr in _COLLECTIONS:
            out[name] = [None, sorted(str(getattr(x, attr)) for x in getattr(obj, name))]
    return out


def _deleted(obj: Any) -> dict[str, list[Any]]:
    """Every column of a deleted object ([value, None]); collections are not loaded."""
    state = inspect(obj)
    return {key: [_plain(state.attrs[key].loaded_value), None] for key in _columns(obj)}


def _updated(obj: Any) -> dict[str, list[Any]]:
    """The fields whose value changed ([old, new])."""
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes() or not history.added:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0]
        if old != new:
            out[key] = [_plain(old), _plain(new)]
    if isinstance(obj, Activity):
        for name, attr in _COLLECTIONS:
            history = state.attrs[name].history
            if not history.has_changes():
                continue
            kept = [str(getattr(x, attr)) for x in history.unchanged]
            old = sorted(kept + [str(getattr(x, attr)) for x in history.deleted])
            new = sorted(kept + [str(getattr(x, attr)) for x in history.added])
            if old != new:
                out[name] = [old, new]
    return out


def _rows(session: Session) -> list[dict[str, Any]]:
    actor: Actor = session.info.get("actor") or Actor(os_login())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    found: list[tuple[str, Any, dict[str, list[Any]]]] = []
    for obj in session.new:
        found.append(("create", obj, _snapshot(obj)))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=True):
            found.append(("update", obj, _updated(obj)))
    for obj in session.deleted:
        found.append(("delete", obj, _deleted(obj)))
    return [
        {
            "changed_at": now,
            "app_user": actor.app_user[:100],
            "acting_person_id": actor.person_id,
            "entity": TRACKED[type(obj)],
            "entity_id": obj.id,
            "action": action,
            "changes": json.dumps(fields, sort_keys=True, ensure_ascii=False),
        }
        for action, obj, fields in found
        if type(obj) in TRACKED and (fields or action != "update")
    ]


def record_changes(session: Session, _context: Any) -> None:
    """``after_flush`` hook: write the history rows of what this flush changed."""
    rows = _rows(session)
    if rows:
        session.connection().execute(insert(ChangeHistory), rows)
