"""Progress toward PTCB's certificates, CSPT and CPhT-Adv, and courses per specialty area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rxtracker.catalog.pathways import recognized_programs
from rxtracker.db.models import Activity, Credential, Person, WorkExperience
from rxtracker.domain import Audience, Category, Format, Hours, InvalidInput, NotFound
from rxtracker.engine.facts import ActivityFact, CredentialFact, ExperienceFact
from rxtracker.engine.pathways import evaluate_pathways, specialty_areas
from rxtracker.engine.result import PathwayResult, SpecialtyArea
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog


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
    day = as_of or dt.date.today()
    catalog = full_catalog(ctx)
    with ctx.db.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        credentials = _credential_facts(session, person_id)
        activities = _activity_facts(session, person_id)
        experience = _experience_facts(session, person_id)
    return PathwaysView(
        pathways=evaluate_pathways(credentials, activities, experience, catalog, day),
        areas=specialty_areas(activities, catalog, day),
    )


def check_recognized_program(ctx: Context, program: str | None) -> None:
    """Refuse a recognised-program id that no credential of the catalog names.

    Raises:
        InvalidInput: naming the field and listing the ids that are allowed.
    """
    if program is None:
        return
    programs = recognized_programs(full_catalog(ctx).types.values())
    if program not in programs:
        known = ", ".join(sorted(programs))
        raise InvalidInput(
            "recognized program",
            f"{program!r} is not a PTCB-recognised program rxtracker knows (known: {known})",
        )


def program_choices(ctx: Context) -> dict[str, str]:
    """Recognised-program ids an activity may name -> the credential it leads to."""
    return dict(sorted(recognized_programs(full_catalog(ctx).types.values()).items()))


def _credential_facts(session: Session, person_id: int) -> list[CredentialFact]:
    query = select(Credential).where(Credential.person_id == person_id).order_by(Credential.id)
    return [
        CredentialFact(
            id=c.id,
            type_id=c.type_id,
            expires_on=c.expires_on,
            cycle_start=c.cycle_start,
            issued_on=c.issued_on,
            state=c.state,
            initial_cycle=c.initial_cycle,
        )
        for c in session.scalars(query)
    ]


def _activity_facts(session: Session, person_id: int) -> list[ActivityFact]:
    query = (
        select(Activity)
        .where(Activity.person_id == person_id)
        .options(selectinload(Activity.tags))
        .order_by(Activity.completed_on, Activity.id)
    )
    return [
        ActivityFact(
            id=a.id,
            title=a.title,
            completed_on=a.completed_on,
            hours=Hours(a.hours_hundredths),
            provider=a.provider,
            uan=a.uan,
            format=Format(a.format) if a.format else None,
            topic=a.topic,
            audience=Audience(a.audience) if a.audience else None,
            category=Category(a.category),
            tags=frozenset(t.tag for t in a.tags),
            recognized_program=a.recognized_program,
        )
        for a in session.scalars(query)
    ]


def _experience_facts(session: Session, person_id: int) -> list[ExperienceFact]:
    query = select(WorkExperience).where(WorkExperience.person_id == person_id)
    return [
        ExperienceFact(
            role=w.role,
            start_on=w.start_on,
            end_on=w.end_on,
            hours_per_week=w.hours_per_week,
            areas=frozenset(w.areas.split()),
        )
        for w in session.scalars(query)
    ]
