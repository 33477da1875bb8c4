"""What the engine answers: every number and every reason, ready to show a technician.

This module is the contract between the engine and its callers (services, CLI ``status``,
GUI dashboard, audit report). Fields may be added; none is renamed or removed lightly.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from msgspec import Struct

from rxtracker.domain import Hours
from rxtracker.engine.reasons import ActivityReason, Held, Missing, Note, Remark, Shortfall


class Phase(StrEnum):
    """Where a credential stands on ``as_of``."""

    COMPLETE = "complete"  # every requirement of the current cycle is met
    ON_TRACK = "on_track"  # not complete, but time and pace are fine
    AT_RISK = "at_risk"  # not complete, inside the renewal window or behind the pace
    DUE = "due"  # past the application deadline, before expiration
    LAPSED = "lapsed"  # expired, reinstatement still possible
    EXPIRED = "expired"  # past the reinstatement period


class CycleDates(Struct, frozen=True):
    """The dates of a credential's current cycle."""

    start: dt.date
    end: dt.date | None  # the expiration date; None when the credential does not expire
    renewal_opens: dt.date | None
    deadline: dt.date | None
    reinstatement_until: dt.date | None


class RenewalDate(Struct, frozen=True):
    """A date of a cycle worth a reminder: ``kind`` is window, deadline or expiration."""

    kind: str
    day: dt.date
    label: str  # 'renewal window opens', 'application deadline', 'expires'


class CycleWindow(Struct, frozen=True):
    """A cycle's first and last day; ``current`` for the cycle in progress."""

    start: dt.date
    end: dt.date
    current: bool


class RequirementResult(Struct, frozen=True):
    """One requirement of the rule set in force, evaluated."""

    id: str
    kind: str
    label: str
    required: Hours | None  # None for items without hours
    counted: Hours
    met: bool
    missing: Hours  # 0 when met
    shortfall: Shortfall | None  # what is missing, by when (None when met); worded above
    source: str
    unconfirmed: bool = False
    note: str = ""  # the catalog's note (why, exceptions); ``services.wording`` says a waiver
    exempt: bool = False  # waived (first registration period): shown, never missing
    condition: str = ""  # applies only to some holders; never makes the credential incomplete
    name: str = ""  # the catalog's label alone (``label`` adds a cap's amount, in English)


class ActivityResult(Struct, frozen=True):
    """How one activity counts toward a credential."""

    activity_id: int
    title: str
    hours: Hours  # as logged
    counted: Hours  # toward the credential's total
    by_requirement: tuple[tuple[str, Hours], ...] = ()
    reasons: tuple[ActivityReason, ...] = ()  # why it counts less than in full (() when in full)
    completed_on: dt.date | None = None
    remarks: tuple[Remark, ...] = ()  # counts in full, but not toward everything (unknown format)


class CreditsView(Struct, frozen=True):
    """Hours shown in a certifier's own unit (NHA: 2 hours = 1 credit)."""

    name: str
    hours_per_credit: Hours
    required: Decimal
    counted: Decimal


class CredentialResult(Struct, frozen=True):
    """A credential's current cycle, evaluated on ``as_of``."""

    credential_id: int
    type_id: str
    type_name: str
    phase: Phase
    as_of: dt.date
    dates: CycleDates
    required_hours: Hours
    counted_hours: Hours
    missing_hours: Hours
    requirements: tuple[RequirementResult, ...]
    activities: tuple[ActivityResult, ...]
    missing: tuple[Missing, ...]  # every reason it is not complete (services.wording words it)
    notes: tuple[Note, ...] = ()  # unconfirmed facts the user must know
    rules_type_id: str = ""  # the type whose rules judged this cycle (reinstatement variant)
    rules_effective_from: dt.date | None = None  # the rule set in force for this cycle
    credits: CreditsView | None = None
    #: Activities left out of ``activities`` because they cannot count toward this cycle
    #: (dated outside its window); 0 when the engine was asked for every activity, and for
    #: types without renewal, which list none.
    activities_not_listed: int = 0
    #: Hours that count only if the issuer accepts them (non-ACPE CE toward PTCB): never
    #: part of ``counted_hours``; ``conditional`` says which, as reasons.
    conditional_hours: Hours = Hours(0)
    conditional: tuple[Held, ...] = ()

    @property
    def days_to_deadline(self) -> int | None:
        """Days from ``as_of`` to the application deadline (negative once past)."""
        return (self.dates.deadline - self.as_of).days if self.dates.deadline else None

    @property
    def days_since_expiration(self) -> int | None:
        """Days from the expiration date to ``as_of`` once past it (None before, or never)."""
        end = self.dates.end
        return (self.as_of - end).days if end and self.as_of > end else None


