"""What the engine is given: plain facts about a person's records (no ORM, no Qt)."""

from __future__ import annotations

import datetime as dt

from msgspec import Struct

from rxtracker.domain import Audience, Category, Format, Hours


class ActivityFact(Struct, frozen=True):
    """One logged CE activity."""

    id: int
    title: str
    completed_on: dt.date
    hours: Hours
    provider: str = ""
    uan: str | None = None
    format: Format | None = None
    topic: str | None = None
    audience: Audience | None = None
    category: Category = Category.ACPE
    tags: frozenset[str] = frozenset()
    recognized_program: str | None = None  # catalog id of a PTCB certificate program


class PastCycleFact(Struct, frozen=True):
    """A renewed (closed) cycle of a credential."""

    cycle_start: dt.date | None
    expires_on: dt.date
    renewed_on: dt.date


class ItemFact(Struct, frozen=True):
    """A non-hour requirement recorded as done (e.g. CSPT competency attestation)."""

    requirement_id: str
    done_on: dt.date


class CredentialFact(Struct, frozen=True):
    """A credential a person holds, with its current cycle."""

    id: int
    type_id: str
    expires_on: dt.date | None  # None: the credential does not expire (PTCB certificates)
    cycle_start: dt.date | None = None
    issued_on: dt.date | None = None
    state: str | None = None
    initial_cycle: bool = False
    past_cycles: tuple[PastCycleFact, ...] = ()
    items: tuple[ItemFact, ...] = ()


class ExperienceFact(Struct, frozen=True):
    """A period of work (areas: tags such as sterile-compounding, billing)."""

    role: str
    start_on: dt.date
    end_on: dt.date | None
    hours_per_week: int
    areas: frozenset[str] = frozenset()
