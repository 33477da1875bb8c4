"""The next course that counts the most, across every credential a person holds.

No second matcher and no per-state code: each candidate is a hypothetical ACPE activity (a
topic, a tag, technician-specific, home study or live), and the question "which open
requirement would it count toward?" is put to the same allocation and contribution code
that judges logged activities (``allocate`` then ``contribution``), credential by
credential, with the rules in force for each cycle. Candidates are then picked greedily:
the one closing the most open topic requirements first, until none closes another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rxtracker.catalog import Catalog, Requirement, RequirementKind, RuleSet
from rxtracker.domain import Audience, Category, Format, Hours
from rxtracker.domain.tags import USUAL_TOPIC
from rxtracker.engine.allocate import Window, allocate
from rxtracker.engine.facts import ActivityFact
from rxtracker.engine.plan import rules_judging
from rxtracker.engine.requirements import contribution
from rxtracker.engine.result import CredentialResult, Phase
from rxtracker.records import replace

_OPEN_KINDS = (RequirementKind.TOTAL, RequirementKind.MIN, RequirementKind.COURSE)


@dataclass(frozen=True, slots=True)
class Counted:
    """One open requirement a suggested course would count toward."""

    credential_id: int
    credential: str  # the type's short name ('PTCB CPhT')
    requirement_id: str
    label: str  # the requirement in a sentence ('pharmacy law (ACPE topic 03)')
    missing: Hours  # what it still needs (0 for a course without an hour minimum)
    general: bool = False  # any technician ACPE course meets it (the total, -T hours)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A kind of course, and why it is worth taking next (``services.wording`` words it).

    Attributes:
        hours: how much of it to take (the most any topic it meets still needs).
        topic: the ACPE topic designator ('03'), or None for any topic.
        tag: the subject a board asks about ('texas-law'), or None.
        technician: a technician-specific course (UAN ending -T) is needed.
        live: a live course (UAN format letter L) is needed.
        counts_for: every open requirement it would count toward.
        also_if_live: what a live course of this kind would meet as well.
        general: the closing suggestion: any technician ACPE CE, for the hours still open.
    """

    hours: Hours
    topic: str | None
    tag: str | None
    technician: bool
    live: bool
    counts_for: tuple[Counted, ...]
    also_if_live: tuple[Counted, ...]
    general: bool = False


@dataclass(frozen=True, slots=True)
class _Open:
    """A credential whose cycle still needs something, with the rules judging it."""

    result: CredentialResult
    short_name: str
    rules: RuleSet
    open_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Shape:
    topic: str | None
    tag: str | None
    live: bool


def suggest(results: Sequence[CredentialResult], catalog: Catalog) -> tuple[Suggestion, ...]:
    """The kinds of course that close the most open requirements, best first.

    Lapsed credentials are planned by the rules they are judged by (reinstatement); expired
    ones and those without an expiration are left out.
    """
    opens = [o for r in results if (o := _open(r, catalog)) is not None]
    if not opens:
        return ()
    shapes = _shapes(opens)
    counted = _mark_general({shape: _counts_for(shape, opens) for shape in shapes})
    out: list[Suggestion] = []
    told: set[tuple[int, str]] = set()  # 'a live course would also meet' is said once
    for shape in _greedy(shapes, counted):
        live = tuple(c for c in counted[_live(shape)] if _key(c) not in told)
        out.append(_suggestion(shape, counted[shape], live))
        told |= {_key(c) for c in out[-1].also_if_live}
    return (*out, *_general(counted))


def _open(result: CredentialResult, catalog: Catalog) -> _Open | None:
    if result.phase == Phase.EXPIRED or result.dates.end is None or result.phase == Phase.COMPLETE:
        return None
    rules = rules_judging(result, catalog)
    ids = frozenset(
        r.id
        for r in result.requirements
        if not (r.met or r.exempt or r.condition) and r.kind in _OPEN_KINDS
    )
    if not ids:
        return None
    return _Open(result, catalog.get(result.type_id).short_name, rules, ids)


def _shapes(opens: Sequence[_Open]) -> list[_Shape]:
    """The courses worth asking about, home study and live.

    Any course; one per topic an open requirement names; one per tag, with the ACPE topic
    such a course usually carries (``USUAL_TOPIC``), so that a Texas-law course is also
    known to be ACPE law.
    """
    topics: set[str] = set()
    tags: set[str] = set()
    for item in opens:
        for req in _requirements(item):
            topics |= set(req.select.topics)
            tags |= set(req.select.tags)
    kinds: list[tuple[str | None, str | None]] = [(None, None)]
    kinds += [(topic, None) for topic in sorted(topics)]
    kinds += [(USUAL_TOPIC.get(tag), tag) for tag in sorted(tags)]
    return [_Shape(topic, tag, live) for live in (False, True) for topic, tag in kinds]


