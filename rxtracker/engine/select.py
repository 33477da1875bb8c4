"""Which activities a requirement looks at (selectors) and when two activities are one program."""

from __future__ import annotations

from rxtracker.catalog import Selector
from rxtracker.domain import Format
from rxtracker.engine.facts import ActivityFact


def matches(selector: Selector, activity: ActivityFact) -> bool:
    """True when the activity is one the selector looks at.

    Values inside one field OR together; fields AND together, or OR together when the
    selector says ``match = "any"``. An empty selector matches everything.
    """
    if selector.is_empty:
        return True
    checks = [
        value in wanted
        for wanted, value in (
            (selector.topics, activity.topic),
            (selector.formats, _format(activity)),
            (selector.audiences, _audience(activity)),
            (selector.categories, activity.category.value),
        )
        if wanted
    ]
    if selector.tags:
        checks.append(bool(activity.tags & selector.tags))
    return any(checks) if selector.match_any else all(checks)


def disjoint(first: Selector, second: Selector) -> bool:
    """True when no activity can match both selectors (used to add up shortfalls)."""
    if first.match_any or second.match_any:
        return False
    pairs = (
        (first.topics, second.topics),
        (first.formats, second.formats),
        (first.audiences, second.audiences),
        (first.categories, second.categories),
    )
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


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def _format(activity: ActivityFact) -> str | None:
    return activity.format.value if activity.format else None


def _audience(activity: ActivityFact) -> str | None:
    return activity.audience.value if activity.audience else None
