"""A demo course, as the demo records and the rest of the demo team log it."""

from __future__ import annotations

from dataclasses import dataclass

from rxtracker.domain import Category


@dataclass(frozen=True, slots=True)
class Course:
    """One demo course: ``code`` is the UAN's format letter and topic ('H03'), '' for none."""

    title: str
    provider: str
    days_ago: int
    hours: str
    code: str = ""
    audience: str = "T"
    tags: tuple[str, ...] = ()
    category: Category | None = None
    certificate: bool = True
