"""Database rows as the engine's facts: the one place that converts them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rxtracker.db.models import Activity, Credential, WorkExperience
from rxtracker.domain import Audience, Category, Format, Hours
from rxtracker.engine import (
    ActivityFact,
    CredentialFact,
    ExperienceFact,
    ItemFact,
    PastCycleFact,
)


def activity_fact(activity: Activity) -> ActivityFact:
    """An activity row of the database as the engine's fact."""
    return ActivityFact(
        id=activity.id,
        title=activity.title,
        completed_on=activity.completed_on,
        hours=Hours(activity.hours_hundredths),
        provider=activity.provider,
        uan=activity.uan,
        format=Format(activity.format) if activity.format else None,
        topic=activity.topic,
        audience=Audience(activity.audience) if activity.audience else None,
        category=Category(activity.category),
        tags=frozenset(t.tag for t in activity.tags),
        recognized_program=activity.recognized_program,
    )


def credential_fact(credential: Credential) -> CredentialFact:
    """A credential row of the database (with its history and items) as the engine's fact."""
    return CredentialFact(
        id=credential.id,
        type_id=credential.type_id,
        expires_on=credential.expires_on,
        cycle_start=credential.cycle_start,
        issued_on=credential.issued_on,
        state=credential.state,
        initial_cycle=credential.initial_cycle,
        past_cycles=tuple(
            PastCycleFact(c.cycle_start, c.expires_on, c.renewed_on) for c in credential.past_cycles
        ),
        items=tuple(ItemFact(i.requirement_id, i.done_on) for i in credential.items),
    )


def experience_fact(work: WorkExperience) -> ExperienceFact:
    """A work period of the database as the engine's fact."""
    return ExperienceFact(
        role=work.role,
        start_on=work.start_on,
        end_on=work.end_on,
        hours_per_week=work.hours_per_week,
        areas=frozenset(work.areas.split()),
    )


def person_activity_facts(session: Session, person_id: int) -> list[ActivityFact]:
    """Every activity of a person, oldest first, with tags loaded in one query."""
    query = (
        select(Activity)
        .where(Activity.person_id == person_id)
        .options(selectinload(Activity.tags))
        .order_by(Activity.completed_on, Activity.id)
    )
    return [activity_fact(a) for a in session.scalars(query)]


def person_credential_facts(session: Session, person_id: int) -> list[CredentialFact]:
    """Every credential of a person, with past cycles and items."""
    query = (
        select(Credential)
        .where(Credential.person_id == person_id)
        .options(selectinload(Credential.past_cycles), selectinload(Credential.items))
        .order_by(Credential.id)
    )
    return [credential_fact(c) for c in session.scalars(query)]


def person_experience_facts(session: Session, person_id: int) -> list[ExperienceFact]:
    """Every work period of a person."""
    query = select(WorkExperience).where(WorkExperience.person_id == person_id)
    return [experience_fact(w) for w in session.scalars(query)]
