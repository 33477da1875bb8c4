"""The audit packet's plan section: how the rest of the cycle's CE gets done (issue 16).

Shown on the cover of a current cycle that still needs hours or topics: the plan in one
sentence, then month by month the hours and the required topics first. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from rxtracker.domain import date_text


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


def plan_html(plan: PacketPlan | None, table: str) -> str:
    """The section's HTML ('' without a plan); ``table`` opens a table in the packet's style."""
    if plan is None:
        return ""
    rows = "".join(
        f"<tr><td>{m.month:%B %Y}</td><td class='num'>{escape(m.hours)}</td>"
        f"<td>{escape(m.topics)}</td></tr>"
        for m in plan.months
    )
    header = "<tr><th>Month</th><th class='num'>Hours</th><th>Required topics first</th></tr>"
    return f"<h2>Plan to finish on time</h2><p>{escape(plan.sentence)}</p>" + (
        f"{table}{header}{rows}</table>" if rows else ""
    )


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
