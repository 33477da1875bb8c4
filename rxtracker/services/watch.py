"""Noticing changes another program made (the CLI, a second window, the team database).

Every change of a person, credential or activity writes a change-history row in its own
transaction, on every backend, so the newest history id is a mark that moves whenever any
program changes those records: one indexed read, cheap enough to poll every second. The rows
after the last mark say what changed (which records of whom), so the window refreshes only
that (``changes_since``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rxtracker.db import Activity, Credential, Person
from rxtracker.db.models import ChangeHistory
from rxtracker.services.changes import Changes, Kind
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog

#: More history rows than this since the last look (an import elsewhere): read everything.
MOST_NAMED = 500
_KINDS = {"person": Kind.PEOPLE, "credential": Kind.CREDENTIALS, "activity": Kind.ACTIVITIES}


def change_mark(ctx: Context) -> int:
    """The newest change-history id (0 before the first change)."""
    with ctx.db.read() as session:
        return int(session.scalar(select(func.max(ChangeHistory.id))) or 0)


def changed_elsewhere(ctx: Context) -> Changes:
    """Changes that make every page read again: any record of anybody may have changed.

    The kept catalog is dropped too: a custom type may have been added or deleted elsewhere.
    """
    ctx.catalogs.forget()
    with ctx.db.read() as session:
        everybody = session.scalars(select(Person.id)).all()
    return Changes.of(*Kind, people=everybody, removed=True)


def changes_since(ctx: Context, mark: int) -> tuple[int, Changes]:
    """The newest mark and what was changed after ``mark``: kinds, records, whose they are.

    Many changes at once (more than ``MOST_NAMED``) are ``changed_elsewhere``. The catalog
    is read again, and named as changed only when its credential types differ.
    """
    with ctx.db.read() as session:
        rows = session.execute(
            select(ChangeHistory.id, ChangeHistory.entity, ChangeHistory.entity_id,
                   ChangeHistory.action, ChangeHistory.changes)
            .where(ChangeHistory.id > mark)
            .order_by(ChangeHistory.id)
            .limit(MOST_NAMED + 1)
        ).all()  # fmt: skip
        if not rows:
            return mark, Changes()
        if len(rows) > MOST_NAMED:
            newest = int(session.scalar(select(func.max(ChangeHistory.id))) or 0)
            return newest, changed_elsewhere(ctx)
        changes = _named(session, rows)
    return int(rows[-1].id), changes | _catalog_changes(ctx)


def _named(session: Session, rows: Sequence[Any]) -> Changes:
    """The changes the history ``rows`` record, with the person each record belongs to."""
    ids: dict[str, set[int]] = {entity: set() for entity in _KINDS}
    people: set[int] = set()
    removed = False
    for row in rows:
        ids[row.entity].add(row.entity_id)
        removed = removed or row.action == "delete"
        if row.entity == "person":
            people.add(row.entity_id)
            removed = removed or "active" in _fields(row.changes)
        elif row.action == "delete":  # gone from its table: its old values name the owner
            owner = _fields(row.changes).get("person_id", [None])[0]
            people.update([owner] if isinstance(owner, int) else [])
    people.update(_owners(session, Activity, ids["activity"]))
    people.update(_owners(session, Credential, ids["credential"]))
    kinds = (_KINDS[entity] for entity, found in ids.items() if found)
    return Changes.of(
        *kinds,
        people=people,
        credentials=ids["credential"],
        activities=ids["activity"],
        removed=removed,
    )


def _fields(text: str) -> dict[str, Any]:
    try:
        fields = json.loads(text)
    except ValueError:
        return {}
    return fields if isinstance(fields, dict) else {}


def _owners(session: Session, model: type[Activity | Credential], ids: Iterable[int]) -> set[int]:
    wanted = list(ids)
    if not wanted:
        return set()
    found = session.scalars(select(model.person_id).where(model.id.in_(wanted)).distinct())
    return set(found)


def _catalog_changes(ctx: Context) -> Changes:
    """``Kind.CATALOG`` when the credential types differ from the kept ones (read again)."""
    kept = full_catalog(ctx).types.keys()
    ctx.catalogs.forget()
    if full_catalog(ctx).types.keys() != kept:
        return Changes.of(Kind.CATALOG)
    return Changes()
