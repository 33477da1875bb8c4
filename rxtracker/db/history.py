"""The change history, recorded by the database layer so that no service can forget it.

Every flush of a writing session is inspected after it ran (``after_flush``: ids are known
and each attribute's history still holds the old value) and its changes are gathered in the
session; just before the transaction commits (``before_commit``, after a last flush), each
person, credential or activity that was created, updated or deleted gets one
``change_history`` row, written on the same connection inside the same transaction. One user
action is one row per record, however many flushes it took; a rolled-back action leaves no
history behind.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from rxtracker.db.bulk import insert_many
from rxtracker.db.models import Activity, ChangeHistory, Credential, Person, stored_now
from rxtracker.db.renewals import CredentialAudit, RenewalEvent, history_fields

#: Which ORM classes are tracked, under which entity name.
TRACKED: dict[type[Any], str] = {Person: "person", Credential: "credential", Activity: "activity"}
#: Bookkeeping columns left out of the history.
_UNTRACKED = frozenset({"id", "created_at", "updated_at", "version"})
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


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _snapshot(obj: Any) -> dict[str, list[Any]]:
    """Every field of a created object that has a value ([None, value])."""
    out = {key: [None, _plain(getattr(obj, key))] for key in _columns(obj)}
    if isinstance(obj, Activity):
        for name, attr in _COLLECTIONS:
            out[name] = [None, sorted(str(getattr(x, attr)) for x in getattr(obj, name))]
    return {key: pair for key, pair in out.items() if not _blank(pair[1])}


def snapshot(obj: Any) -> dict[str, list[Any]]:
    """The "create" fields of a tracked object as it is now ([None, value]; tags included)."""
    return _snapshot(obj)


def _deleted(obj: Any) -> dict[str, list[Any]]:
    """Every field of a deleted object that had a value ([value, None]).

    An activity's tags and certificates are loaded by whoever deletes it (to offer the undo),
    so they are recorded too: ``ce restore`` brings the tags back from this entry.
    """
    state = inspect(obj)
    out = {key: [_plain(state.attrs[key].loaded_value), None] for key in _columns(obj)}
    if isinstance(obj, Activity):
        for name, attr in _COLLECTIONS:
            loaded = state.attrs[name].loaded_value
            if isinstance(loaded, list):
                out[name] = [sorted(str(getattr(x, attr)) for x in loaded), None]
    return {key: pair for key, pair in out.items() if not _blank(pair[0])}


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


Pending = dict[tuple[str, int], tuple[str, dict[str, list[Any]]]]


def _merge(pending: Pending, key: tuple[str, int], action: str, fields: dict[str, Any]) -> None:
    """Fold one flush's change of a record into what this transaction already did to it."""
    before = pending.get(key)
    if before is None:
        pending[key] = (action, fields)
        return
    first, known = before
    if action == "delete":
        if first == "create":  # created and deleted in one action: nothing to record
            del pending[key]
        else:
            pending[key] = ("delete", fields)
        return
    for name, (old, new) in fields.items():
        known[name] = [known[name][0], new] if name in known else [old, new]
    pending[key] = (first, known)


def gather_changes(session: Session, _context: Any) -> None:
    """``after_flush`` hook: remember what this flush did to tracked records."""
    pending: Pending = session.info.setdefault("history", {})
    for obj in session.new:
        if type(obj) in TRACKED:
            _merge(pending, (TRACKED[type(obj)], obj.id), "create", _snapshot(obj))
        elif isinstance(obj, RenewalEvent | CredentialAudit):  # in the credential's history
            fields = history_fields(obj)
            _merge(pending, ("credential", obj.credential_id), "update", fields)
    for obj in session.dirty:
        if type(obj) in TRACKED and session.is_modified(obj, include_collections=True):
            _merge(pending, (TRACKED[type(obj)], obj.id), "update", _updated(obj))
        elif isinstance(obj, CredentialAudit) and session.is_modified(obj):
            fields = history_fields(obj, frozenset(_updated(obj)))
            _merge(pending, ("credential", obj.credential_id), "update", fields)
    for obj in session.deleted:
        if type(obj) in TRACKED:
            _merge(pending, (TRACKED[type(obj)], obj.id), "delete", _deleted(obj))


#: The fields of a person's history entry that records one import batch (``record_batch``).
BATCH_FIELD = "import_batch"
BATCH_FILE_FIELD = "import_file"
BATCH_IDS_FIELD = "imported_activities"


def record_batch(
    session: Session, person_id: int, batch_id: int, file_name: str, ids: Sequence[int]
) -> None:
    """Note one import batch's new activities (inserted with Core) as ONE history entry.

    The entry belongs to the person whose records the batch added to: it names the batch,
    its file and the ids of the activities it created (as ranges, "301-10300"); each
    activity names its batch too (``import_batch_id``), so either side finds the other.
    When the person was created in the same transaction (an archive import), the fields
    join that person's "create" entry.
    """
    pending: Pending = session.info.setdefault("history", {})
    fields: dict[str, list[Any]] = {
        BATCH_FIELD: [None, batch_id],
        BATCH_FILE_FIELD: [None, file_name],
        BATCH_IDS_FIELD: [None, id_ranges(ids)],
    }
    _merge(pending, ("person", person_id), "update", fields)


def id_ranges(ids: Sequence[int]) -> str:
    """The ids as ranges: [3, 7, 8, 9, 12] gives "3, 7-9, 12"."""
    parts: list[str] = []
    ordered = sorted(ids)
    start = 0
    for index in range(1, len(ordered) + 1):
        if index == len(ordered) or ordered[index] != ordered[index - 1] + 1:
            first, last = ordered[start], ordered[index - 1]
            parts.append(str(first) if first == last else f"{first}-{last}")
            start = index
    return ", ".join(parts)


#: One encoder for every history row (``json.dumps`` would build one per call); the text is
#: what ``json.dumps(changes, sort_keys=True, ensure_ascii=False)`` gives. The changes are
#: plain acyclic data, so the encoder need not watch for cycles.
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, check_circular=False).encode


def write_changes(session: Session) -> None:
    """``before_commit`` hook: flush, then write one history row per changed record."""
    session.flush()
    pending: Pending = session.info.pop("history", {})
    actor: Actor = session.info.get("actor") or Actor(os_login())
    now = stored_now()
    rows = []
    for (entity, entity_id), (action, fields) in pending.items():
        changed = fields
        if action == "update":
            changed = {k: v for k, v in fields.items() if v[0] != v[1]}
            if not changed:
                continue
        rows.append(
            {
                "changed_at": now,
                "app_user": actor.app_user[:100],
                "acting_person_id": actor.person_id,
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "changes": _ENCODE(changed),
            }
        )
    if rows:  # asking for the connection would start the write transaction for nothing
        insert_many(session.connection(), ChangeHistory, rows)


def forget_changes(session: Session, _transaction: Any) -> None:
    """``after_rollback``-style hook: a rolled-back action records nothing."""
    session.info.pop("history", None)
