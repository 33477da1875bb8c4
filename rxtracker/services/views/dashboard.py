"""The dashboard's read model: a card per credential, the upcoming dates, CPE Monitor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from rxtracker.catalog import Catalog
from rxtracker.engine import Phase, RequirementResult
from rxtracker.engine.cycles import renewal_dates
from rxtracker.engine.notes import CatalogNote, NotConfirmed
from rxtracker.engine.pace import PaceLine, pace_line
from rxtracker.engine.phases import NOTHING, RenewalState, state_dates
from rxtracker.engine.reasons import Note
from rxtracker.i18n import data_text
from rxtracker.services.context import Context
from rxtracker.services.reconcile import CpeMonitorCheck, cpe_monitor_check
from rxtracker.services.repeat_notes import RepeatSentence
from rxtracker.services.rows import PersonRow
from rxtracker.services.status import CredentialStatus, status_in
from rxtracker.services.views.plan import PlanView, plans_of
from rxtracker.services.views.standing import Standing, page_read, short_names
from rxtracker.services.wording import (
    held_texts,
    missing_texts,
    note_texts,
    requirement_note,
    requirement_result_label,
)
from rxtracker.services.wording.phases import date_label

#: Requirement kinds a technician acts on (caps and exclusions only limit what counts).
_TO_DO_KINDS = frozenset({"total", "min", "course", "item"})


@dataclass(frozen=True, slots=True)
class Card:
    """One credential's card: every date, number and sentence it shows.

    Attributes:
        due_on: the application deadline, else the expiration; None: never.
        days_left: days from the as-of day to ``due_on`` (negative once past).
        window_open: the renewal window has opened by the as-of day.
        reinstate_by: the last day a lapsed credential can be renewed late or reinstated.
        reinstating: the cycle is judged by the type's reinstatement rules (it lapsed).
        notes: what is good to know, in sentences: hours held back, then the engine's notes
            (neither the unconfirmed facts nor the repeats, said apart).
        repeats: each UAN logged twice in the cycle, in a sentence.
        unconfirmed: the facts behind this card that no official page confirms, in
            sentences (said once, behind the card's Why?).
    """

    credential_id: int
    type_id: str
    type_name: str
    number: str | None
    standing: Standing
    as_of: dt.date
    start: dt.date
    end: dt.date | None
    deadline: dt.date | None
    renewal_opens: dt.date | None
    window_open: bool
    due_on: dt.date | None
    days_left: int | None
    requirements: tuple[RequirementResult, ...]
    missing: tuple[str, ...]
    notes: tuple[str, ...]
    pace: PaceLine
    renewal: RenewalState = NOTHING  # the application and newest audit (issue 20)
    reinstate_by: dt.date | None = None
    reinstating: bool = False
    unconfirmed: tuple[str, ...] = ()
    repeats: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Everything this cycle needs is done."""
        return self.standing.phase == Phase.COMPLETE

    def days_to(self, day: dt.date) -> int:
        """Days from the as-of day to ``day`` (negative once past)."""
        return (day - self.as_of).days

    @property
    def to_do(self) -> tuple[RequirementResult, ...]:
        """The requirements still to meet: unmet, neither waived nor only for some holders."""
        return tuple(
            r
            for r in self.requirements
            if not r.met and not r.exempt and not r.condition and r.kind in _TO_DO_KINDS
        )

    @property
    def behind_pace(self) -> bool:
        """Fewer hours than an even pace would have by the as-of day (inside the cycle)."""
        return self.standing.behind_pace

    @property
    def honest_phase(self) -> Phase:
        """The phase, never on track while behind the even pace or with a course missing."""
        return self.standing.honest_phase


@dataclass(frozen=True, slots=True)
class UpcomingDate:
    """One upcoming date of one credential (the calendar export's dates and words)."""

    day: dt.date
    credential: str  # the type's short name
    label: str  # 'renewal window opens', 'application deadline', 'expires'
    days_away: int


@dataclass(frozen=True, slots=True)
class DashboardView:
    """Everything the dashboard shows for one person."""

    person: PersonRow
    as_of: dt.date
    cards: tuple[Card, ...]  # soonest deadline first
    upcoming: tuple[UpcomingDate, ...]  # from the as-of day on, soonest first
    cpe_monitor: CpeMonitorCheck
    plans: PlanView | None = None  # each card's plan, and what to take next (issue 16)

    def due_within(self, days: int) -> tuple[Card, ...]:
        """Cards not yet complete whose deadline (or expiration) is ``days`` or fewer away."""
        return tuple(
            c
            for c in self.cards
            if not c.complete and c.days_left is not None and c.days_left <= days
        )


def dashboard_view(ctx: Context, person_id: int, as_of: dt.date) -> DashboardView:
    """The dashboard of a person on ``as_of``, read in one session.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        status = status_in(session, catalog, person_id, as_of)
        check = cpe_monitor_check(session, person_id, as_of)
        plans = plans_of(status, catalog, as_of)
    return DashboardView(
        person=status.person,
        as_of=as_of,
        cards=tuple(card(s, unconfirmed_facts(s, catalog)) for s in status.credentials),
        upcoming=upcoming_dates(status.credentials, short_names(catalog)),
        cpe_monitor=check,
        plans=plans,
    )


def unconfirmed_facts(status: CredentialStatus, catalog: Catalog) -> tuple[str, ...]:
    """What no official page confirms about a credential's type, its rules and requirements."""
    result = status.result
    types = dict.fromkeys(t for t in (result.type_id, result.rules_type_id) if t in catalog)
    facts = [data_text(fact) for t in types for fact in catalog.get(t).unconfirmed]
    facts += [_unconfirmed_requirement(r) for r in result.requirements if r.unconfirmed]
    return tuple(dict.fromkeys(facts))


def _unconfirmed_requirement(req: RequirementResult) -> str:
    label = requirement_result_label(req)
    note = requirement_note(req)
    return f"{label}: {note}" if note else label


def _good_to_know(notes: tuple[Note, ...]) -> tuple[Note, ...]:
    """The notes the card lists as good to know.

    Not the unconfirmed facts (the type's and the requirements': :func:`unconfirmed_facts`
    says them) nor the repeats (:func:`_repeats`).
    """
    said_apart = (CatalogNote, NotConfirmed)
    return tuple(
        n for n in notes if not isinstance(n, said_apart) and not isinstance(n, RepeatSentence)
    )


def _repeats(notes: tuple[Note, ...]) -> tuple[str, ...]:
    return tuple(n for n in notes if isinstance(n, RepeatSentence))


def card(status: CredentialStatus, unconfirmed: tuple[str, ...] = ()) -> Card:
    """The card of one evaluated credential (``unconfirmed``: see :func:`unconfirmed_facts`)."""
    result = status.result
    dates = result.dates
    due = dates.deadline or dates.end
    return Card(
        credential_id=status.credential.id,
        type_id=result.type_id,
        type_name=data_text(result.type_name),
        number=status.credential.number,
        standing=Standing.of(result),
        as_of=result.as_of,
        start=dates.start,
        end=dates.end,
        deadline=dates.deadline,
        renewal_opens=dates.renewal_opens,
        window_open=dates.renewal_opens is not None and dates.renewal_opens <= result.as_of,
        due_on=due,
        days_left=(due - result.as_of).days if due is not None else None,
        requirements=result.requirements,
        missing=missing_texts(result.missing),
        notes=(*held_texts(result.conditional), *note_texts(_good_to_know(result.notes))),
        repeats=_repeats(result.notes),
        pace=pace_line(result),
        renewal=status.renewal,
        reinstate_by=dates.reinstatement_until,
        reinstating=bool(result.rules_type_id) and result.rules_type_id != result.type_id,
        unconfirmed=unconfirmed,
    )


def upcoming_dates(
    statuses: tuple[CredentialStatus, ...], names: Mapping[str, str]
) -> tuple[UpcomingDate, ...]:
    """Every credential's renewal dates from the as-of day on, soonest first."""
    rows = [
        UpcomingDate(
            date.day,
            names.get(s.result.type_id, s.result.type_name),
            date_label(date.label),
            (date.day - s.result.as_of).days,
        )
        for s in statuses
        for date in (*renewal_dates(s.result.dates, s.result.as_of), *state_dates(s.renewal))
        if date.day >= s.result.as_of
    ]
    return tuple(sorted(rows, key=lambda r: (r.day, r.credential)))
