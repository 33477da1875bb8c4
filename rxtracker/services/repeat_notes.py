"""The status note naming a course logged twice in a cycle (its UAN again).

Kept apart from ``services.repeats`` (which refuses such a course when it is logged), so
``status`` judges without loading SQLAlchemy (``services.quick``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.engine import ActivityFact

#: Why a repeat matters, said after every repeat found.
ONCE_PER_CYCLE = "CPE Monitor records a UAN once per cycle"
#: How a status note naming a repeat begins (the dashboard shows those apart).
REPEAT = "Repeat: "


def repeat_sentences(
    facts: Sequence[ActivityFact], start: dt.date, end: dt.date
) -> tuple[str, ...]:
    """One sentence per UAN logged more than once between ``start`` and ``end``."""
    by_uan: dict[str, list[ActivityFact]] = {}
    for fact in sorted(facts, key=lambda f: (f.completed_on, f.id)):
        if fact.uan and start <= fact.completed_on <= end:
            by_uan.setdefault(fact.uan.upper(), []).append(fact)
    return tuple(
        f"{REPEAT}{again.title} ({again.completed_on:%m/%d/%Y}, activity {again.id}) has the "
        f"UAN {uan} of {first.title} ({first.completed_on:%m/%d/%Y}, activity {first.id}) "
        f"in this cycle; {ONCE_PER_CYCLE}."
        for uan, (first, *later) in by_uan.items()
        for again in later
    )
