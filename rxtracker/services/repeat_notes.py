"""The status note naming a course logged twice in a cycle (its UAN again).

Kept apart from ``services.repeats`` (which refuses such a course when it is logged), so
``status`` judges without loading SQLAlchemy (``services.quick``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rxtracker.domain import day_words
from rxtracker.i18n import translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.engine import ActivityFact

_US_DAY = "%m/%d/%Y"


class RepeatSentence(str):
    """A status note naming a course logged again in its cycle: the dashboard shows those apart."""

    __slots__ = ()


def repeat_sentences(
    facts: Sequence[ActivityFact], start: dt.date, end: dt.date
) -> tuple[RepeatSentence, ...]:
    """One sentence per UAN logged more than once between ``start`` and ``end``."""
    by_uan: dict[str, list[ActivityFact]] = {}
    for fact in sorted(facts, key=lambda f: (f.completed_on, f.id)):
        if fact.uan and start <= fact.completed_on <= end:
            by_uan.setdefault(fact.uan.upper(), []).append(fact)
    words = translate(
        "repeats",
        "Repeat: {title} ({date}, activity {id}) has the UAN {uan} of {first} ({first_date}, "
        "activity {first_id}) in this cycle; CPE Monitor records a UAN once per cycle.",
    )
    return tuple(
        RepeatSentence(
            words.format(
                title=again.title,
                date=day_words(again.completed_on, _US_DAY),
                id=again.id,
                uan=uan,
                first=first.title,
                first_date=day_words(first.completed_on, _US_DAY),
                first_id=first.id,
            )
        )
        for uan, (first, *later) in by_uan.items()
        for again in later
    )
