"""A plan to finish a credential's CE on time: hours a month, topics first, month by month.

Built from an evaluated cycle (``evaluate``): the hours still missing, spread evenly over the
months left before the application deadline, with the required topics (law, patient safety,
a state's subjects...) put in the first months. Pure: ``as_of`` comes with the result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.catalog import Catalog, RuleSet
from rxtracker.domain import Hours
from rxtracker.engine.reasons import Shortfall
from rxtracker.engine.result import CredentialResult, Phase, RequirementResult

_PLANNED_KINDS = ("min", "course")
#: The even pace is rounded up to this many hundredths (a tenth of an hour).
_STEP = 10
_HOUR = 100


@dataclass(frozen=True, slots=True)
class TopicNeed:
    """A required topic (or course) the cycle still needs.

    Attributes:
        requirement_id: the requirement's id in the rule set.
        label: the requirement as the catalog names it.
        missing: the hours still missing (0 for a course that has no hour minimum).
        shortfall: what is missing and by when, as a reason (``services.wording`` words it).
    """

    requirement_id: str
    label: str
    missing: Hours
    shortfall: Shortfall | None
    phrase: str = ""  # the label inside a sentence ('pharmacy law (ACPE topic 03)')


@dataclass(frozen=True, slots=True)
class PlanMonth:
    """One month of the plan.

    Attributes:
        month: the first day of the month.
        hours: the hours to take that month.
        topics: (topic label, hours) taken that month; a course without hours shows 0.
    """

    month: dt.date
    hours: Hours
    topics: tuple[tuple[str, Hours], ...] = ()


#: A point of the plan on the pace chart: (position in the cycle, cumulative hours).
PlanPoint = tuple[float, Hours]


@dataclass(frozen=True, slots=True)
class Plan:
    """How to finish one credential's cycle on time.

    Attributes:
        finish_by: the day to finish by (the application deadline, else the last day CE
            counts); None when the credential does not expire.
        months_left: calendar months from the as-of month to ``finish_by``'s, both counted.
        missing: the fewest more hours that complete the cycle.
        per_month: the even pace, rounded up to a tenth of an hour.
        topics: what each required topic still needs, in the rule set's order.
        kinds: what the hours must be besides (technician-specific, live): not topics,
            any course of that kind counts.
        months: the month-by-month plan (empty when nothing is missing).
        expired: past the time to renew or reinstate: no plan.

    ``services.wording.plan_text`` words it.
    """

    credential_id: int
    type_name: str
    as_of: dt.date
    finish_by: dt.date | None
    months_left: int
    missing: Hours
    per_month: Hours
    topics: tuple[TopicNeed, ...]
    months: tuple[PlanMonth, ...]
    kinds: tuple[TopicNeed, ...] = ()
    expired: bool = False


def plan(result: CredentialResult, catalog: Catalog) -> Plan:
    """The plan of an evaluated cycle (``catalog`` gives the rules that judged it)."""
    finish = _finish_by(result)
    topics, kinds = _needs(result, rules_judging(result, catalog))
    missing = result.missing_hours
    if finish is None or (not missing and not topics) or result.phase == Phase.EXPIRED:
        return _no_plan(result, finish, topics)
    count = months_between(result.as_of, finish)
    per_month = _even_pace(missing, count)
    months = _schedule(result.as_of, count, missing, per_month, topics)
    return Plan(
        credential_id=result.credential_id,
        type_name=result.type_name,
        as_of=result.as_of,
        finish_by=finish,
        months_left=count,
        missing=missing,
        per_month=per_month,
        topics=topics,
        months=months,
        kinds=kinds,
    )


def rules_judging(result: CredentialResult, catalog: Catalog) -> RuleSet:
    """The rule set that judged an evaluated cycle (its type's, or the reinstatement's)."""
    rtype = catalog.get(result.rules_type_id or result.type_id)
    return next(
        (r for r in rtype.rule_sets if r.effective_from == result.rules_effective_from),
        rtype.rules_for(result.dates.end or result.as_of),
    )


def months_between(start: dt.date, end: dt.date) -> int:
    """Calendar months from ``start``'s month to ``end``'s, both counted (at least 1)."""
    return max((end.year - start.year) * 12 + end.month - start.month + 1, 1)


def _finish_by(result: CredentialResult) -> dt.date | None:
    """The application deadline; once past it, the expiration; once lapsed, reinstatement."""
    dates = result.dates
    for day in (dates.deadline, dates.end, dates.reinstatement_until):
        if day is not None and day >= result.as_of:
            return day
    return dates.end


def _needs(
    result: CredentialResult, rules: RuleSet
) -> tuple[tuple[TopicNeed, ...], tuple[TopicNeed, ...]]:
    """The open topics (a subject: topic, tag, or a course) and kinds (-T, live hours)."""
    topics: list[TopicNeed] = []
    kinds: list[TopicNeed] = []
    for req in (r for r in result.requirements if _open_topic(r)):
        rule = next((q for q in rules.requirements if q.id == req.id), None)
        phrase = rule.in_sentence if rule else req.label
        subject = rule is None or req.kind == "course" or rule.select.topics or rule.select.tags
        (topics if subject else kinds).append(_need(req, phrase))
    return tuple(topics), tuple(kinds)


def _open_topic(req: RequirementResult) -> bool:
    binding = not (req.exempt or req.condition)
    return binding and not req.met and req.kind in _PLANNED_KINDS


def _need(req: RequirementResult, phrase: str) -> TopicNeed:
    return TopicNeed(req.id, req.label, req.missing, req.shortfall, phrase)


def _even_pace(missing: Hours, months: int) -> Hours:
    """``missing`` spread over ``months``, rounded up to a tenth of an hour.

    Never less than an hour a month (or what is left): nobody takes 0.1 hour of CE.
    """
    per = -(-missing.hundredths // months)
    per = -(-per // _STEP) * _STEP
    return Hours(max(per, min(missing.hundredths, _HOUR)))


def _schedule(
    as_of: dt.date, count: int, missing: Hours, per_month: Hours, topics: tuple[TopicNeed, ...]
) -> tuple[PlanMonth, ...]:
    """Month by month: the even pace until the hours are done, required topics first."""
    budgets = _budgets(missing.hundredths, per_month.hundredths, count)
    placed = _place_topics(budgets, topics)
    firsts = _month_starts(as_of, count)
    return tuple(
        PlanMonth(firsts[i], Hours(budgets[i]), tuple(placed[i]))
        for i in range(count)
        if budgets[i] or placed[i]
    )


def _budgets(missing: int, per_month: int, count: int) -> list[int]:
    """Hundredths per month: the even pace, the last month taking what is left."""
    budgets = []
    left = missing
    for _ in range(count):
        take = min(per_month, left)
        budgets.append(take)
        left -= take
    if left > 0:
        budgets[-1] += left
    return budgets


def _place_topics(
    budgets: list[int], topics: tuple[TopicNeed, ...]
) -> list[list[tuple[str, Hours]]]:
    """Each topic's hours in the earliest months with room, in the rule set's order.

    A course without hours goes in the first month. A topic is not cut to fill a month's
    last bit of room: it starts the next month instead, and only a topic bigger than a
    month's pace spreads over several (the last month takes what no month has room for).
    """
    placed: list[list[tuple[str, Hours]]] = [[] for _ in budgets]
    room = list(budgets)
    month = 0
    for topic in topics:
        need = topic.missing.hundredths
        if need == 0:
            placed[0].append((topic.label, Hours.zero()))
            continue
        while need > 0:
            last = month == len(room) - 1
            whole_next = need <= budgets[month] and need > room[month]
            if not last and (room[month] <= 0 or whole_next):
                month += 1
                continue
            take = need if last else min(need, room[month])
            placed[month].append((topic.label, Hours(take)))
            room[month] -= take
            need -= take
    return placed


def _month_starts(as_of: dt.date, count: int) -> list[dt.date]:
    firsts = []
    year, month = as_of.year, as_of.month
    for _ in range(count):
        firsts.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return firsts


def _no_plan(
    result: CredentialResult, finish: dt.date | None, topics: tuple[TopicNeed, ...]
) -> Plan:
    return Plan(
        credential_id=result.credential_id,
        type_name=result.type_name,
        as_of=result.as_of,
        finish_by=finish,
        months_left=months_between(result.as_of, finish) if finish else 0,
        missing=result.missing_hours,
        per_month=Hours.zero(),
        topics=topics if result.phase != Phase.EXPIRED else (),
        months=(),
        expired=result.phase == Phase.EXPIRED,
    )


def plan_points(item: Plan, start: dt.date, end: dt.date, earned: Hours) -> tuple[PlanPoint, ...]:
    """The plan drawn on the pace chart: cumulative hours at the end of each planned month.

    Positions are fractions of the span from ``start`` to ``end`` (as ``engine.pace``); the
    line starts at the as-of day with the hours ``earned`` so far. Empty without months.
    """
    if not item.months:
        return ()
    span = max((end - start).days, 1)

    def at(day: dt.date) -> float:
        return min(max((day - start).days, 0), span) / span

    points = [(at(item.as_of), earned)]
    total = earned
    for month in item.months:
        total = total + month.hours
        last = _month_end(month.month)
        points.append((at(min(last, item.finish_by or last)), total))
    return tuple(points)


def _month_end(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
