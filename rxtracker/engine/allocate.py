"""Which hours of which activity count: cycle window, exclusions, repeats and caps.

Caps (``max`` and ``per-day-cap`` requirements) can force a choice. Activities no binding
cap touches count in full; the room left under binding caps goes first to activities that
close a still-open minimum (law, patient safety, ...), preferring those that close the most,
then to the rest, oldest first. Every activity that counts less than in full gets a reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

from msgspec import Struct
from msgspec import field as msgspec_field

from rxtracker.catalog import Requirement, RequirementKind, RuleSet
from rxtracker.domain import Hours
from rxtracker.engine.facts import ActivityFact
from rxtracker.engine.reasons import ActivityReason, Cap, CountsLess, about
from rxtracker.engine.select import matches, repeat_key, same_course_key

_MIN_KINDS = {RequirementKind.MIN, RequirementKind.COURSE}


class Window(Struct, frozen=True):
    """The dates whose CE counts, and the day the status is for."""

    start: dt.date
    end: dt.date
    as_of: dt.date

    def reason(self, day: dt.date) -> ActivityReason | None:
        """Why an activity on ``day`` cannot count, or None when it can."""
        if day > self.as_of:
            return ActivityReason(CountsLess.AFTER_AS_OF, day=self.as_of)
        if not self.start <= day <= self.end:
            return ActivityReason(CountsLess.OUTSIDE_CYCLE, start=self.start, end=self.end)
        return None


class Entry(Struct):
    """One activity's standing while hours are allocated (hundredths of an hour)."""

    fact: ActivityFact
    usable: bool = False  # in the window, not excluded, not a repeat
    eligible: int = 0  # hours that may count toward the total
    counted: int = 0
    reasons: list[ActivityReason] = msgspec_field(default_factory=list)
    pending: Requirement | None = None  # counts only once the issuer accepts it (conditional)


class _Cap(Struct):
    requirement: Requirement
    members: set[int]
    room: int
    day: dt.date | None = None
    served: set[str] = msgspec_field(default_factory=set)


def counts_toward_hours(requirement: Requirement) -> bool:
    """True for minimums whose hours are part of the total (course hours may not be)."""
    if requirement.kind == RequirementKind.COURSE:
        return requirement.hours is not None and requirement.counts_toward_total
    return requirement.kind == RequirementKind.MIN


def allocate(rules: RuleSet, activities: Sequence[ActivityFact], window: Window) -> list[Entry]:
    """Decide how much of each activity counts toward the rule set's hours.

    Returns the entries sorted by date then id, so the input order never matters.
    """
    entries = [Entry(a) for a in sorted(activities, key=lambda a: (a.completed_on, a.id))]
    _screen(entries, rules, window)
    caps = _binding_caps(entries, rules)
    contested = {i for cap in caps for i in cap.members}
    for entry in entries:
        if entry.fact.id not in contested:
            entry.counted = entry.eligible
    _fill(entries, caps, rules, contested)
    _explain_caps(entries, caps)
    return entries


def _screen(entries: list[Entry], rules: RuleSet, window: Window) -> None:
    excludes = [r for r in rules.requirements if r.kind == RequirementKind.EXCLUDE]
    separate = [
        r
        for r in rules.requirements
        if r.kind == RequirementKind.COURSE and not r.counts_toward_total
    ]
    only = [r for r in rules.requirements if r.kind == RequirementKind.COUNTS_ONLY]
    doubtful = [r for r in rules.requirements if r.kind == RequirementKind.CONDITIONAL]
    candidates = []
    last = min(window.end, window.as_of)
    outside: dict[bool, ActivityReason] = {}  # made once per kind (after as_of, or not)
    for entry in entries:
        fact = entry.fact
        day = fact.completed_on
        if not window.start <= day <= last:
            late = day > window.as_of
            if late not in outside:
                outside[late] = window.reason(day) or ActivityReason(CountsLess.OUTSIDE_CYCLE)
            entry.reasons.append(outside[late])
            continue
        excluded = next((r for r in excludes if matches(r.select, fact)), None)
        if excluded is not None:
            entry.reasons.append(about(CountsLess.EXCLUDED, excluded))
        else:
            candidates.append(entry)
    candidates = _keep_first(candidates, same_course_key, CountsLess.LOGGED_TWICE)
    if any(r.kind == RequirementKind.NO_REPEAT for r in rules.requirements):
        candidates = _keep_first(candidates, repeat_key, CountsLess.REPEAT)
    _mark_usable(candidates, separate, only)
    _hold_back(candidates, doubtful)


def _hold_back(candidates: list[Entry], doubtful: list[Requirement]) -> None:
    """Keep out of the hours what counts only once the issuer accepts it (conditional)."""
    for entry in candidates:
        held = next((r for r in doubtful if matches(r.select, entry.fact)), None)
        if held is not None and entry.eligible:
            entry.eligible = 0
            entry.pending = held
            entry.reasons.append(about(CountsLess.HELD, held))


def _mark_usable(
    candidates: list[Entry], separate: list[Requirement], only: list[Requirement]
) -> None:
    """Mark the usable entries.

    Their hours are eligible unless a separate course or a counts-only requirement keeps
    them out of the hours (they can still meet a course).
    """
    for entry in candidates:
        entry.usable = True
        course = next((r for r in separate if matches(r.select, entry.fact)), None)
        if course is not None:
            entry.reasons.append(about(CountsLess.SEPARATE_COURSE, course))
            continue
        unapproved = next((r for r in only if not matches(r.select, entry.fact)), None)
        if unapproved is not None:
            entry.reasons.append(about(CountsLess.NOT_APPROVED, unapproved))
            continue
        entry.eligible = entry.fact.hours.hundredths


