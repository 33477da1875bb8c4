"""Each requirement of a rule set, evaluated against the allocated hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours
from rxtracker.engine.allocate import Entry, Window, counts_toward_hours
from rxtracker.engine.facts import CredentialFact
from rxtracker.engine.reasons import shortfall
from rxtracker.engine.result import RequirementResult
from rxtracker.engine.select import disjoint, matches

#: Kinds shown as requirement rows; the others act only on activities (and say so there).
SHOWN = {
    RequirementKind.TOTAL,
    RequirementKind.MIN,
    RequirementKind.MAX,
    RequirementKind.COURSE,
    RequirementKind.ITEM,
}
_ZERO = Hours(0)


@dataclass(frozen=True, slots=True)
class Judged:
    """A requirement with its result (kept together for the shortfall arithmetic)."""

    requirement: Requirement
    result: RequirementResult

    @property
    def binding(self) -> bool:
        """True when it decides whether the credential is complete."""
        return not (self.result.exempt or self.result.condition)


def judge(
    requirement: Requirement,
    entries: Sequence[Entry],
    credential: CredentialFact,
    window: Window,
    by: dt.date,
    summed: Hours,
    exempt: bool = False,
) -> Judged:
    """Evaluate one shown requirement.

    Args:
        requirement: the requirement, as the catalog states it.
        entries: the cycle's activities, each with what it may count.
        credential: the credential judged.
        window: the cycle's dates.
        by: the last day whose CE counts (its shortfall names it).
        summed: the activities' contributions to it, already added up.
        exempt: waived in this cycle (a first registration period).
    """
    counted, met = _measure(requirement, entries, credential, window, summed)
    required = requirement.hours
    if requirement.kind == RequirementKind.MAX:
        met = True
    missing = Hours.zero()
    if required is not None and requirement.kind != RequirementKind.MAX:
        missing = (required - counted).clamp_min(Hours.zero())
    met = met or exempt
    if met:
        missing = Hours.zero()
    result = RequirementResult(
        id=requirement.id,
        kind=requirement.kind.value,
        label=_label(requirement),
        name=requirement.label,
        required=required,
        counted=counted,
        met=met,
        missing=missing,
        shortfall=None if met else shortfall(requirement, missing, by),
        source=requirement.sourced.source,
        unconfirmed=requirement.unconfirmed,
        note=requirement.note,
        exempt=exempt,
        condition=requirement.condition,
    )
    return Judged(requirement, result)


def contribution(requirement: Requirement, entry: Entry) -> Hours:
    """How much of one activity counts toward one shown requirement."""
    if requirement.kind == RequirementKind.ITEM:
        return _ZERO
    if requirement.kind == RequirementKind.COURSE and not counts_toward_hours(requirement):
        amount = entry.fact.hours.hundredths if entry.usable else 0
    else:
        amount = entry.counted
    if not amount or not matches(requirement.select, entry.fact):
        return _ZERO
    return Hours(amount)


def least_missing(judged: Sequence[Judged]) -> Hours:
    """The fewest more hours that could complete every hour requirement.

    The larger of the total's shortfall and the shortfalls of minimums no single activity
    can serve at once (law and patient safety are different topics, so they add up).
    """
    total = Hours.zero()
    minimums: list[Judged] = []
    for item in judged:
        if not item.binding or not item.result.missing:
            continue
        if item.requirement.kind == RequirementKind.TOTAL:
            total = item.result.missing
        elif counts_toward_hours(item.requirement):
            minimums.append(item)
    best = total
    for size in range(1, len(minimums) + 1):
        for group in combinations(minimums, size):
            pairs = combinations(group, 2)
            if all(disjoint(a.requirement.select, b.requirement.select) for a, b in pairs):
                best = max(best, Hours.total([g.result.missing for g in group]))
    return best


def _measure(
    req: Requirement,
    entries: Sequence[Entry],
    credential: CredentialFact,
    window: Window,
    counted: Hours,
) -> tuple[Hours, bool]:
    if req.kind == RequirementKind.ITEM:
        last = min(window.end, window.as_of)
        done = any(
            i.requirement_id == req.id and window.start <= i.done_on <= last
            for i in credential.items
        )
        return Hours.zero(), done
    if req.kind == RequirementKind.COURSE and req.once:
        last = min(window.end, window.as_of)
        pool = [e for e in entries if e.fact.completed_on <= last]
        taken = [e.fact.hours for e in pool if matches(req.select, e.fact)]
        counted = Hours.total(taken)
        return counted, bool(taken) and (req.hours is None or counted >= req.hours)
    if req.kind == RequirementKind.COURSE and req.hours is None:
        return counted, any(e.usable and matches(req.select, e.fact) for e in entries)
    return counted, req.hours is None or counted >= req.hours


def _label(req: Requirement) -> str:
    """The catalog's label, with a cap's amount in the English sources' words.

    Whatever the interface language (``Hours.describe`` would follow it, and the engine is a
    function of its inputs); ``services.wording.requirement_result_label`` words it for people.
    """
    if req.kind == RequirementKind.MAX and req.hours is not None:
        unit = "hour" if req.hours.hundredths == 100 else "hours"
        return f"{req.label} (at most {req.hours} {unit} count)"
    return req.label
