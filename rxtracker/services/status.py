"""Where every credential stands: the engine run over a person's (or the team's) records.

One read session per call. Each person's activities are loaded once and every credential of
theirs is evaluated against the same facts (one activity counts everywhere it is accepted).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session, selectinload

from rxtracker.catalog import Catalog
from rxtracker.db import Activity, Credential, Person
from rxtracker.domain import NotFound
from rxtracker.engine import (
    ActivityFact,
    CredentialFact,
    CredentialResult,
    counting_from,
    evaluate,
    with_dependencies,
)
from rxtracker.engine.phases import NOTHING, RenewalState
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row, person_row
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.facts import activity_facts_by_person, credential_fact
from rxtracker.services.renewal import renewal_states_in
from rxtracker.services.repeats import repeat_sentences
from rxtracker.services.rows import CredentialRow, OnProgress, PersonRow


@dataclass(frozen=True, slots=True)
class CredentialStatus:
    """A credential and its evaluated current cycle."""

    credential: CredentialRow
    result: CredentialResult
    #: The renewal application and newest audit (issue 20); NOTHING when none was recorded.
    renewal: RenewalState = NOTHING


@dataclass(frozen=True, slots=True)
class PersonStatus:
    """A person and the status of each credential they hold (soonest deadline first)."""

    person: PersonRow
    credentials: tuple[CredentialStatus, ...]


def person_status(
    ctx: Context, person_id: int, as_of: dt.date | None = None, *, every_activity: bool = False
) -> PersonStatus:
    """Evaluate every credential of one person on ``as_of`` (default: today).

    Each result lists the activities that can count toward its cycle; with
    ``every_activity`` it lists all of the person's, each with its reason (CLI ``status``).

    Raises:
        NotFound: no such person.
    """
    day = as_of or ctx.clock.today()
    with ctx.db.read() as session:
        catalog = full_catalog_in(ctx, session)
        return status_in(session, catalog, person_id, day, every_activity=every_activity)


def status_in(
    session: Session,
    catalog: Catalog,
    person_id: int,
    as_of: dt.date,
    *,
    every_activity: bool = False,
) -> PersonStatus:
    """:func:`person_status` read in ``session``, judged by ``catalog``.

    Raises:
        NotFound: no such person.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    judge = _Judge(catalog, as_of, every_activity)
    return _statuses(session, [person], Person.id == person_id, judge)[0]


def team_status(
    ctx: Context,
    as_of: dt.date | None = None,
    *,
    include_inactive: bool = False,
    every_activity: bool = False,
    progress: OnProgress | None = None,
    people: Collection[int] | None = None,
) -> list[PersonStatus]:
    """Evaluate every credential of everybody (active people only unless asked), by name.

    ``every_activity`` as for :func:`person_status`; ``progress(done, total)`` is called
    after each person (it may raise to stop: nothing is written). With ``people``, only
    those of these ids are evaluated.
    """
    day = as_of or ctx.clock.today()
    with ctx.db.read() as session:
        chosen: ColumnElement[bool] = true() if include_inactive else Person.active.is_(True)
        if people is not None:
            chosen = and_(chosen, Person.id.in_(list(people)))
        query = select(Person).where(chosen).order_by(func.lower(Person.name), Person.id)
        judge = _Judge(full_catalog_in(ctx, session), day, every_activity)
        return _statuses(session, list(session.scalars(query)), chosen, judge, progress)


@dataclass(frozen=True, slots=True)
class _Judge:
    """How to evaluate: the catalog, the day, and whether to list every activity."""

    catalog: Catalog
    as_of: dt.date
    every_activity: bool

    def status(
        self, held: _Held, facts: Sequence[ActivityFact], activity_count: int
    ) -> CredentialStatus:
        """One credential evaluated against its holder's activities.

        ``activity_count`` in all, some perhaps left out of ``facts`` because they cannot
        count: see :meth:`since`.
        """
        row, fact = held
        result = evaluate(fact, facts, self.catalog, self.as_of, every_activity=self.every_activity)
        if result.dates.end is not None:
            repeats = repeat_sentences(facts, result.dates.start, result.dates.end)
            result = replace(result, notes=(*repeats, *result.notes))
        if not self.every_activity and self.catalog.get(fact.type_id).cycle_months:
            listed = len(result.activities)
            result = replace(result, activities_not_listed=activity_count - listed)
        return CredentialStatus(credential_row(row, self.catalog), result)

    def together(self, statuses: Sequence[CredentialStatus]) -> list[CredentialStatus]:
        """One person's statuses, each adjusted for the others (a CSPT on its CPhT)."""
        results = with_dependencies([s.result for s in statuses], self.catalog)
        return [replace(s, result=r) for s, r in zip(statuses, results, strict=True)]

    def since(self, held: Sequence[_Held]) -> dt.date | None:
        """The earliest day any of a person's credentials can use (None: every day)."""
        if self.every_activity:
            return None
        days = [counting_from(fact, self.catalog) for _, fact in held]
        if any(day is None for day in days):
            return None
        return min((day for day in days if day is not None), default=dt.date.max)


_Held = tuple[Credential, CredentialFact]


def _statuses(
    session: Session,
    people: Sequence[Person],
    chosen: ColumnElement[bool],
    judge: _Judge,
    progress: OnProgress | None = None,
) -> list[PersonStatus]:
    """``chosen`` selects the same people in SQL, so no query lists their ids."""
    held = _held(session, chosen, judge.catalog)
    since = {p.id: day for p in people if (day := judge.since(held.get(p.id, []))) is not None}
    activities = activity_facts_by_person(session, chosen, since)
    counts = {} if judge.every_activity else _activity_counts(session, chosen)
    renewals = _renewals(session, held, judge)
    out = []
    for person in people:
        facts = activities.get(person.id, [])
        count = counts.get(person.id, len(facts))
        statuses = judge.together([judge.status(h, facts, count) for h in held.get(person.id, [])])
        statuses = [replace(s, renewal=renewals.get(s.credential.id, NOTHING)) for s in statuses]
        statuses.sort(key=_urgency)
        out.append(PersonStatus(person_row(person), tuple(statuses)))
        if progress is not None:
            progress(len(out), len(people))
    return out


def _held(
    session: Session, chosen: ColumnElement[bool], catalog: Catalog
) -> dict[int, list[_Held]]:
    """The chosen people's credentials of known types, each with its engine fact."""
    query = (
        select(Credential)
        .join(Person, Person.id == Credential.person_id)
        .where(chosen)
        .options(selectinload(Credential.past_cycles), selectinload(Credential.items))
    )
    grouped: dict[int, list[_Held]] = defaultdict(list)
    for credential in session.scalars(query):
        if credential.type_id in catalog:
            grouped[credential.person_id].append((credential, credential_fact(credential)))
    return grouped


def _renewals(
    session: Session, held: dict[int, list[_Held]], judge: _Judge
) -> dict[int, RenewalState]:
    credentials = [credential for group in held.values() for credential, _ in group]
    return renewal_states_in(session, judge.catalog, credentials, judge.as_of)


def _activity_counts(session: Session, chosen: ColumnElement[bool]) -> dict[int, int]:
    """How many activities each chosen person has."""
    query = (
        select(Activity.person_id, func.count())
        .join(Person, Person.id == Activity.person_id)
        .where(chosen)
        .group_by(Activity.person_id)
    )
    return {int(person_id): int(count) for person_id, count in session.execute(query).all()}


def _urgency(status: CredentialStatus) -> tuple[dt.date, int]:
    dates = status.result.dates
    return (dates.deadline or dates.end or dt.date.max, status.credential.id)
