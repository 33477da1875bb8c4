"""Sentences a technician understands: what is missing, by when, and why."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours
from rxtracker.engine.allocate import Entry


def more_hours(hours: Hours) -> str:
    """'1 more hour', '2.5 more hours'."""
    return f"{hours} more hour" if hours.hundredths == 100 else f"{hours} more hours"


def shortfall_sentence(req: Requirement, missing: Hours, by: dt.date) -> str:
    """The sentence for one unmet requirement; ``by`` is the last day its CE counts.

    Examples: "1 more hour of pharmacy law (ACPE topic 03) by 2027-03-31";
    "Complete the human-trafficking prevention course (tag it human-trafficking) by ...".
    """
    if req.kind == RequirementKind.TOTAL:
        return f"{more_hours(missing)} of CE in total by {by}"
    if req.kind == RequirementKind.ITEM:
        return f"Record the {req.in_sentence} (dated in this cycle) by {by}"
    hint = _tag_hint(req)
    if req.kind == RequirementKind.COURSE and req.hours is None:
        return f"Complete the {req.in_sentence}{hint} by {by}"
    return f"{more_hours(missing)} of {req.in_sentence}{hint} by {by}"


def _tag_hint(req: Requirement) -> str:
    """The hint ' (tag it human-trafficking)' for a course whose label does not name the tag."""
    tags = sorted(req.select.tags)
    if not tags or req.kind != RequirementKind.COURSE or "tag" in req.in_sentence:
        return ""
    return f" (tag it {', '.join(tags)})"


def conditional_sentences(entries: Sequence[Entry]) -> tuple[str, ...]:
    """One sentence per conditional requirement holding hours back.

    '2 hours of non-ACPE CE are not counted: counts if PTCB accepts it (upload the
    certificate)'.
    """
    held: dict[str, list[Entry]] = defaultdict(list)
    rules: dict[str, Requirement] = {}
    for entry in entries:
        if entry.pending is not None:
            held[entry.pending.id].append(entry)
            rules[entry.pending.id] = entry.pending
    sentences = []
    for rid, group in held.items():
        req = rules[rid]
        hours = Hours.total([e.fact.hours for e in group])
        verb = "is" if hours.hundredths <= 100 else "are"
        sentences.append(
            f"{hours.describe()} of {req.in_sentence} {verb} not counted: "
            f"{req.reason or 'counts only if the issuer accepts it'}"
        )
    return tuple(sentences)
