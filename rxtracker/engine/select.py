"""Which activities a requirement looks at (selectors) and when two activities are one program."""

from __future__ import annotations

from collections.abc import Iterator

from rxtracker.catalog import Selector
from rxtracker.domain import Format
from rxtracker.engine.facts import ActivityFact


def matches(selector: Selector, activity: ActivityFact) -> bool:
    """True when the activity is one the selector looks at.

    Values inside one field OR together; fields AND together, or OR together when the
    selector says ``match = "any"``. An empty selector matches everything.
    """
    if selector.match_any:
        return any(_verdicts(selector, activity))
    # The common case, called per activity and requirement: plain tests, no generator.
    if selector.topics and activity.topic not in selector.topics:
        return False
    if selector.tags and selector.tags.isdisjoint(activity.tags):
        return False
    # Members of a StrEnum are their values: no ``.value`` (a slow descriptor) per call.
    if selector.formats and activity.format not in selector.formats:
        return False
    if selector.audiences and activity.audience not in selector.audiences:
        return False
    return not selector.categories or activity.category in selector.categories


def _verdicts(selector: Selector, activity: ActivityFact) -> Iterator[bool]:
    """One verdict per field the selector names, computed lazily (callers short-circuit)."""
    if selector.topics:
        yield activity.topic in selector.topics
    if selector.tags:
        yield not selector.tags.isdisjoint(activity.tags)
    if selector.formats:
        yield activity.format in selector.formats
    if selector.audiences:
        yield activity.audience in selector.audiences
    if selector.categories:
        yield activity.category in selector.categories


def disjoint(first: Selector, second: Selector) -> bool:
    """True when one activity of a single subject cannot serve both selectors.

    Used to add up shortfalls: law (topic 03) and patient safety (topic 05) need separate
    hours. Selectors that accept "topic or tag" count as disjoint when they share no topic
    and no tag (an activity carrying both subjects at once is not expected).
    """
    pairs = (
        (first.topics, second.topics),
        (first.formats, second.formats),
        (first.audiences, second.audiences),
        (first.categories, second.categories),
        (first.tags, second.tags),
    )
    if first.match_any or second.match_any:
        shared = [(a, b) for a, b in pairs if a or b]
        return bool(shared) and all(not (a & b) for a, b in shared)
    return any(a and b and not (a & b) for a, b in pairs)


def unknown_format_letter(activity: ActivityFact) -> str | None:
    """The UAN's format letter when it is neither L nor H (never treated as live)."""
    if activity.format != Format.UNKNOWN:
        return None
    parts = (activity.uan or "").split("-")
    return parts[4][:1] if len(parts) == 6 and parts[4] else "?"


def repeat_key(activity: ActivityFact) -> tuple[str, ...]:
    """Two activities with the same key are the same program taken twice.

    Same UAN; or, without a UAN, the same title and provider (case and spacing ignored).
    """
    if activity.uan:
        return ("uan", activity.uan.upper())
    return ("title", " ".join(activity.title.casefold().split()), _squash(activity.provider))


def same_course_key(activity: ActivityFact) -> tuple[str, ...]:
    """Two activities with the same key are one course logged twice (same program and day)."""
    return (*repeat_key(activity), activity.completed_on.isoformat())


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())
