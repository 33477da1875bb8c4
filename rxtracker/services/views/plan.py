"""The plan and the next course: one read for the dashboard, the Team page and the CLI.

For one person: each credential's plan to finish on time (``engine.plan``) and, across all
their credentials at once, the kinds of course that close the most open requirements
(``engine.suggestions``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.engine.plan import Plan, PlanMonth, TopicNeed, plan, plan_points
from rxtracker.engine.suggestions import Counted, Suggestion, suggest
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.rows import PersonRow
from rxtracker.services.status import PersonStatus, status_in, team_status
from rxtracker.services.views.standing import page_read
from rxtracker.services.wording.suggestions import subject_words

__all__ = [
    "Counted",
    "Plan",
    "PlanMonth",
    "PlanView",
    "Suggestion",
    "TopicNeed",
    "everybody_plans",
    "plan_points",
    "plan_view",
    "plans_in",
    "subject_words",
]


@dataclass(frozen=True, slots=True)
class PlanView:
    """A person's plans (soonest deadline first) and the suggested next courses (best first).

    Attributes:
        short_names: credential id -> the type's short name ('PTCB CPhT').
    """

    person: PersonRow
    as_of: dt.date
    plans: tuple[Plan, ...]
    suggestions: tuple[Suggestion, ...]
    short_names: dict[int, str]

    def plan_for(self, credential_id: int) -> Plan | None:
        """The plan of one credential, or None when the person does not hold it."""
        return next((p for p in self.plans if p.credential_id == credential_id), None)


def plan_view(ctx: Context, person_id: int, as_of: dt.date) -> PlanView:
    """A person's plans and suggestions on ``as_of``, read in one session.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        return plans_in(session, catalog, person_id, as_of)


def everybody_plans(ctx: Context, as_of: dt.date) -> list[PlanView]:
    """Every active person's plans and suggestions on ``as_of``, by name."""
    statuses = team_status(ctx, as_of)
    catalog = full_catalog(ctx)
    return [plans_of(status, catalog, as_of) for status in statuses]


def plans_in(session: Session, catalog: Catalog, person_id: int, as_of: dt.date) -> PlanView:
    """:func:`plan_view` read in ``session`` (the dashboard's read shares it).

    Raises:
        NotFound: no such person.
    """
    return plans_of(status_in(session, catalog, person_id, as_of), catalog, as_of)


def plans_of(status: PersonStatus, catalog: Catalog, as_of: dt.date) -> PlanView:
    """The plans and suggestions of an evaluated person."""
    results = [s.result for s in status.credentials]
    names = {
        s.credential.id: catalog.get(s.result.type_id).short_name
        for s in status.credentials
        if s.result.type_id in catalog
    }
    return PlanView(
        person=status.person,
        as_of=as_of,
        plans=tuple(plan(r, catalog) for r in results),
        suggestions=suggest(results, catalog),
        short_names=names,
    )
