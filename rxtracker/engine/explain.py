"""Sentences a technician understands: what is missing, by when, and why."""

from __future__ import annotations

import datetime as dt

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours, tag_label


def phrase(label: str) -> str:
    """A label inside a sentence: 'Pharmacy law (ACPE topic 03)' -> 'pharmacy law (...)'.

    Words that start with an acronym ('CE', 'HHSC-approved') keep their capitals.
    """
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


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
        return f"Record the {phrase(req.label)} (dated in this cycle) before {by}"
    tags = sorted(req.select.tags)
    hint = f" (tag it {', '.join(tags)})" if tags and req.kind == RequirementKind.COURSE else ""
    if req.kind == RequirementKind.COURSE and req.hours is None:
        return f"Complete the {phrase(req.label)}{hint} before {by}"
    return f"{more_hours(missing)} of {phrase(req.label)}{hint} before {by}"


def tag_names(tags: frozenset[str]) -> str:
    """Tags for a sentence: 'Texas pharmacy law or rules'."""
    return ", ".join(tag_label(t) for t in sorted(tags))
