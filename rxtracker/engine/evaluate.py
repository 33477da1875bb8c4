"""The engine's entry point: one credential's current cycle, judged on ``as_of``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from rxtracker.catalog import (
    Catalog,
    CeStatus,
    CredentialType,
    Requirement,
    RequirementKind,
    RuleSet,
)
from rxtracker.domain import Hours, plain
from rxtracker.engine.allocate import Entry, Window, allocate
from rxtracker.engine.cycles import cycle_dates, expiration, phase_on
from rxtracker.engine.explain import held_back
from rxtracker.engine.facts import ActivityFact, CredentialFact, PastCycleFact
from rxtracker.engine.first_cycle import FirstCycle, adjust, first_cycle
from rxtracker.engine.notes import (
    ApplyBy,
    CatalogNote,
    LateRenewal,
    NoCe,
    NoRenewal,
    NotConfirmed,
    OlderRules,
    Reinstating,
)
from rxtracker.engine.reasons import (
    ConditionalShortfall,
    Missing,
    Note,
    PastReinstatement,
    Remark,
    RemarkKind,
)
from rxtracker.engine.requirements import SHOWN, Judged, contribution, judge, least_missing
from rxtracker.engine.result import (
    ActivityResult,
    CredentialResult,
    CreditsView,
    CycleDates,
    Phase,
)
from rxtracker.engine.select import matches, unknown_format_letter
from rxtracker.records import replace


def evaluate(
    credential: CredentialFact,
    activities: Sequence[ActivityFact],
    catalog: Catalog,
    as_of: dt.date,
    *,
    every_activity: bool = True,
) -> CredentialResult:
    """Judge a credential's current cycle on ``as_of``: every number and every reason.

    The rules are the set in force for the cycle's expiration date. A lapsed credential
    whose type names reinstatement rules (PTCB) is judged by them, with CE counted from the
    cycle start to the end of the reinstatement period.

    With ``every_activity`` False, only the activities that can matter are judged and
    listed: those dated in the window whose CE counts (up to ``as_of``), and earlier ones a
    once-only course looks back to. The rest are counted in ``activities_not_listed``; every
    number is the same either way.

    Raises:
        InvalidInput: the credential's type is not in the catalog.
    """
    ctype = catalog.get(credential.type_id)
    if ctype.cycle_months is None:
        return _without_renewal(ctype, credential, as_of)
    dates = cycle_dates(ctype, credential)
    rules_type, counts_until = _rules_type(ctype, catalog, dates, as_of)
    first = first_cycle(ctype, credential, expiration(dates))
    if rules_type is not ctype:
        first = FirstCycle(False)  # reinstatement rules know no first-period waiver
    rules, waived = adjust(rules_type.rules_for(expiration(dates)), first)
    window = Window(dates.start, counts_until, as_of)
    considered = activities if every_activity else _that_can_count(rules, activities, window)
    entries = allocate(rules, considered, window)
    judged, shares = _judge_all(rules, entries, credential, window, counts_until, waived)
    total = next((j for j in judged if j.requirement.kind == RequirementKind.TOTAL), None)
    required = total.requirement.hours if total and not total.result.exempt else None
    required_hours = required or Hours.zero()
    counted = Hours.total([Hours(e.counted) for e in entries])
    missing_hours = least_missing(judged)
    # With no official statement of the CE, nothing can be called complete (issue 15).
    complete = ctype.ce != CeStatus.NOT_FOUND and all(j.result.met for j in judged if j.binding)
    phase = phase_on(
        as_of,
        dates,
        complete=complete,
        missing=missing_hours,
        required=required_hours,
        items_missing=_items_missing(judged),
    )
    return CredentialResult(
        credential_id=credential.id,
        type_id=ctype.id,
        type_name=ctype.name,
        phase=phase,
        as_of=as_of,
        dates=dates,
        required_hours=required_hours,
        counted_hours=counted,
        missing_hours=missing_hours,
        requirements=tuple(j.result for j in judged),
        activities=_activity_results(entries, shares, rules),
        missing=_missing(phase, dates, judged, as_of, reinstating=rules_type is not ctype),
        notes=(
            *_notes(ctype, rules_type, rules, dates, as_of, judged),
            *((first.note,) if first.note else ()),
        ),
        rules_type_id=rules_type.id,
        rules_effective_from=rules.effective_from,
        credits=_credits(ctype, required_hours, counted),
        activities_not_listed=len(activities) - len(considered),
        conditional_hours=Hours.total([e.fact.hours for e in entries if e.pending]),
        conditional=held_back(entries),
    )


def counting_from(credential: CredentialFact, catalog: Catalog) -> dt.date | None:
    """The earliest completion day that can matter to the credential's current cycle.

    Activities dated before it are never judged in detail by ``evaluate(...,
    every_activity=False)``, so a caller may leave them out (and count them as not listed).
    None when any day can matter: a once-only course (taken in any cycle) is required by the
    type's or its reinstatement type's rules. A type without renewal needs no activity at all
    (``dt.date.max``).

    Raises:
        InvalidInput: the credential's type is not in the catalog.
    """
    ctype = catalog.get(credential.type_id)
    if ctype.cycle_months is None:
        return dt.date.max
    types = [ctype]
    if ctype.dates.reinstatement_type:
        types.append(catalog.get(ctype.dates.reinstatement_type))
    for rule_set in (r for t in types for r in t.rule_sets):
        if any(q.kind == RequirementKind.COURSE and q.once for q in rule_set.requirements):
            return None
    return cycle_dates(ctype, credential).start


def _that_can_count(
    rules: RuleSet, activities: Sequence[ActivityFact], window: Window
) -> list[ActivityFact]:
    """Activities dated from the window's start to its last counting day.

    And earlier ones that a once-only course requirement looks back to (taken in any
    earlier cycle).
    """
    start, last = window.start, min(window.end, window.as_of)
    once = [r.select for r in rules.requirements if r.kind == RequirementKind.COURSE and r.once]
    if not once:
        return [a for a in activities if start <= a.completed_on <= last]
    return [
        a
        for a in activities
        if a.completed_on <= last and (start <= a.completed_on or any(matches(s, a) for s in once))
    ]


def evaluate_past_cycle(
    credential: CredentialFact,
    past: PastCycleFact,
    activities: Sequence[ActivityFact],
    catalog: Catalog,
) -> CredentialResult:
    """A renewed cycle judged on its own expiration day, by the rules in force then.

    For audits ("proof of CE for your previous recertification period") and history views.
    """
    earlier = tuple(c for c in credential.past_cycles if c.expires_on < past.expires_on)
    fact = replace(
        credential,
        expires_on=past.expires_on,
        cycle_start=past.cycle_start,
        past_cycles=earlier,
        initial_cycle=False,
    )
    return evaluate(fact, activities, catalog, past.expires_on)


def _judge_all(
    rules: RuleSet,
    entries: list[Entry],
    credential: CredentialFact,
    window: Window,
    by: dt.date,
    waived: frozenset[str],
) -> tuple[list[Judged], dict[int, tuple[tuple[str, Hours], ...]]]:
    """Every shown requirement judged, and each activity's share of each (computed once).

    ``by`` is the last day whose CE counts (the sentences name it).
    """
    shown = [r for r in rules.requirements if r.kind in SHOWN]
    shares = {e.fact.id: _shares(e, shown) for e in entries}
    sums: dict[str, int] = defaultdict(int)
    for parts in shares.values():
        for rid, hours in parts:
            sums[rid] += hours.hundredths
    judged = [
        judge(r, entries, credential, window, by, Hours(sums[r.id]), r.id in waived) for r in shown
    ]
    return judged, shares


def _items_missing(judged: Sequence[Judged]) -> bool:
    """True when a binding course or record (no hour minimum of its own) is not done."""
    kinds = {RequirementKind.COURSE, RequirementKind.ITEM}
    return any(j.binding and not j.result.met and j.requirement.kind in kinds for j in judged)


def _rules_type(
    ctype: CredentialType, catalog: Catalog, dates: CycleDates, as_of: dt.date
) -> tuple[CredentialType, dt.date]:
    """The type whose rules apply, and the last day whose CE counts."""
    late, end = dates.reinstatement_until, expiration(dates)
    if as_of <= end or late is None or as_of > late:
        return ctype, end
    if ctype.dates.reinstatement_type:
        return catalog.get(ctype.dates.reinstatement_type), late
    if ctype.dates.grace_days:
        return ctype, end + dt.timedelta(days=ctype.dates.grace_days)
    return ctype, end


def _shares(entry: Entry, shown: Sequence[Requirement]) -> tuple[tuple[str, Hours], ...]:
    if not entry.usable and not entry.counted:
        return ()  # counts toward nothing (every contribution() would be zero)
    return tuple((r.id, share) for r in shown if (share := contribution(r, entry)))


def _activity_results(
    entries: list[Entry], shares: dict[int, tuple[tuple[str, Hours], ...]], rules: RuleSet
) -> tuple[ActivityResult, ...]:
    wants = _wanted_remarks(rules)
    return tuple(_activity_result(e, shares[e.fact.id], wants) for e in entries)


def _wanted_remarks(rules: RuleSet) -> tuple[bool, bool]:
    """(format matters, technician audience matters) for the remarks on usable activities."""
    wants_format = any(r.select.formats for r in rules.requirements if r.kind in SHOWN)
    wants_audience = any(
        "T" in r.select.audiences for r in rules.requirements if r.kind == RequirementKind.MIN
    )
    return wants_format, wants_audience


def _activity_result(
    entry: Entry, shares: tuple[tuple[str, Hours], ...], wants: tuple[bool, bool]
) -> ActivityResult:
    fact = entry.fact
    return ActivityResult(
        activity_id=fact.id,
        title=fact.title,
        hours=fact.hours,
        counted=Hours(entry.counted),
        by_requirement=shares,
        reasons=tuple(entry.reasons),
        completed_on=fact.completed_on,
        remarks=_remarks(entry, wants) if entry.usable else (),
    )


def _remarks(entry: Entry, wants: tuple[bool, bool]) -> tuple[Remark, ...]:
    wants_format, wants_audience = wants
    remarks = []
    letter = unknown_format_letter(entry.fact)
    if wants_format and letter:
        remarks.append(Remark(RemarkKind.UNKNOWN_FORMAT, letter))
    if wants_audience and entry.fact.audience is None:
        remarks.append(Remark(RemarkKind.NO_T_ENDING))
    return tuple(remarks)


def _days_after(day: dt.date | None, as_of: dt.date) -> int:
    """Days from ``day`` to ``as_of`` (0 when ``day`` is not before it)."""
    return (as_of - day).days if day is not None and day < as_of else 0


def _missing(
    phase: Phase,
    dates: CycleDates,
    judged: Sequence[Judged],
    as_of: dt.date,
    *,
    reinstating: bool,
) -> tuple[Missing, ...]:
    if phase == Phase.EXPIRED and dates.end is not None:
        ended = dates.reinstatement_until or dates.end
        return (PastReinstatement(dates.end, ended, max((as_of - dates.end).days, 0)),)
    return tuple(
        replace(j.result.shortfall, reinstating=reinstating)
        for j in judged
        if j.binding and j.result.shortfall
    )


def _notes(
    ctype: CredentialType,
    rules_type: CredentialType,
    rules: RuleSet,
    dates: CycleDates,
    as_of: dt.date,
    judged: Sequence[Judged],
) -> tuple[Note, ...]:
    notes: list[Note] = [*_no_ce(ctype), *(CatalogNote(n) for n in ctype.unconfirmed)]
    notes += _renewal_notes(ctype, rules_type, dates, as_of)
    if rules_type is not ctype:
        notes += [n for t in rules_type.unconfirmed if (n := CatalogNote(t)) not in notes]
    if rules.effective_from != rules_type.current_rules.effective_from:
        notes.append(OlderRules(rules.effective_from, rules.note.strip()))
    for item in judged:
        req, res = item.requirement, item.result
        if req.unconfirmed:
            notes.append(NotConfirmed(req.id, req.label, req.note.strip()))
        if res.condition and res.shortfall:
            notes.append(ConditionalShortfall(res.condition, res.shortfall))
    return tuple(notes)


def _no_ce(ctype: CredentialType) -> tuple[NoCe, ...]:
    """What to say when the type asks no CE or its CE is unknown (none when CE is required)."""
    if ctype.ce == CeStatus.REQUIRED:
        return ()
    found = ctype.ce == CeStatus.NONE
    return (NoCe(found, ctype.issuer, ctype.short_name, ctype.still_applies),)


def _renewal_notes(
    ctype: CredentialType, rules_type: CredentialType, dates: CycleDates, as_of: dt.date
) -> tuple[Note, ...]:
    """Reinstating, the application deadline before expiration, or renewing late."""
    end, until = dates.end, dates.reinstatement_until
    if rules_type is not ctype and end is not None:
        fee = _fee(rules_type, "reinstatement") or _fee(ctype, "reinstatement") or ""
        summary = rules_type.summary.strip()
        ago = _days_after(end, as_of)
        return (Reinstating(end, ago, until, fee, dates.start, rules_type.name, summary),)
    if end and dates.deadline and dates.deadline < end and as_of <= end:
        return (ApplyBy(dates.deadline, end, _fee(ctype, "late") or ""),)
    if end and until and end < as_of <= until:
        return (LateRenewal(end, _days_after(end, as_of), until),)
    return ()


def _fee(ctype: CredentialType, word: str) -> str | None:
    """The amount of the type's first fee whose name contains ``word`` (any case)."""
    return next((f.amount for f in ctype.fees if word in f.name.lower()), None)


