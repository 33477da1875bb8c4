"""Where every credential stands: the engine run over a person's (or the team's) records.

One read session per call. Each person's activities are loaded once and every credential of
theirs is evaluated against the same facts (one activity counts everywhere it is accepted).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session, selectinload

from rxtracker.catalog import Catalog
from rxtracker.db import Credential, Person
from rxtracker.domain import NotFound
from rxtracker.engine import (
    CredentialResult,
    evaluate,
)
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row, person_row
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.facts import activity_facts_by_person, credential_fact
from rxtracker.services.rows import CredentialRow, PersonRow

_Row = TypeVar("_Row", bound=Credential)


@dataclass(frozen=True, slots=True)
class CredentialStatus:
    """A credential and its evaluated current cycle."""

    credential: CredentialRow
    result: CredentialResult


@dataclass(frozen=True, slots=True)
class PersonStatus:
    """A person and the status of each credential they hold (soonest deadline first)."""

    person: PersonRow
    credentials: tuple[CredentialStatus, ...]


def person_status(ctx: Context, person_id: int, as_of: dt.date | None = None) -> PersonStatus:
    """Evaluate every credential of one person on ``as_of`` (default: today).

    Raises:
        NotFound: no such person.
    """
    day = as_of or dt.date.today()
    with ctx.db.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        return _statuses(session, [person], Person.id == person_id, full_catalog(ctx), day)[0]


def team_status(
    ctx: Context, as_of: dt.date | None = None, *, include_inactive: bool = False
) -> list[PersonStatus]:
    """Evaluate every credential of everybody (active people only unless asked), by name."""
    day = as_of or dt.date.today()
    with ctx.db.read() as session:
        chosen: ColumnElement[bool] = true() if include_inactive else Person.active.is_(True)
        query = select(Person).where(chosen).order_by(func.lower(Person.name), Person.id)
        return _statuses(session, list(session.scalars(query)), chosen, full_catalog(ctx), day)


def _statuses(
    session: Session,
    people: Sequence[Person],
    chosen: ColumnElement[bool],
    catalog: Catalog,
    as_of: dt.date,
) -> list[PersonStatus]:
    """``chosen`` selects the same people in SQL, so no query lists their ids."""
    credentials = _by_person(
        session.scalars(
            select(Credential)
            .join(Person, Person.id == Credential.person_id)
            .where(chosen)
            .options(selectinload(Credential.past_cycles), selectinload(Credential.items))
        )
    )
    activities = activity_facts_by_person(session, chosen)
    out = []
    for person in people:
        facts = activities.get(person.id, [])
        statuses = [
            CredentialStatus(
                credential_row(c, catalog), evaluate(credential_fact(c), facts, catalog, as_of)
            )
            for c in credentials.get(person.id, [])
            if c.type_id in catalog
        ]
        statuses.sort(key=_urgency)
        out.append(PersonStatus(person_row(person), tuple(statuses)))
    return out


def _by_person(rows: Iterable[_Row]) -> dict[int, list[_Row]]:
    grouped: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        grouped[row.person_id].append(row)
    return grouped


def _urgency(status: CredentialStatus) -> tuple[dt.date, int]:
    dates = status.result.dates
    return (dates.deadline or dates.end or dt.date.max, status.credential.id)
