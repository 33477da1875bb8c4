"""Small builders for engine facts, so each test table row reads like the scenario it is."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable

from rxtracker.catalog import Catalog, load_builtin
from rxtracker.domain import Category, Hours, parse_uan
from rxtracker.engine import (
    ActivityFact,
    CredentialFact,
    CredentialResult,
    ItemFact,
    evaluate,
)

CATALOG: Catalog = load_builtin()
_ids = itertools.count(1)


def day(text: str) -> dt.date:
    """'2026-05-01' -> date."""
    return dt.date.fromisoformat(text)


def ce(
    on: str,
    hours: str,
    uan: str | None = None,
    *,
    title: str | None = None,
    provider: str = "Provider",
    category: Category | None = None,
    tags: Iterable[str] = (),
    id: int | None = None,
) -> ActivityFact:
    """An activity; topic, format and audience come from the UAN, as when it is logged."""
    parsed = parse_uan(uan) if uan else None
    number = id if id is not None else next(_ids)
    return ActivityFact(
        id=number,
        title=title or f"Course {number}",
        completed_on=day(on),
        hours=Hours.parse(hours),
        provider=provider,
        uan=parsed.text if parsed else None,
        format=parsed.format if parsed else None,
        topic=parsed.topic if parsed else None,
        audience=parsed.audience if parsed else None,
        category=category or (Category.ACPE if parsed else Category.OTHER),
        tags=frozenset(tags),
    )


def uan(topic: str, audience: str = "T", fmt: str = "H", seq: int | None = None) -> str:
    """A well-formed UAN with the given topic, audience and format letter."""
    number = seq if seq is not None else next(_ids) % 1000
    return f"0204-0000-25-{number:03d}-{fmt}{topic}-{audience}"


def credential(
    type_id: str,
    expires: str,
    *,
    cycle_start: str | None = None,
    initial_cycle: bool = False,
    items: Iterable[tuple[str, str]] = (),
) -> CredentialFact:
    """A credential fact."""
    return CredentialFact(
        id=1,
        type_id=type_id,
        expires_on=day(expires),
        cycle_start=day(cycle_start) if cycle_start else None,
        initial_cycle=initial_cycle,
        items=tuple(ItemFact(rid, day(on)) for rid, on in items),
    )


def judge(cred: CredentialFact, activities: Iterable[ActivityFact], as_of: str) -> CredentialResult:
    """Run the engine with the built-in catalog."""
    return evaluate(cred, list(activities), CATALOG, day(as_of))


def unmet(result: CredentialResult) -> set[str]:
    """Ids of the requirements that decide completeness and are not met."""
    return {r.id for r in result.requirements if not r.met and not r.condition and not r.exempt}


def requirement(result: CredentialResult, requirement_id: str) -> Hours:
    """Hours counted toward one requirement."""
    return next(r.counted for r in result.requirements if r.id == requirement_id)


def activity(result: CredentialResult, activity_id: int):  # type: ignore[no-untyped-def]
    """The result line of one activity."""
    return next(a for a in result.activities if a.activity_id == activity_id)


def t_hours(on: str, hours: str, topic: str = "01") -> ActivityFact:
    """Technician-specific home-study CE."""
    return ce(on, hours, uan(topic, "T"))


def p_hours(on: str, hours: str, topic: str = "01") -> ActivityFact:
    """Pharmacist-specific home-study CE."""
    return ce(on, hours, uan(topic, "P"))