def _keep_first(
    candidates: list[Entry], key: Callable[[ActivityFact], tuple[str, ...]], kind: CountsLess
) -> list[Entry]:
    """Keep one activity per ``key``: the first taken (on a tie, the one worth most)."""
    groups: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for entry in candidates:
        groups[key(entry.fact)].append(entry)
    kept = []
    for group in groups.values():
        first = min(
            group,
            key=lambda e: (
                e.fact.completed_on,
                -e.fact.hours.hundredths,
                -len(e.fact.tags),
                sorted(e.fact.tags),
                e.fact.id,
            ),
        )
        kept.append(first)
        for entry in group:
            if entry is not first:
                entry.reasons.append(ActivityReason(kind, other=first.fact.id))
    return sorted(kept, key=lambda e: (e.fact.completed_on, e.fact.id))


def _binding_caps(entries: list[Entry], rules: RuleSet) -> list[_Cap]:
    caps: list[_Cap] = []
    for req in rules.requirements:
        if req.hours is None:
            continue
        if req.kind == RequirementKind.MAX:
            members = [e for e in entries if e.eligible and matches(req.select, e.fact)]
            if sum(e.eligible for e in members) > req.hours.hundredths:
                caps.append(_Cap(req, {e.fact.id for e in members}, req.hours.hundredths))
        elif req.kind == RequirementKind.PER_DAY_CAP:
            by_day: dict[dt.date, list[Entry]] = defaultdict(list)
            for e in entries:
                if e.eligible and matches(req.select, e.fact):
                    by_day[e.fact.completed_on].append(e)
            for day, members in sorted(by_day.items()):
                if sum(e.eligible for e in members) > req.hours.hundredths:
                    ids = {e.fact.id for e in members}
                    caps.append(_Cap(req, ids, req.hours.hundredths, day))
    return caps


def _fill(entries: list[Entry], caps: list[_Cap], rules: RuleSet, contested: set[int]) -> None:
    filler = _Filler(entries, caps, rules)
    open_ = [e for e in entries if e.fact.id in contested]
    filler.meet_minimums(open_)
    filler.count_the_rest(open_)


class _Filler:
    """Counts the contested hours: first toward the unmet minimums, then the rest."""

    def __init__(self, entries: list[Entry], caps: list[_Cap], rules: RuleSet) -> None:
        self.caps = caps
        self.minimums = sorted(
            (r for r in rules.requirements if counts_toward_hours(r) and r.hours is not None),
            key=lambda r: bool(r.condition),
        )
        counted = [e for e in entries if e.counted]
        self.deficit = {
            r.id: (r.hours or Hours.zero()).hundredths
            - sum(e.counted for e in counted if matches(r.select, e.fact))
            for r in self.minimums
        }

    def meet_minimums(self, open_: list[Entry]) -> None:
        """Each minimum (unconditional ones first) from the activities that help most."""
        for req in self.minimums:
            candidates = [e for e in open_ if matches(req.select, e.fact)]
            order = sorted(
                candidates, key=lambda e: (-self.helps(e), e.fact.completed_on, e.fact.id)
            )
            for entry in order:
                amount = min(entry.eligible - entry.counted, self.deficit[req.id], self.room(entry))
                if amount > 0:
                    self.give(entry, amount, req.in_sentence)

    def count_the_rest(self, open_: list[Entry]) -> None:
        """First finish activities already partly counted, then the oldest."""
        for entry in sorted(open_, key=lambda e: (e.counted == 0, e.fact.completed_on, e.fact.id)):
            amount = min(entry.eligible - entry.counted, self.room(entry))
            if amount > 0:
                self.give(entry, amount, None)

    def give(self, entry: Entry, amount: int, served: str | None) -> None:
        """Count ``amount`` more of ``entry``, against its caps and toward its minimums."""
        entry.counted += amount
        for cap in self.caps:
            if entry.fact.id in cap.members:
                cap.room -= amount
                if served:
                    cap.served.add(served)
        for r in self.minimums:
            if matches(r.select, entry.fact):
                self.deficit[r.id] -= amount

    def _most_help_first(self, entry: Entry) -> tuple[int, dt.date, int]:
        return (-self.helps(entry), entry.fact.completed_on, entry.fact.id)

    def room(self, entry: Entry) -> int:
        """What the fullest of the entry's caps still lets count."""
        return min(c.room for c in self.caps if entry.fact.id in c.members)

    def helps(self, entry: Entry) -> int:
        """How many unmet minimums the entry would help."""
        unmet = (r for r in self.minimums if self.deficit[r.id] > 0)
        return sum(matches(r.select, entry.fact) for r in unmet)


def _explain_caps(entries: list[Entry], caps: list[_Cap]) -> None:
    for entry in entries:
        if entry.counted >= entry.eligible:
            continue
        full = [c for c in caps if entry.fact.id in c.members and c.room <= 0]
        entry.reasons.append(
            ActivityReason(
                CountsLess.CAPPED,
                caps=tuple(_cap(c) for c in full),
                served=tuple(sorted({label for c in full for label in c.served})),
                counted=Hours(entry.counted),
                eligible=Hours(entry.eligible),
            )
        )


def _cap(cap: _Cap) -> Cap:
    req = cap.requirement
    return Cap(req.id, req.in_sentence, req.reason, req.hours or Hours.zero(), cap.day)
