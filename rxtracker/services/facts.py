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
from collections.abc import Callable, Mapping, Sequence
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
from rxtracker.records import field_names
from rxtracker.services.fields import CREDENTIAL_COLUMNS, FIELDS, day_of, remembering

TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rxtracker.db.models import Credential, WorkExperience

#: A credential as read: its ``CREDENTIAL_COLUMNS`` by name (dates as dates), and its fact.
Stored = tuple[Mapping[str, Any], CredentialFact]

_DAYS = {"issued_on", "expires_on", "cycle_start"}
#: The fact's fields read from the activity table, in the fact's own order (tags aside).
_FACT_NAMES = tuple(name for name in field_names(ActivityFact) if name != "tags")
_FACT_COLUMNS = tuple(FIELDS[name].column for name in _FACT_NAMES)
_TAGS_AT = field_names(ActivityFact).index("tags")
_ID_AT = _FACT_NAMES.index("id")
_DAY_AT = 1 + _FACT_NAMES.index("completed_on")  # after the person's id
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
    first = {person: day.isoformat() for person, day in (since or {}).items()}
    found: dict[int, list[ActivityFact]] = defaultdict(list)
    make = _fact_maker(tags)
    for row in rows.all(activity_facts_sql(_FACT_COLUMNS, chosen, since), params):
        day = first.get(row[0])
        if day is None or str(row[_DAY_AT]) >= day:  # str(): ISO text on both backends
            found[row[0]].append(make(row))
    return found


def _fact_maker(tags: Mapping[int, set[str]]) -> Callable[[Sequence[Any]], ActivityFact]:
    """(person id, ``_FACT_COLUMNS``...) -> the engine's fact, with its tags.

    Thousands of rows: the values are put in the fact's field order by the read itself, and
    only the columns stored otherwise are converted (each distinct value once).
    """
    converting = [
        (at, remembering(FIELDS[name].read))
        for at, name in enumerate(_FACT_NAMES)
        if not FIELDS[name].as_is
    ]

    def make(row: Sequence[Any]) -> ActivityFact:
        values = list(row[1:])
        for at, read in converting:
            values[at] = read(values[at])
        tagged = tags.get(values[_ID_AT])
        values.insert(_TAGS_AT, frozenset(tagged) if tagged else _NO_TAGS)
        return ActivityFact(*values)

    return make
