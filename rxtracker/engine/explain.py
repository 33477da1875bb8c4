"""Sentences a technician understands: what is missing, by when, and why."""

from __future__ import annotations

import datetime as dt

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours


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
