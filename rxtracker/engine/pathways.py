"""Progress toward PTCB's certificates, CSPT and CPhT-Adv, and courses per specialty area.

Pure: every fact and ``as_of`` are arguments. What each credential takes lives in the catalog
(``[eligibility]`` tables; rxtracker/catalog/pathways.py); this module only checks it against
the credentials held, the activities logged and the work experience recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from rxtracker.catalog import Catalog, CredentialKind, CredentialType
from rxtracker.catalog.model import AreaDefinition, Condition, ConditionKind, Eligibility
from rxtracker.domain import Hours
from rxtracker.engine import experience as exp
from rxtracker.engine.facts import ActivityFact, CredentialFact, ExperienceFact
from rxtracker.engine.result import (
    DetailKind,
    ExperienceCount,
    PathwayResult,
    PathwayStep,
    SpecialtyArea,
    StepDetail,
)


@dataclass(frozen=True, slots=True)
class _Person:
    """Everything known about one person on ``as_of``."""

    credentials: Sequence[CredentialFact]
    activities: Sequence[ActivityFact]
    experience: Sequence[ExperienceFact]
    catalog: Catalog
    as_of: dt.date

    def active(self, type_ids: Sequence[str]) -> list[CredentialFact]:
        """Held credentials of these types that have not expired."""
        return [
            c
            for c in self.credentials
            if c.type_id in type_ids and (c.expires_on is None or c.expires_on >= self.as_of)
        ]

    def certificates(self, among: Sequence[str]) -> list[str]:
        """Distinct assessment-based certificate type ids held (of ``among`` when given)."""
        held = {
            c.type_id
            for c in self.credentials
            if c.type_id in self.catalog
            and self.catalog.get(c.type_id).kind == CredentialKind.CERTIFICATE
        }
        return sorted(t for t in held if not among or t in among)

    def name(self, type_id: str) -> str:
        """A type's short name (its id when the catalog does not know it)."""
        return self.catalog.types[type_id].short_name if type_id in self.catalog else type_id


def evaluate_pathways(
    credentials: Sequence[CredentialFact],
    activities: Sequence[ActivityFact],
    experience: Sequence[ExperienceFact],
    catalog: Catalog,
    as_of: dt.date,
) -> tuple[PathwayResult, ...]:
    """A checklist for every catalog type with eligibility rules (CPhT-Adv, CSPT, certificates).

    Activities completed after ``as_of`` are ignored; experience is counted up to ``as_of``.
    """
    person = _Person(
        credentials,
        [a for a in activities if a.completed_on <= as_of],
        experience,
        catalog,
        as_of,
    )
    with_rules = [t for t in catalog.types.values() if t.eligibility is not None]
    ordered = sorted(with_rules, key=lambda t: (t.kind == CredentialKind.CERTIFICATE, t.name))
    return tuple(_pathway(t, t.eligibility, person) for t in ordered if t.eligibility)


def _pathway(ctype: CredentialType, rules: Eligibility, person: _Person) -> PathwayResult:
    common = [_step(c, ctype, person, route="") for c in rules.conditions]
    routes = [
        (r, [_step(c, ctype, person, route=r.label) for c in r.conditions]) for r in rules.routes
    ]
    common_done = all(s.done for s in common if s.required)
    met = tuple(r.label for r, steps in routes if all(s.done for s in steps if s.required))
    achieved = _achieved(ctype, person)
    final = PathwayStep(
        label=ctype.short_name,
        done=achieved,
        detail=StepDetail(DetailKind.EARNED if achieved else DetailKind.TO_ADD),
        earned=True,
    )
    return PathwayResult(
        id=ctype.id,
        name=ctype.name,
        achieved=achieved,
        steps=(*common, *(s for _, steps in routes for s in steps), final),
        unconfirmed=(*rules.unconfirmed, *_lifetime_caveats(ctype)),
        eligible=common_done and (bool(met) or not routes),
        kind=ctype.kind.value,
        routes_met=met,
        notes=rules.notes,
    )


def _lifetime_caveats(ctype: CredentialType) -> tuple[str, ...]:
    """The caveats of a type that are about earning it.

    A type without renewal cycle (a certificate): its caveats are about what earning it
    means (does it expire?). A renewed type's caveats are about renewal, not earning it.
    """
    return ctype.unconfirmed if ctype.cycle_months is None else ()


