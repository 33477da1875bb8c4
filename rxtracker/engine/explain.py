"""Sentences a technician understands: what is missing, by when, and why."""

from __future__ import annotations

import datetime as dt

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours


def more_hours(hours: Hours) -> str:
    """'1 more hour', '2.5 more hours'."""
    return f"{hours} more hour" if hours.hundredths == 100 else f"{hours} more hours"


def shortfall_sentence(req: Requirement, missing: Hours, by: dt.date) -> str:
    """The sentence for one unmet requirement.

    Examples: "1 more hour of pharmacy law (ACPE topic 03) before 2027-03-01";
    "Complete the human-trafficking prevention course (tag it human-trafficking) before ...".
    """
    if req.kind == RequirementKind.TOTAL:
        return f"{more_hours(missing)} of CE in total before {by}"
    if req.kind == RequirementKind.ITEM:
        return f"Record the {req.in_sentence} (dated in this cycle) before {by}"
    tags = sorted(req.select.tags)
    hint = f" (tag it {', '.join(tags)})" if tags and req.kind == RequirementKind.COURSE else ""
    if req.kind == RequirementKind.COURSE and req.hours is None:
        return f"Complete the {req.in_sentence}{hint} before {by}"
    return f"{more_hours(missing)} of {req.in_sentence}{hint} before {by}"
