"""What holds a credential back, as reasons (``engine.reasons``); the front ends word them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rxtracker.catalog import Requirement
from rxtracker.domain import Hours
from rxtracker.engine.allocate import Entry
from rxtracker.engine.reasons import Held


def held_back(entries: Sequence[Entry]) -> tuple[Held, ...]:
    """One reason per conditional requirement holding hours back (non-ACPE CE toward PTCB)."""
    held: dict[str, list[Entry]] = defaultdict(list)
    rules: dict[str, Requirement] = {}
    for entry in entries:
        if entry.pending is not None:
            held[entry.pending.id].append(entry)
            rules[entry.pending.id] = entry.pending
    return tuple(
        Held(
            rid,
            rules[rid].label,
            rules[rid].in_sentence,
            Hours.total([e.fact.hours for e in group]),
            rules[rid].reason,
        )
        for rid, group in held.items()
    )
