"""The Pathways page's read model: checklists, specialty areas and work experience."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db import Activity
from rxtracker.engine import PathwayResult, PathwayStep, SpecialtyArea
from rxtracker.services.context import Context
from rxtracker.services.experience import ExperienceRow, experience_rows
from rxtracker.services.pathways import pathways_in
from rxtracker.services.views.standing import page_read
from rxtracker.services.wording.pathways import step_label

#: How many courses a specialty area names (ten years of CE can put thousands in one area);
#: the page says how many more there are.
NAMED_COURSES = 3


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a pathway is: earned, ready to apply, or steps done along the nearest route.

    Where PTCB offers alternative routes ("Either: 4 certificates, or 3 and the CSPT"), the
    count follows the route with the fewest steps left, so "5 of 6" never counts steps of a
    route the person does not need.

    Attributes:
        done, required: required steps done, and required, along the nearest route.
        missing: the labels of that route's steps still to do, in checklist order.
        route: the nearest route's label ("" when the pathway has one way only).
    """

    achieved: bool
    eligible: bool
    done: int
    required: int
    missing: tuple[str, ...] = ()
    route: str = ""

    @classmethod
    def of(cls, pathway: PathwayResult) -> Progress:
        """The progress of an evaluated pathway."""
        route, steps = _nearest_route(pathway)
        done = sum(1 for s in steps if s.done)
        missing = tuple(step_label(s) for s in steps if not s.done)
        return cls(pathway.achieved, pathway.eligible, done, len(steps), missing, route)


def _nearest_route(pathway: PathwayResult) -> tuple[str, tuple[PathwayStep, ...]]:
    """The route with the fewest required steps left (then the most done; then the first)."""
    required = [s for s in pathway.steps if s.required]
    common = [s for s in required if not s.route]
    routes = list(dict.fromkeys(s.route for s in required if s.route))
    if not routes:
        return "", tuple(common)
    options = [(r, (*common, *(s for s in required if s.route == r))) for r in routes]
    return min(
        options,
        key=lambda option: (
            sum(not s.done for s in option[1]),
            -sum(s.done for s in option[1]),
        ),
    )


@dataclass(frozen=True, slots=True)
class PathwaysPageView:
    """Everything the Pathways page shows for one person."""

    pathways: tuple[PathwayResult, ...]
    progress: tuple[Progress, ...]  # one per pathway, in the same order
    areas: tuple[SpecialtyArea, ...]
    titles: Mapping[int, str]  # activity id -> title of the courses each area names
    experience: tuple[ExperienceRow, ...]  # most recent start first


def pathways_view(ctx: Context, person_id: int, as_of: dt.date) -> PathwaysPageView:
    """The Pathways page of a person on ``as_of``, read in one session.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        view = pathways_in(session, catalog, person_id, as_of)
        titles = _named_titles(session, view.areas)
        experience = tuple(experience_rows(session, person_id))
    return PathwaysPageView(
        pathways=view.pathways,
        progress=tuple(Progress.of(p) for p in view.pathways),
        areas=view.areas,
        titles=titles,
        experience=experience,
    )


def _named_titles(session: Session, areas: tuple[SpecialtyArea, ...]) -> dict[int, str]:
    """The titles of the first ``NAMED_COURSES`` courses of each area (one small query).

    Only those are shown: reading every activity's title (a whole row each) cost more than the
    rest of the page's read at 10,000 activities.
    """
    named = {i for area in areas for i in area.activity_ids[:NAMED_COURSES]}
    if not named:
        return {}
    query = select(Activity.id, Activity.title).where(Activity.id.in_(named))
    return {row.id: row.title for row in session.execute(query)}