def _achieved(ctype: CredentialType, person: _Person) -> bool:
    """Certificates are not known to expire: held is enough. Others must be unexpired."""
    if ctype.kind == CredentialKind.CERTIFICATE:
        return any(c.type_id == ctype.id for c in person.credentials)
    return bool(person.active([ctype.id]))


def _step(condition: Condition, ctype: CredentialType, person: _Person, route: str) -> PathwayStep:
    checks = {
        ConditionKind.ACTIVE: _active,
        ConditionKind.CERTIFICATES: _certificates,
        ConditionKind.PROGRAM: _program,
        ConditionKind.EXPERIENCE: _experience,
    }
    done, detail = checks[condition.kind](condition, ctype, person)
    return PathwayStep(
        label=condition.label,
        done=done,
        detail=detail,
        route=route,
        required=condition.required,
        unconfirmed=condition.unconfirmed,
        note=condition.note,
    )


def _active(condition: Condition, _: CredentialType, person: _Person) -> tuple[bool, StepDetail]:
    active = person.active(condition.types)
    if active:
        best = max(active, key=lambda c: (c.expires_on or dt.date.max, c.type_id))
        return True, StepDetail(DetailKind.ACTIVE, (person.name(best.type_id),), best.expires_on)
    lapsed = [c for c in person.credentials if c.type_id in condition.types and c.expires_on]
    if lapsed:
        last = max(lapsed, key=lambda c: (c.expires_on or dt.date.min, c.type_id))
        return False, StepDetail(DetailKind.EXPIRED, (person.name(last.type_id),), last.expires_on)
    names = tuple(person.name(t) for t in condition.types)
    return False, StepDetail(DetailKind.NONE_RECORDED, names)


def _certificates(
    condition: Condition, _: CredentialType, person: _Person
) -> tuple[bool, StepDetail]:
    held = person.certificates(condition.types)
    needed = condition.count or 1
    names = tuple(person.name(t) for t in held)
    detail = StepDetail(DetailKind.CERTIFICATES, names, count=len(held), needed=needed)
    return len(held) >= needed, detail


def _program(
    condition: Condition, ctype: CredentialType, person: _Person
) -> tuple[bool, StepDetail]:
    program = condition.program or ctype.id
    logged = sorted(
        (a for a in person.activities if a.recognized_program == program),
        key=lambda a: (a.completed_on, a.id),
    )
    if logged:
        first = logged[0]
        return True, StepDetail(DetailKind.PROGRAM_DONE, day=first.completed_on, title=first.title)
    names = (person.name(program),)
    return False, StepDetail(DetailKind.PROGRAM_MISSING, names, program=program)


def _experience(
    condition: Condition, _: CredentialType, person: _Person
) -> tuple[bool, StepDetail]:
    months = condition.months or 0
    start = exp.window_start(person.as_of, condition.within_years)
    periods = [p for p in person.experience if exp.matches(p, condition.areas)]
    hours = condition.full_time_hours_per_week
    days = exp.counted_days(periods, as_of=person.as_of, start=start, full_time_hours=hours)
    needed = exp.required_days(months)
    counted = ExperienceCount(days, needed, hours, tuple(sorted(condition.areas)), start)
    return days >= needed, StepDetail(DetailKind.EXPERIENCE, experience=counted)


def specialty_areas(
    activities: Sequence[ActivityFact], catalog: Catalog, as_of: dt.date
) -> tuple[SpecialtyArea, ...]:
    """For each specialty area of the catalog, the logged courses that count toward it."""
    done = [a for a in activities if a.completed_on <= as_of]
    return tuple(_area(area, done) for area in catalog.areas)


def _area(area: AreaDefinition, activities: Sequence[ActivityFact]) -> SpecialtyArea:
    counted = sorted(
        (a for a in activities if _counts_toward(area, a)), key=lambda a: (a.completed_on, a.id)
    )
    return SpecialtyArea(
        id=area.id,
        name=area.name,
        activity_ids=tuple(a.id for a in counted),
        hours=Hours.total([a.hours for a in counted]),
        topics=tuple(sorted(area.topics)),
        tags=tuple(sorted(area.tags)),
        programs=tuple(sorted(area.programs)),
        note=area.note,
    )


def _counts_toward(area: AreaDefinition, activity: ActivityFact) -> bool:
    return (
        (activity.topic is not None and activity.topic in area.topics)
        or bool(activity.tags & area.tags)
        or (
            activity.recognized_program is not None and activity.recognized_program in area.programs
        )
    )
