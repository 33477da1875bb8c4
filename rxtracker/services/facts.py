"""Database rows as the engine's facts: the one place that converts them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ClauseElement, ColumnElement, or_, select, true
from sqlalchemy.orm import Session, selectinload

from rxtracker.db.models import Activity, ActivityTag, Credential, Person, WorkExperience
from rxtracker.domain import Audience, Category, Format, Hours
from rxtracker.engine import (
    ActivityFact,
    CredentialFact,
    ExperienceFact,
    ItemFact,
    PastCycleFact,
)
from rxtracker.services.fields import day_of


def credential_fact(credential: Credential) -> CredentialFact:
    """A credential row of the database (with its history and items) as the engine's fact."""
    return CredentialFact(
        id=credential.id,
        type_id=credential.type_id,
        expires_on=credential.expires_on,
        cycle_start=credential.cycle_start,
        issued_on=credential.issued_on,
        state=credential.state,
        initial_cycle=credential.initial_cycle,
        past_cycles=tuple(
            PastCycleFact(c.cycle_start, c.expires_on, c.renewed_on) for c in credential.past_cycles
        ),
        items=tuple(ItemFact(i.requirement_id, i.done_on) for i in credential.items),
    )


def experience_fact(work: WorkExperience) -> ExperienceFact:
    """A work period of the database as the engine's fact."""
    return ExperienceFact(
        role=work.role,
        start_on=work.start_on,
        end_on=work.end_on,
        hours_per_week=work.hours_per_week,
        areas=frozenset(work.areas.split()),
    )


def person_activity_facts(session: Session, person_id: int) -> list[ActivityFact]:
    """Every activity of a person, oldest first, with tags loaded in one query."""
    return activity_facts_by_person(session, Person.id == person_id).get(person_id, [])


_FACT_COLUMNS = (
    Activity.person_id,
    Activity.id,
    Activity.title,
    Activity.completed_on,
    Activity.hours_hundredths,
    Activity.provider,
    Activity.uan,
    Activity.format,
    Activity.topic,
    Activity.audience,
    Activity.category,
    Activity.recognized_program,
)
_FORMATS: dict[Any, Format | None] = {None: None, **{f.value: f for f in Format}}
_AUDIENCES: dict[Any, Audience | None] = {None: None, **{a.value: a for a in Audience}}
_CATEGORIES = {c.value: c for c in Category}
_NO_TAGS: frozenset[str] = frozenset()


def activity_facts_by_person(
    session: Session,
    people: ColumnElement[bool],
    since: Mapping[int, dt.date] | None = None,
) -> dict[int, list[ActivityFact]]:
    """The activities of the people ``people`` selects (a condition on Person), oldest first.

    Plain DB-API rows in two queries (tags, activities): no ORM objects and no per-value
    type processing, which cost several times more than the facts built from them. With
    ``since``, a listed person's activities dated before their day are left out: the
    earliest such day filters in SQL, each person's own day in Python (the ISO text is
    compared, which orders as the dates do).
    """
    tags: dict[int, set[str]] = defaultdict(set)
    tag_query = (
        select(ActivityTag.activity_id, ActivityTag.tag)
        .join(Activity, Activity.id == ActivityTag.activity_id)
        .join(Person, Person.id == Activity.person_id)
        .where(people, _dated_from(since))
    )
    for activity_id, tag in _plain_rows(session, tag_query):
        tags[activity_id].add(tag)
    query = (
        select(*_FACT_COLUMNS)
        .join(Person, Person.id == Activity.person_id)
        .where(people, _dated_from(since))
        .order_by(Activity.completed_on, Activity.id)
    )
    found: dict[int, list[ActivityFact]] = defaultdict(list)
    first = {person: day.isoformat() for person, day in (since or {}).items()}
    shared = _Shared()
    for row in _plain_rows(session, query):
        day = first.get(row[0])
        if day is None or str(row[3]) >= day:  # str(): ISO text on both backends
            found[row[0]].append(_fact(row, tags, shared))
    return found


class _Shared:
    """One date per day and one Hours per amount, shared by the facts of one read.

    Ten thousand activities fall on a few thousand days and a few dozen amounts: parsing and
    building each once is fewer objects, and less of the worker's time holding the GIL.
    """

    def __init__(self) -> None:
        self.days: dict[Any, dt.date] = {}
        self.hours: dict[int, Hours] = {}

    def day(self, value: Any) -> dt.date:
        """``day_of(value)``, made once per value."""
        found = self.days.get(value)
        if found is None:
            found = self.days[value] = day_of(value)
        return found

    def amount(self, hundredths: int) -> Hours:
        """``Hours(hundredths)``, made once per amount."""
        found = self.hours.get(hundredths)
        if found is None:
            found = self.hours[hundredths] = Hours(hundredths)
        return found


def _dated_from(since: Mapping[int, dt.date] | None) -> ColumnElement[bool]:
    """The coarse part of ``since``, in SQL.

    Nothing older than its earliest day is read, except for people it does not list (the
    exact per-person day is applied in Python).
    """
    if not since:
        return true()
    return or_(Activity.completed_on >= min(since.values()), Activity.person_id.not_in(list(since)))


def _plain_rows(session: Session, query: ClauseElement) -> list[tuple[Any, ...]]:
    """The rows of ``query`` straight from the DB-API cursor (SQLite's dates stay ISO text).

    The conditions come from our own code (ids, flags), so binding them as literals is safe.
    """
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        return list(cursor.execute(sql).fetchall())
    finally:
        cursor.close()


def _fact(row: Sequence[Any], tags: dict[int, set[str]], shared: _Shared) -> ActivityFact:
    tagged = tags.get(row[1])
    return ActivityFact(
        id=row[1],
        title=row[2],
        completed_on=shared.day(row[3]),
        hours=shared.amount(row[4]),
        provider=row[5],
        uan=row[6],
        format=_FORMATS[row[7]],
        topic=row[8],
        audience=_AUDIENCES[row[9]],
        category=_CATEGORIES[row[10]],
        tags=frozenset(tagged) if tagged else _NO_TAGS,
        recognized_program=row[11],
    )


def person_credential_facts(session: Session, person_id: int) -> list[CredentialFact]:
    """Every credential of a person, with past cycles and items."""
    query = (
        select(Credential)
        .where(Credential.person_id == person_id)
        .options(selectinload(Credential.past_cycles), selectinload(Credential.items))
        .order_by(Credential.id)
    )
    return [credential_fact(c) for c in session.scalars(query)]


def person_experience_facts(session: Session, person_id: int) -> list[ExperienceFact]:
    """Every work period of a person."""
    query = select(WorkExperience).where(WorkExperience.person_id == person_id)
    return [experience_fact(w) for w in session.scalars(query)]
