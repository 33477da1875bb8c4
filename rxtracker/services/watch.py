"""Noticing changes another program made (the CLI, a second window, the team database).

Every change of a person, credential or activity writes a change-history row in its own
transaction, on every backend, so the newest history id is a mark that moves whenever any
program changes those records: one indexed read, cheap enough to poll every second.
"""

from __future__ import annotations

from sqlalchemy import func, select

from rxtracker.db import Person
from rxtracker.db.models import ChangeHistory
from rxtracker.services.changes import Changes, Kind
from rxtracker.services.context import Context


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
