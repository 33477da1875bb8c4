"""Progress toward PTCB's certificates, CSPT and CPhT-Adv, and courses per specialty area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.catalog.pathways import recognized_programs
from rxtracker.db.models import Person
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.engine.pathways import evaluate_pathways, specialty_areas
from rxtracker.engine.result import PathwayResult, SpecialtyArea
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog, full_catalog_in
from rxtracker.services.facts import (
    person_activity_facts,
    person_credential_facts,
    person_experience_facts,
)


@dataclass(frozen=True, slots=True)
class PathwaysView:
    """Every pathway checklist and specialty area of one person on a day."""

    pathways: tuple[PathwayResult, ...]
    areas: tuple[SpecialtyArea, ...]


def person_pathways(ctx: Context, person_id: int, as_of: dt.date | None = None) -> PathwaysView:
    """Where a person stands on each pathway (``as_of`` defaults to today).

    Raises:
        NotFound: no such person.
    """
    day = as_of or ctx.clock.today()
    with ctx.db.read() as session:
        return pathways_in(session, full_catalog_in(ctx, session), person_id, day)


def pathways_in(session: Session, catalog: Catalog, person_id: int, as_of: dt.date) -> PathwaysView:
    """:func:`person_pathways` read in ``session``, judged by ``catalog``.

    Raises:
        NotFound: no such person.
    """
    if session.get(Person, person_id) is None:
        raise NotFound("person", person_id)
    credentials = person_credential_facts(session, person_id)
    activities = person_activity_facts(session, person_id)
    experience = person_experience_facts(session, person_id)
    return PathwaysView(
        pathways=evaluate_pathways(credentials, activities, experience, catalog, as_of),
        areas=specialty_areas(activities, catalog, as_of),
    )


def check_recognized_program(ctx: Context, program: str | None) -> None:
    """Refuse a recognized-program id that no credential of the catalog names.

    Raises:
        InvalidInput: naming the field and listing the ids that are allowed.
    """
    if program is None:
        return
    programs = recognized_programs(full_catalog(ctx).types.values())
    if program not in programs:
        known = ", ".join(sorted(programs))
        words = translate(
            "pathways",
            "{program} is not a PTCB-recognized program rxtracker knows (known: {known})",
        )
        raise InvalidInput("recognized program", words.format(program=repr(program), known=known))


def program_choices(ctx: Context) -> dict[str, str]:
    """Recognized-program ids an activity may name -> the credential it leads to."""
    return dict(sorted(recognized_programs(full_catalog(ctx).types.values()).items()))
