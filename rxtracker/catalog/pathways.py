"""Eligibility pathways and specialty areas, as catalog data.

A credential type may carry an ``[eligibility]`` table: what a person needs before they can
earn it (PTCB's certificates, CSPT, CPhT-Adv; rules-reference sections 2 and 3). Conditions in
``conditions`` must all hold; when ``routes`` are given, every condition of at least one route
must hold too ("Pathway 1: program + 1 year, or Pathway 2: 3 years").

Specialty areas (compounding, IV/sterile, ...) say which logged courses count toward each,
by ACPE topic designator, tag or recognised program. Both are parsed here from mappings read by
``rxtracker.catalog.loader``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rxtracker.catalog import keys
from rxtracker.catalog.model import CredentialType, Sourced
from rxtracker.catalog.reader import Reader, check_schema

#: The longest normal working week the experience rules accept (as the database does).
MAX_HOURS_PER_WEEK = 80


class ConditionKind(StrEnum):
    """What an eligibility condition checks."""

    ACTIVE = "active"  # holds an unexpired credential of one of ``types``
    CERTIFICATES = "certificates"  # holds ``count`` assessment-based certificates (of ``types``)
    PROGRAM = "program"  # logged the PTCB-recognised education/training program
    EXPERIENCE = "experience"  # ``months`` of work experience (in ``areas``) within a window


@dataclass(frozen=True, slots=True)
class Condition:
    """One thing a person must have (or, when not ``required``, is only shown)."""

    kind: ConditionKind
    label: str
    sourced: Sourced
    required: bool = True
    unconfirmed: bool = False
    note: str = ""
    types: tuple[str, ...] = ()
    count: int | None = None
    program: str | None = None
    months: int | None = None
    areas: frozenset[str] = frozenset()
    full_time_hours_per_week: int | None = None
    within_years: int | None = None


@dataclass(frozen=True, slots=True)
class Route:
    """One eligibility pathway: all of its conditions together qualify."""

    id: str
    label: str
    conditions: tuple[Condition, ...]
    unconfirmed: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class Eligibility:
    """What it takes to earn a credential."""

    sourced: Sourced
    conditions: tuple[Condition, ...]
    routes: tuple[Route, ...] = ()
    notes: tuple[str, ...] = ()
    unconfirmed: tuple[str, ...] = ()

    def referenced_types(self) -> set[str]:
        """Every credential type id the conditions name."""
        every = [*self.conditions, *(c for r in self.routes for c in r.conditions)]
        names = {t for c in every for t in c.types}
        return names | {c.program for c in every if c.program}


@dataclass(frozen=True, slots=True)
class AreaDefinition:
    """A specialty area and what makes a logged course count toward it."""

    id: str
    name: str
    sourced: Sourced
    topics: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    programs: frozenset[str] = frozenset()
    note: str = ""


_NEEDS: dict[ConditionKind, tuple[str, ...]] = {
    ConditionKind.ACTIVE: ("types",),
    ConditionKind.CERTIFICATES: ("count",),
    ConditionKind.PROGRAM: (),
    ConditionKind.EXPERIENCE: ("months",),
}


def parse_eligibility(reader: Reader) -> Eligibility:
    """Parse an ``[eligibility]`` table.

    Raises:
        CatalogError: naming the key path and the problem.
    """
    reader.only(keys.ELIGIBILITY)
    sourced = reader.sourced()
    conditions = tuple(_condition(c, sourced) for c in reader.tables("conditions", False))
    routes = tuple(_route(r, sourced) for r in reader.tables("routes", False))
    if not conditions and not routes:
        raise reader.fail("conditions", "eligibility needs at least one condition or route")
    ids = [r.id for r in routes]
    if len(set(ids)) != len(ids):
        raise reader.fail("routes", "route ids must differ")
    return Eligibility(
        sourced=sourced,
        conditions=conditions,
        routes=routes,
        notes=reader.strings("notes"),
        unconfirmed=reader.strings("unconfirmed"),
    )


def _route(reader: Reader, inherited: Sourced) -> Route:
    reader.only(keys.ROUTE)
    sourced = reader.sourced(inherited)
    return Route(
        id=reader.text("id"),
        label=reader.text("label"),
        conditions=tuple(_condition(c, sourced) for c in reader.tables("conditions")),
        unconfirmed=reader.flag("unconfirmed"),
        note=reader.text("note", ""),
    )


def _condition(reader: Reader, inherited: Sourced) -> Condition:
    reader.only(keys.CONDITION)
    kind_text = reader.text("kind")
    try:
        kind = ConditionKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in ConditionKind)
        raise reader.fail("kind", f"{kind_text!r} is not one of {allowed}") from None
    for key in _NEEDS[kind]:
        if not reader.has(key):
            raise reader.fail(key, f"is needed by a {kind.value} condition")
    condition = Condition(
        kind=kind,
        label=reader.text("label"),
        sourced=reader.sourced(inherited),
        required=reader.flag("required", True),
        unconfirmed=reader.flag("unconfirmed"),
        note=reader.text("note", ""),
        types=reader.strings("types"),
        count=reader.whole("count", low=1),
        program=reader.opt_str("program"),
        months=reader.whole("months", low=1),
        areas=frozenset(reader.tags("areas")),
        full_time_hours_per_week=reader.whole(
            "full_time_hours_per_week", low=1, high=MAX_HOURS_PER_WEEK
        ),
        within_years=reader.whole("within_years", low=1, high=100),
    )
    _check_condition(condition, reader)
    return condition


def _check_condition(condition: Condition, reader: Reader) -> None:
    if condition.kind == ConditionKind.ACTIVE and not condition.types:
        raise reader.fail("types", "must name at least one credential type")


def parse_areas(reader: Reader) -> tuple[AreaDefinition, ...]:
    """Parse a specialty-areas file: ``[[areas]]`` tables with topics, tags and programs.

    Raises:
        CatalogError: naming the key path and the problem.
    """
    reader.only(keys.AREAS_FILE)
    check_schema(reader)
    inherited = reader.sourced(own=True)
    areas = []
    for table in reader.tables("areas"):
        table.only(keys.AREA)
        area = AreaDefinition(
            id=table.text("id"),
            name=table.text("name"),
            sourced=table.sourced(inherited, own=True),
            topics=frozenset(table.topics("topics")),
            tags=frozenset(table.tags("tags")),
            programs=frozenset(table.strings("programs")),
            note=table.text("note", ""),
        )
        if not (area.topics or area.tags or area.programs):
            raise table.fail("tags", "an area needs at least one topic, tag or program")
        areas.append(area)
    ids = [a.id for a in areas]
    if len(set(ids)) != len(ids):
        raise reader.fail("areas", "area ids must differ")
    return tuple(areas)


def overlay_target(data: Mapping[str, Any], reader: Reader) -> str:
    """The type id an eligibility file (``data/eligibility/*.toml``) applies to."""
    reader.only(keys.OVERLAY)
    check_schema(reader)
    if "eligibility" not in data:
        raise reader.fail("eligibility", "must be a table")
    return reader.text("type")


def recognized_programs(types: Iterable[CredentialType]) -> dict[str, str]:
    """Ids an activity may name as its PTCB-recognised program -> the credential's name.

    A program condition names its program id, or means the credential's own id.
    """
    programs: dict[str, str] = {}
    for ctype in types:
        rules = ctype.eligibility
        if rules is None:
            continue
        for condition in (*rules.conditions, *(c for r in rules.routes for c in r.conditions)):
            if condition.kind == ConditionKind.PROGRAM:
                programs[condition.program or ctype.id] = ctype.name
    return programs
