"""The audit packet's plan section: how the rest of the cycle's CE gets done (issue 16).

Shown on the cover of a current cycle that still needs hours or topics: the plan in one
sentence, then month by month the hours and the required topics first. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from rxtracker.domain import date_text
from rxtracker.domain.dates import month_text
from rxtracker.exchange.printable import Block, Cell, Column, Heading, Line, Paragraph, Table
from rxtracker.i18n import translate


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
    yield Heading(translate("packet_plan", "Plan to finish on time"))
    yield Paragraph((Line(plan.sentence),))
    if plan.months:
        columns = (
            Column(translate("packet_plan", "Month"), 0.25),
            Column(translate("packet_plan", "Hours"), 0.2, right=True),
            Column(translate("packet_plan", "Required topics first"), 0.55),
        )
        rows = tuple(
            (Cell.of(_month(m.month)), Cell.of(m.hours), Cell.of(m.topics)) for m in plan.months
        )
        yield Table(columns, rows)


def _month(first: dt.date) -> str:
    """'November 2026' in the interface language, never the C library's locale."""
    return month_text(first.year, first.month)


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
