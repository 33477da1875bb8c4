"""Eligibility pathways and specialty areas, as catalog data.

A credential type may carry an ``[eligibility]`` table: what a person needs before they can
earn it (PTCB's certificates, CSPT, CPhT-Adv; rules-reference sections 2 and 3). Conditions in
``conditions`` must all hold; when ``routes`` are given, every condition of at least one route
must hold too ("Pathway 1: program + 1 year, or Pathway 2: 3 years").

Specialty areas (compounding, IV/sterile, ...) say which logged courses count toward each,
by ACPE topic designator, tag or recognized program. Both are parsed here from mappings read by
``rxtracker.catalog.loader``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rxtracker.catalog import keys
from rxtracker.catalog.model import (
    AreaDefinition,
    Condition,
    ConditionKind,
    CredentialType,
    Eligibility,
    Route,
    Sourced,
)
from rxtracker.catalog.reader import Reader, check_schema, must_be_a_table, not_one_of
from rxtracker.i18n import translate

#: The longest normal working week the experience rules accept (as the database does).
MAX_HOURS_PER_WEEK = 80


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
        problem = translate("pathways", "eligibility needs at least one condition or route")
        raise reader.fail("conditions", problem)
    ids = [r.id for r in routes]
    if len(set(ids)) != len(ids):
        raise reader.fail("routes", translate("pathways", "route ids must differ"))
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
        raise reader.fail("kind", not_one_of(kind_text, allowed)) from None
    for key in _NEEDS[kind]:
        if not reader.has(key):
            words = translate("pathways", "is needed by a {kind} condition")
            raise reader.fail(key, words.format(kind=kind.value))
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
        problem = translate("pathways", "must name at least one credential type")
        raise reader.fail("types", problem)


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
            problem = translate("pathways", "an area needs at least one topic, tag or program")
            raise table.fail("tags", problem)
        areas.append(area)
    ids = [a.id for a in areas]
    if len(set(ids)) != len(ids):
        raise reader.fail("areas", translate("pathways", "area ids must differ"))
    return tuple(areas)


def overlay_target(data: Mapping[str, Any], reader: Reader) -> str:
    """The type id an eligibility file (``data/eligibility/*.toml``) applies to."""
    reader.only(keys.OVERLAY)
    check_schema(reader)
    if "eligibility" not in data:
        raise reader.fail("eligibility", must_be_a_table())
    return reader.text("type")


def recognized_programs(types: Iterable[CredentialType]) -> dict[str, str]:
    """Ids an activity may name as its PTCB-recognized program -> the credential's name.

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
