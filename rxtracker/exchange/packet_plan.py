"""The audit packet's plan section: how the rest of the cycle's CE gets done (issue 16).

Shown on the cover of a current cycle that still needs hours or topics: the plan in one
sentence, then month by month the hours and the required topics first. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from rxtracker.domain import date_text
from rxtracker.domain.dates import MONTHS
from rxtracker.exchange.printable import Block, Cell, Column, Heading, Line, Paragraph, Table


@dataclass(frozen=True, slots=True)
class PacketPlanMonth:
    """One month of the plan: the hours to take and the topics among them."""

    month: dt.date  # its first day
    hours: str
    topics: str  # 'Pharmacy law (ACPE topic 03): 1 hour' or ''


@dataclass(frozen=True, slots=True)
class PacketPlan:
    """The plan as the packet prints it."""

    sentence: str  # dates already in words
    months: tuple[PacketPlanMonth, ...]


def plan_blocks(plan: PacketPlan | None) -> Iterator[Block]:
    """The section's printed blocks (none without a plan)."""
    if plan is None:
        return
    yield Heading("Plan to finish on time")
    yield Paragraph((Line(plan.sentence),))
    if plan.months:
        columns = (
            Column("Month", 0.25),
            Column("Hours", 0.2, right=True),
            Column("Required topics first", 0.55),
        )
        rows = tuple(
            (Cell.of(_month(m.month)), Cell.of(m.hours), Cell.of(m.topics)) for m in plan.months
        )
        yield Table(columns, rows)


def _month(first: dt.date) -> str:
    """'November 2026', whatever the locale (Qt sets the C library's to the user's)."""
    return f"{MONTHS[first.month - 1]} {first.year}"


def in_words(sentence: str) -> str:
    """An engine sentence with its YYYY-MM-DD dates written 'Mar 1, 2027'."""
    words = []
    for word in sentence.split(" "):
        core = word.rstrip(".,;:")
        try:
            day = dt.date.fromisoformat(core)
        except ValueError:
            words.append(word)
            continue
        words.append(date_text(day) + word[len(core) :])
    return " ".join(words)
