"""Database rows as the engine's facts: the one place that converts them.

The reads are SQL text (``rxtracker.db.reads``) run through ``Rows``: a SQLAlchemy session
(:class:`~rxtracker.db.reads.SessionRows`, both backends) or the local file straight
through ``sqlite3`` (``services.quick``), into the same facts. Plain DB-API rows, no ORM
objects and no per-value type processing, which cost several times more than the facts
built from them. Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from rxtracker.db.reads import (
    Chosen,
    Rows,
    SessionRows,
    activity_facts_sql,
    activity_tags_sql,
    credential_items_sql,
    credentials_sql,
    experience_sql,
    past_cycles_sql,
    since_params,
)
from rxtracker.engine import (
    ActivityFact,
    CredentialFact,
    ExperienceFact,
    ItemFact,
    PastCycleFact,
)
from rxtracker.services.fields import CREDENTIAL_COLUMNS, FIELDS, day_of, remembering

TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rxtracker.db.models import Credential, WorkExperience

#: A credential as read: its ``CREDENTIAL_COLUMNS`` by name (dates as dates), and its fact.
Stored = tuple[Mapping[str, Any], CredentialFact]

_DAYS = {"issued_on", "expires_on", "cycle_start"}
_FACT_FIELDS = {name: field for name, field in FIELDS.items() if field.fact}
_FACT_NAMES = tuple(_FACT_FIELDS)
_NO_TAGS: frozenset[str] = frozenset()


def credential_fact(credential: Credential) -> CredentialFact:
    """A credential row of the database (with its history and items) as the engine's fact."""
    return credential_fact_of(
        {column: getattr(credential, column) for column in CREDENTIAL_COLUMNS},
        tuple(
            PastCycleFact(c.cycle_start, c.expires_on, c.renewed_on) for c in credential.past_cycles
        ),
        tuple(ItemFact(i.requirement_id, i.done_on) for i in credential.items),
    )


def credential_fact_of(
    values: Mapping[str, Any], past: tuple[PastCycleFact, ...], items: tuple[ItemFact, ...]
) -> CredentialFact:
    """A credential's ``CREDENTIAL_COLUMNS`` values, past cycles and items as the engine's fact."""
    return CredentialFact(
        id=values["id"],
        type_id=values["type_id"],
        expires_on=values["expires_on"],
        cycle_start=values["cycle_start"],
        issued_on=values["issued_on"],
        state=values["state"],
        initial_cycle=bool(values["initial_cycle"]),
        past_cycles=past,
        items=items,
    )


def credentials_from(rows: Rows, chosen: Chosen) -> list[Stored]:
    """The chosen people's credentials (by id), each with its past cycles and items."""
    params = chosen.params()
    past: dict[int, list[PastCycleFact]] = defaultdict(list)
    for credential_id, start, ends, renewed in rows.all(past_cycles_sql(chosen), params):
        past[credential_id].append(PastCycleFact(day_of(start), day_of(ends), day_of(renewed)))
    items: dict[int, list[ItemFact]] = defaultdict(list)
    for credential_id, requirement_id, done_on in rows.all(credential_items_sql(chosen), params):
        items[credential_id].append(ItemFact(requirement_id, day_of(done_on)))
    found: list[Stored] = []
    for row in rows.all(credentials_sql(CREDENTIAL_COLUMNS, chosen), params):
        values = {
            column: day_of(value) if column in _DAYS else value
            for column, value in zip(CREDENTIAL_COLUMNS, row, strict=True)
        }
        key = values["id"]
        fact = credential_fact_of(values, tuple(past.get(key, ())), tuple(items.get(key, ())))
        found.append((values, fact))
    return found


def person_credential_facts(session: Session, person_id: int) -> list[CredentialFact]:
    """Every credential of a person, with past cycles and items, by id."""
    return [fact for _, fact in credentials_from(SessionRows(session), Chosen((person_id,)))]


def experience_fact(work: WorkExperience) -> ExperienceFact:
    """A work period of the database as the engine's fact."""
    return ExperienceFact(
        role=work.role,
        start_on=work.start_on,
        end_on=work.end_on,
        hours_per_week=work.hours_per_week,
        areas=frozenset(work.areas.split()),
    )


def person_experience_facts(session: Session, person_id: int) -> list[ExperienceFact]:
    """Every work period of a person, in the order they were recorded."""
    return [
        ExperienceFact(role, day_of(start), day_of(end), hours, frozenset(areas.split()))
        for role, start, end, hours, areas in SessionRows(session).all(
            experience_sql(), {"person_id": person_id}
        )
    ]


def person_activity_facts(session: Session, person_id: int) -> list[ActivityFact]:
    """Every activity of a person, oldest first, with tags loaded in one query."""
    chosen = Chosen((person_id,))
    return activity_facts_from(SessionRows(session), chosen).get(person_id, [])


def activity_facts_from(
    rows: Rows, chosen: Chosen, since: Mapping[int, dt.date] | None = None
) -> dict[int, list[ActivityFact]]:
    """The chosen people's activities, oldest first, by person.

    With ``since``, a listed person's activities dated before their day are left out: the
    earliest such day filters in SQL, each person's own day in Python (the ISO text is
    compared, which orders as the dates do).
    """
    params = {**chosen.params(), **since_params(since)}
    tags: dict[int, set[str]] = defaultdict(set)
    for activity_id, tag in rows.all(activity_tags_sql(chosen, since), params):
        tags[activity_id].add(tag)
    columns = tuple(field.column for field in _FACT_FIELDS.values())
    readers = [remembering(field.read) for field in _FACT_FIELDS.values()]
    day_at = 1 + _FACT_NAMES.index("completed_on")
    first = {person: day.isoformat() for person, day in (since or {}).items()}
    found: dict[int, list[ActivityFact]] = defaultdict(list)
    for row in rows.all(activity_facts_sql(columns, chosen, since), params):
        day = first.get(row[0])
        if day is None or str(row[day_at]) >= day:  # str(): ISO text on both backends
            found[row[0]].append(_fact(row, readers, tags))
    return found


def _fact(row: Sequence[Any], readers: list[Any], tags: dict[int, set[str]]) -> ActivityFact:
    """(person id, the fact's columns...) as the engine's fact."""
    values = [read(value) for read, value in zip(readers, row[1:], strict=True)]
    fields = dict(zip(_FACT_NAMES, values, strict=True))
    tagged = tags.get(fields["id"])
    return ActivityFact(**fields, tags=frozenset(tagged) if tagged else _NO_TAGS)
