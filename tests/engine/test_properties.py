"""Properties that hold for any set of activities (hypothesis).

- Adding an activity never increases a shortfall.
- The order in which activities are given never changes the result.
- Totals are exact: every total is the sum of its parts, and no cap is exceeded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from rxtracker.domain import Audience, Category, Format, Hours
from rxtracker.engine import ActivityFact, CredentialFact, CredentialResult, Phase, evaluate
from rxtracker.engine.select import repeat_key
from rxtracker.records import replace
from rxtracker.services.wording import counts_less_text
from tests.engine.builders import CATALOG

TYPES = [
    "ptcb-cpht",
    "ptcb-cpht-adv",
    "nha-excpt",
    "tx-technician",
    "fl-technician",
    "mi-technician",
    "oh-registered-technician",
    "ptcb-cspt",
]
EXPIRES = dt.date(2027, 3, 31)
TAGS = [
    "texas-law",
    "human-trafficking",
    "medication-errors",
    "implicit-bias",
    "sterile-compounding",
    "law",
    "patient-safety",
    "pain-management",
]


@st.composite
def activity_facts(draw: st.DrawFn, ident: int) -> ActivityFact:
    """One activity somewhere around the cycle, with or without a UAN."""
    has_uan = draw(st.booleans())
    topic = draw(st.sampled_from(["01", "03", "05", "06", "07", "08"]))
    audience = draw(st.sampled_from(list(Audience)))
    letter = draw(st.sampled_from(["L", "H", "B"]))
    seq = draw(st.integers(1, 6))  # small: repeats of one UAN happen
    fmt = {"L": Format.LIVE, "H": Format.HOME}.get(letter, Format.UNKNOWN)
    return ActivityFact(
        id=ident,
        title=draw(st.sampled_from(["Law", "Safety", "Update", "Review"])),
        completed_on=dt.date(2025, 3, 1) + dt.timedelta(days=draw(st.integers(0, 800))),
        hours=Hours(draw(st.integers(1, 1200))),
        provider="P",
        uan=f"0204-0000-25-{seq:03d}-{letter}{topic}-{audience.value}" if has_uan else None,
        format=fmt if has_uan else None,
        topic=topic if has_uan else None,
        audience=audience if has_uan else None,
        category=Category.ACPE if has_uan else draw(st.sampled_from(list(Category))),
        tags=frozenset(draw(st.lists(st.sampled_from(TAGS), max_size=2))),
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[CredentialFact, list[ActivityFact], dt.date]:
    """A credential, its person's activities (unique ids) and the day to judge on."""
    count = draw(st.integers(0, 14))
    ids = draw(st.lists(st.integers(1, 10_000), min_size=count, max_size=count, unique=True))
    facts: list[ActivityFact] = []
    for ident in ids:  # a program taken twice has the same content both times
        facts.append(_same_program_same_content(draw(activity_facts(ident)), facts))
    cred = CredentialFact(id=1, type_id=draw(st.sampled_from(TYPES)), expires_on=EXPIRES)
    as_of = dt.date(2025, 6, 1) + dt.timedelta(days=draw(st.integers(0, 800)))
    return cred, facts, as_of


def _same_program_same_content(extra: ActivityFact, facts: list[ActivityFact]) -> ActivityFact:
    """A program taken again carries the same hours and subjects as the first time.

    (No-repeat rules keep the first taking; a "repeat" with other content is another program.)
    """
    for fact in facts:
        if repeat_key(fact) == repeat_key(extra):
            return replace(extra, hours=fact.hours, tags=fact.tags, category=fact.category)
    return extra


def _run(cred: CredentialFact, facts: list[ActivityFact], as_of: dt.date) -> CredentialResult:
    return evaluate(cred, facts, CATALOG, as_of)


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.randoms(use_true_random=False))
def test_order_never_changes_the_result(scenario, rng) -> None:  # type: ignore[no-untyped-def]
    cred, facts, as_of = scenario
    shuffled = list(facts)
    rng.shuffle(shuffled)
    assert _run(cred, shuffled, as_of) == _run(cred, facts, as_of)


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.data())
def test_adding_an_activity_never_increases_a_shortfall(scenario, data) -> None:  # type: ignore[no-untyped-def]
    cred, facts, as_of = scenario
    used = {f.id for f in facts}
    extra_id = data.draw(st.integers(1, 10_000).filter(lambda i: i not in used))
    extra = _same_program_same_content(data.draw(activity_facts(extra_id)), facts)
    before = _run(cred, facts, as_of)
    after = _run(cred, [*facts, extra], as_of)
    assert after.missing_hours <= before.missing_hours
    old = {r.id: r for r in before.requirements}
    for req in after.requirements:
        assert req.missing <= old[req.id].missing, req.id
        assert req.met or not old[req.id].met, req.id


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_totals_are_exact(scenario) -> None:  # type: ignore[no-untyped-def]
    cred, facts, as_of = scenario
    result = _run(cred, facts, as_of)
    assert result.counted_hours == Hours.total([a.counted for a in result.activities])
    parts: dict[str, list[Hours]] = defaultdict(list)
    per_day: dict[dt.date, list[Hours]] = defaultdict(list)
    for line in result.activities:
        assert Hours.zero() <= line.counted <= line.hours
        if line.counted < line.hours:
            assert counts_less_text(line), line
        for rid, hours in line.by_requirement:
            parts[rid].append(hours)
        assert line.completed_on is not None
        per_day[line.completed_on].append(line.counted)
    for req in result.requirements:
        if req.kind in {"total", "min", "max"}:
            assert req.counted == Hours.total(parts[req.id]), req.id
        if req.kind == "max":
            assert req.required is not None and req.counted <= req.required
    if cred.type_id == "mi-technician":
        assert all(Hours.total(v) <= Hours.parse("12") for v in per_day.values())
    if result.phase != Phase.EXPIRED:
        binding = [r for r in result.requirements if not r.condition]
        assert (result.missing == ()) is all(r.met for r in binding)


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_listing_only_what_can_count_changes_no_number(scenario) -> None:  # type: ignore[no-untyped-def]
    cred, facts, as_of = scenario
    full = _run(cred, facts, as_of)
    short = evaluate(cred, facts, CATALOG, as_of, every_activity=False)
    listed = {a.activity_id for a in short.activities}
    assert replace(short, activities=full.activities, activities_not_listed=0) == full
    assert [a for a in full.activities if a.activity_id in listed] == list(short.activities)
    assert len(listed) + short.activities_not_listed == len(facts)
    assert all(a.counted.hundredths == 0 for a in full.activities if a.activity_id not in listed)
