"""The Pathways page's read model: checklists, specialty areas and work experience."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from rxtracker.engine import PathwayResult, SpecialtyArea
from rxtracker.services.activities import activity_rows
from rxtracker.services.context import Context
from rxtracker.services.experience import ExperienceRow, experience_rows
from rxtracker.services.pathways import pathways_in
from rxtracker.services.views.standing import page_read


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a pathway is: earned, ready to apply, or steps done of those required."""

    achieved: bool
    eligible: bool
    done: int
    required: int

    @classmethod
    def of(cls, pathway: PathwayResult) -> Progress:
        """The progress of an evaluated pathway."""
        required = [s for s in pathway.steps if s.required]
        done = sum(1 for s in required if s.done)
        return cls(pathway.achieved, pathway.eligible, done, len(required))


@dataclass(frozen=True, slots=True)
class PathwaysPageView:
    """Everything the Pathways page shows for one person."""

    pathways: tuple[PathwayResult, ...]
    progress: tuple[Progress, ...]  # one per pathway, in the same order
    areas: tuple[SpecialtyArea, ...]
    titles: Mapping[int, str]  # activity id -> title, for the areas' course lists
    experience: tuple[ExperienceRow, ...]  # most recent start first


def pathways_view(ctx: Context, person_id: int, as_of: dt.date) -> PathwaysPageView:
    """The Pathways page of a person on ``as_of``, read in one session.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        view = pathways_in(session, catalog, person_id, as_of)
        titles = {a.id: a.title for a in activity_rows(session, person_id)}
        experience = tuple(experience_rows(session, person_id))
    return PathwaysPageView(
        pathways=view.pathways,
        progress=tuple(Progress.of(p) for p in view.pathways),
        areas=view.areas,
        titles=titles,
        experience=experience,
    )