def _requirements(item: _Open) -> Iterable[Requirement]:
    return (r for r in item.rules.requirements if r.id in item.open_ids)


def _fact(shape: _Shape, as_of: dt.date) -> ActivityFact:
    """The hypothetical course: one hour of ACPE CE for technicians, dated ``as_of``."""
    return ActivityFact(
        id=0,
        title="",
        completed_on=as_of,
        hours=Hours(100),
        format=Format.LIVE if shape.live else Format.HOME,
        topic=shape.topic,
        audience=Audience.TECHNICIAN,
        category=Category.ACPE,
        tags=frozenset({shape.tag}) if shape.tag else frozenset(),
    )


def _counts_for(shape: _Shape, opens: Sequence[_Open]) -> tuple[Counted, ...]:
    """Each open requirement the hypothetical course counts toward (the engine's own code)."""
    found: list[Counted] = []
    for item in opens:
        as_of = item.result.as_of
        window = Window(min(item.result.dates.start, as_of), as_of, as_of)
        entry = allocate(item.rules, [_fact(shape, as_of)], window)[0]
        for req in _requirements(item):
            if contribution(req, entry):
                found.append(_counted(item, req))
    return tuple(found)


def _counted(item: _Open, req: Requirement) -> Counted:
    missing = next(r.missing for r in item.result.requirements if r.id == req.id)
    return Counted(
        credential_id=item.result.credential_id,
        credential=item.short_name,
        requirement_id=req.id,
        label=req.in_sentence,
        missing=missing,
    )


def _mark_general(
    counted: dict[_Shape, tuple[Counted, ...]],
) -> dict[_Shape, tuple[Counted, ...]]:
    """Flag what the plain course (no topic, no tag, home study) meets as general hours."""
    general = {_key(c) for c in counted[_plain()]}
    return {
        shape: tuple(replace(c, general=_key(c) in general) for c in found)
        for shape, found in counted.items()
    }


def _key(c: Counted) -> tuple[int, str]:
    return (c.credential_id, c.requirement_id)


def _topical(counted: Iterable[Counted]) -> set[tuple[int, str]]:
    """The requirements met that are more than hours in general."""
    return {_key(c) for c in counted if not c.general}


def _greedy(shapes: list[_Shape], counted: dict[_Shape, tuple[Counted, ...]]) -> list[_Shape]:
    """Shapes closing the most still-uncovered topic requirements, one by one.

    Home study first; then live courses, only for what nothing but a live course meets.
    Requirements any course meets (the total, technician-specific hours) never decide.
    """
    covered: set[tuple[int, str]] = set()
    picked: list[_Shape] = []
    for live in (False, True):
        while True:
            best, gain = None, set[tuple[int, str]]()
            for shape in (s for s in shapes if s.live == live):
                new = _topical(counted[shape]) - covered
                if len(new) > len(gain):
                    best, gain = shape, new
            if best is None:
                break
            picked.append(best)
            covered |= gain
    return picked


def _plain() -> _Shape:
    return _Shape(None, None, False)


def _home(shape: _Shape) -> _Shape:
    return _Shape(shape.topic, shape.tag, False)


def _live(shape: _Shape) -> _Shape:
    return _Shape(shape.topic, shape.tag, True)


def _suggestion(
    shape: _Shape, counts: tuple[Counted, ...], live_counts: tuple[Counted, ...]
) -> Suggestion:
    topical = [c for c in counts if not c.general]
    hours = max((c.missing for c in topical), default=Hours(100), key=lambda h: h.hundredths)
    hours = hours if hours else Hours(100)
    known = {_key(c) for c in counts}
    extra = () if shape.live else tuple(c for c in live_counts if _key(c) not in known)
    return Suggestion(
        hours=hours,
        topic=shape.topic,
        tag=shape.tag,
        technician=True,
        live=shape.live,
        counts_for=counts,
        also_if_live=extra,
    )


def _general(counted: dict[_Shape, tuple[Counted, ...]]) -> tuple[Suggestion, ...]:
    """The closing suggestion: any technician-specific ACPE CE, for the hours still open."""
    plain = counted[_plain()]
    if not plain:
        return ()
    hours = max((c.missing for c in plain), key=lambda h: h.hundredths)
    if not hours:
        return ()
    return (
        Suggestion(
            hours=hours,
            topic=None,
            tag=None,
            technician=True,
            live=False,
            counts_for=plain,
            also_if_live=(),
            general=True,
        ),
    )
