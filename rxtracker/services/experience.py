"""Work experience: periods of work, so years of experience are computed, never typed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db.models import Person, WorkExperience
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.engine.facts import ExperienceFact
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.inputs import EARLIEST_DATE, NAME_LIMIT, NOTES_LIMIT, clean_tag, clean_text
from rxtracker.services.rows import Changes, Kind, Outcome

MIN_HOURS_PER_WEEK = 1
MAX_HOURS_PER_WEEK = 80
_AREAS_LIMIT = 500  # characters of the stored, space-separated area tags


@dataclass(frozen=True, slots=True)
class ExperienceInput:
    """A period of work as the user typed it. ``end_on`` None means: still working there."""

    role: str
    start_on: dt.date
    end_on: dt.date | None = None
    hours_per_week: int = 40
    areas: tuple[str, ...] = field(default=())
    setting: str = ""
    notes: str = ""

    def cleaned(self, today: dt.date) -> ExperienceInput:
        """A copy with every field checked; areas normalised to tags (sterile-compounding).

        Raises:
            InvalidInput: naming the first field that is wrong.
        """
        if self.start_on > today:
            problem = translate("experience", "{date} is in the future")
            raise InvalidInput("start", problem.format(date=self.start_on))
        if self.start_on < EARLIEST_DATE:
            problem = translate("experience", "{date} is before {earliest}")
            raise InvalidInput("start", problem.format(date=self.start_on, earliest=EARLIEST_DATE))
        if self.end_on is not None and self.end_on < self.start_on:
            problem = translate("experience", "{date} is before the start {start}")
            raise InvalidInput("end", problem.format(date=self.end_on, start=self.start_on))
        if self.end_on is not None and self.end_on > today:
            problem = translate(
                "experience", "{date} is in the future; leave the end empty for a current job"
            )
            raise InvalidInput("end", problem.format(date=self.end_on))
        if not MIN_HOURS_PER_WEEK <= self.hours_per_week <= MAX_HOURS_PER_WEEK:
            problem = translate("experience", "{hours} must be {least} to {most}")
            raise InvalidInput(
                "hours per week",
                problem.format(
                    hours=self.hours_per_week, least=MIN_HOURS_PER_WEEK, most=MAX_HOURS_PER_WEEK
                ),
            )
        areas = tuple(sorted({clean_tag(a) for a in self.areas if a.strip()}))
        if len(" ".join(areas)) > _AREAS_LIMIT:
            problem = translate("experience", "are longer than {limit} characters together")
            raise InvalidInput("areas", problem.format(limit=_AREAS_LIMIT))
        return ExperienceInput(
            role=clean_text(self.role, "role", limit=NAME_LIMIT, required=True),
            start_on=self.start_on,
            end_on=self.end_on,
            hours_per_week=self.hours_per_week,
            areas=areas,
            setting=clean_text(self.setting, "setting", limit=200, required=False),
            notes=clean_text(self.notes, "notes", limit=NOTES_LIMIT, required=False),
        )


@dataclass(frozen=True, slots=True)
class ExperienceRow:
    """A stored period of work."""

    id: int
    person_id: int
    role: str
    setting: str
    areas: tuple[str, ...]
    start_on: dt.date
    end_on: dt.date | None
    hours_per_week: int
    notes: str

    def fact(self) -> ExperienceFact:
        """The engine's view of this period."""
        return ExperienceFact(
            role=self.role,
            start_on=self.start_on,
            end_on=self.end_on,
            hours_per_week=self.hours_per_week,
            areas=frozenset(self.areas),
        )


def add_experience(
    ctx: Context, person_id: int, data: ExperienceInput, *, today: dt.date | None = None
) -> Outcome[ExperienceRow]:
    """Record a period of work.

    Raises:
        InvalidInput: a field is wrong.
        NotFound: no such person.
    """
    clean = data.cleaned(today or ctx.clock.today())
    with ctx.db.write() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        period = WorkExperience(person_id=person_id)
        _apply(period, clean)
        session.add(period)
        session.flush()
        row = _row(period)
    return Outcome(row, Changes.of(Kind.EXPERIENCE, people={person_id}))


def update_experience(
    ctx: Context, experience_id: int, data: ExperienceInput, *, today: dt.date | None = None
) -> Outcome[ExperienceRow]:
    """Replace a period's fields."""
    clean = data.cleaned(today or ctx.clock.today())
    with ctx.db.write() as session:
        period = _get(session, experience_id)
        _apply(period, clean)
        session.flush()
        row = _row(period)
    return Outcome(row, Changes.of(Kind.EXPERIENCE, people={row.person_id}))


def delete_experience(ctx: Context, experience_id: int) -> Outcome[ExperienceRow]:
    """Remove a period of work; the returned row holds everything it had."""
    with ctx.db.write() as session:
        period = _get(session, experience_id)
        row = _row(period)
        session.delete(period)
    return Outcome(row, Changes.of(Kind.EXPERIENCE, people={row.person_id}, removed=True))


def list_experience(ctx: Context, person_id: int) -> list[ExperienceRow]:
    """A person's periods of work, most recent start first.

    Raises:
        NotFound: no such person.
    """
    with ctx.db.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        return experience_rows(session, person_id)


def experience_rows(session: Session, person_id: int) -> list[ExperienceRow]:
    """A person's periods of work, most recent start first, read in ``session``."""
    query = (
        select(WorkExperience)
        .where(WorkExperience.person_id == person_id)
        .order_by(WorkExperience.start_on.desc(), WorkExperience.id.desc())
    )
    return [_row(p) for p in session.scalars(query)]


def _apply(period: WorkExperience, clean: ExperienceInput) -> None:
    period.role = clean.role
    period.setting = clean.setting
    period.areas = " ".join(clean.areas)
    period.start_on = clean.start_on
    period.end_on = clean.end_on
    period.hours_per_week = clean.hours_per_week
    period.notes = clean.notes


def _row(period: WorkExperience) -> ExperienceRow:
    return ExperienceRow(
        id=period.id,
        person_id=period.person_id,
        role=period.role,
        setting=period.setting,
        areas=tuple(period.areas.split()),
        start_on=period.start_on,
        end_on=period.end_on,
        hours_per_week=period.hours_per_week,
        notes=period.notes,
    )


def _get(session: Session, experience_id: int) -> WorkExperience:
    period = session.get(WorkExperience, experience_id)
    if period is None:
        raise NotFound("work experience", experience_id)
    return period