def _credits(ctype: CredentialType, required: Hours, counted: Hours) -> CreditsView | None:
    if ctype.credits is None:
        return None
    per = ctype.credits.hours_per_credit.to_decimal()
    return CreditsView(
        name=ctype.credits.name,
        hours_per_credit=ctype.credits.hours_per_credit,
        required=plain(required.to_decimal() / per),
        counted=plain(counted.to_decimal() / per),
    )


def _without_renewal(
    ctype: CredentialType, credential: CredentialFact, as_of: dt.date
) -> CredentialResult:
    start = credential.issued_on or credential.cycle_start or credential.expires_on or as_of
    notes: tuple[Note, ...] = (
        NoRenewal(ctype.short_name, credential.expires_on is not None),
        *(CatalogNote(n) for n in ctype.unconfirmed),
    )
    return CredentialResult(
        credential_id=credential.id,
        type_id=ctype.id,
        type_name=ctype.name,
        phase=Phase.COMPLETE,
        as_of=as_of,
        dates=CycleDates(start, credential.expires_on, None, None, None),
        required_hours=Hours.zero(),
        counted_hours=Hours.zero(),
        missing_hours=Hours.zero(),
        requirements=(),
        activities=(),
        missing=(),
        notes=notes,
        rules_type_id=ctype.id,
        credits=None,
    )