class DetailKind(StrEnum):
    """What a pathway step's detail says (``StepDetail.kind``)."""

    ACTIVE = "active"  # ``names[0]`` is held: it expires on ``day`` (None: it does not)
    EXPIRED = "expired"  # ``names[0]`` expired on ``day``
    NONE_RECORDED = "none_recorded"  # none of ``names`` is recorded
    CERTIFICATES = "certificates"  # ``count`` of ``needed`` certificates held: ``names``
    PROGRAM_DONE = "program_done"  # the program's course ``title`` completed on ``day``
    PROGRAM_MISSING = "program_missing"  # not logged: ``names[0]``'s program (id ``program``)
    EXPERIENCE = "experience"  # ``experience``: the days counted and needed, and how
    EARNED = "earned"  # the credential is held
    TO_ADD = "to_add"  # add it as a credential once the issuer grants it


class ExperienceCount(Struct, frozen=True):
    """Work experience counted toward a pathway step, and how it was counted.

    Attributes:
        days: full-time days counted (a fraction for part time); needed: days needed.
        full_time_hours: the weekly hours of a full-time day (None: calendar days count).
        areas: the areas of work that count (empty: any).
        since: the first day counted (None: any day).
    """

    days: Fraction
    needed: int
    full_time_hours: int | None = None
    areas: tuple[str, ...] = ()
    since: dt.date | None = None


class StepDetail(Struct, frozen=True):
    """Where a pathway step stands, as data (``services.wording`` says it)."""

    kind: DetailKind
    names: tuple[str, ...] = ()  # credential types' short names
    day: dt.date | None = None
    count: int = 0
    needed: int = 0
    title: str = ""
    program: str = ""
    experience: ExperienceCount | None = None


class PathwayStep(Struct, frozen=True):
    """One line of a pathway checklist.

    ``label`` is the catalog's label of the condition; for the last step (``earned``) the
    short name of the credential recorded as earned.
    """

    label: str
    done: bool
    detail: StepDetail
    route: str = ""  # the pathway this step belongs to ("" = needed whatever the pathway)
    required: bool = True  # False: shown for information only (a historical condition)
    unconfirmed: bool = False
    note: str = ""
    earned: bool = False  # the last step: the credential itself recorded as earned


class PathwayResult(Struct, frozen=True):
    """Progress toward a specialty certification or certificate (CSPT, CPhT-Adv, TPV...)."""

    id: str
    name: str
    achieved: bool
    steps: tuple[PathwayStep, ...]
    unconfirmed: tuple[str, ...] = ()
    eligible: bool = False  # every required step of at least one pathway is done
    kind: str = ""  # the credential kind (assessment-based-certificate, ...)
    routes_met: tuple[str, ...] = ()  # labels of the pathways whose steps are all done
    notes: tuple[str, ...] = ()


class SpecialtyArea(Struct, frozen=True):
    """A specialty area and the logged courses that count toward it."""

    id: str  # compounding, iv-sterile, nuclear, long-term-care, oncology
    name: str
    activity_ids: tuple[int, ...]
    hours: Hours
    topics: tuple[str, ...] = ()  # what makes a course count: an ACPE topic,
    tags: tuple[str, ...] = ()  # ... a tag,
    programs: tuple[str, ...] = ()  # ... or the recognized program of these types
    note: str = ""
