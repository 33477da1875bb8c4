"""Typed, frozen view of the rule catalog's data files."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from msgspec import Struct

from rxtracker.domain import Hours


class CredentialKind(StrEnum):
    """What sort of credential a type describes."""

    NATIONAL = "national-certification"
    STATE = "state-registration"
    SPECIALTY = "specialty-certification"
    CERTIFICATE = "assessment-based-certificate"
    CUSTOM = "custom"


class RequirementKind(StrEnum):
    """The requirement kinds the engine evaluates."""

    TOTAL = "total"  # at least N hours in the cycle
    MIN = "min"  # at least N hours matching a selector
    MAX = "max"  # at most N hours matching a selector are countable
    EXCLUDE = "exclude"  # activities matching a selector never count
    PER_DAY_CAP = "per-day-cap"  # at most N hours on any one day
    NO_REPEAT = "no-repeat"  # the same activity counts once per cycle
    COURSE = "course"  # a required course (tag), per cycle or once
    ITEM = "item"  # a non-hour item (attestation, years of experience)
    COUNTS_ONLY = "counts-only"  # only activities matching a selector count toward hours
    CONDITIONAL = "conditional"  # matching activities count only once the issuer accepts them


class CeStatus(StrEnum):
    """Whether the issuer asks for CE to renew the credential."""

    REQUIRED = "required"  # the rule sets say what (hours, topics...)
    NONE = "none"  # the board asks for none; ``still_applies`` says what does
    NOT_FOUND = "not-found"  # no official statement found: no hours evaluated, never complete


class Confirmation(StrEnum):
    """How far a type's facts were checked against the issuer's own pages or rule text."""

    OFFICIAL = "official"  # every number from the issuer's page or the rule text
    PARTIAL = "partial"  # some facts from official text, some not (each marked)
    UNCONFIRMED = "unconfirmed"  # nothing confirmed from an official page


class Sourced(Struct, frozen=True):
    """Where a fact comes from and when we last checked it."""

    source: str
    checked: dt.date


class Selector(Struct, frozen=True):
    """Which activities a requirement looks at. Lists OR together; fields AND together.

    With ``match_any`` the fields OR together too (topic 03 *or* the tag ``law``).
    An empty selector matches every activity.
    """

    topics: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    match_any: bool = False

    @property
    def is_empty(self) -> bool:
        """True when the selector matches everything."""
        return not (self.topics or self.tags or self.formats or self.audiences or self.categories)


class Requirement(Struct, frozen=True):
    """One rule of a rule set. ``hours`` is None for kinds that carry no number."""

    id: str
    kind: RequirementKind
    label: str
    sourced: Sourced
    hours: Hours | None = None
    select: Selector = Selector()
    counts_toward_total: bool = True  # for COURSE: do its hours count toward the total?
    once: bool = False  # for COURSE: one-time (ever) rather than every cycle
    unconfirmed: bool = False
    note: str = ""
    reason: str = ""  # why a capped or excluded activity does not count, in plain words
    condition: str = ""  # applies only to some holders ("If you administer immunizations")
    exempt_in_initial_cycle: bool = False  # waived in a first registration period
    phrase: str = ""  # the label inside a sentence, when lower-casing it would be wrong
    first_renewal_only: bool = False  # required only in a first registration period

    @property
    def in_sentence(self) -> str:
        """The label as written inside a sentence ('pharmacy law (ACPE topic 03)')."""
        if self.phrase:
            return self.phrase
        label = self.label
        if len(label) > 1 and label[0].isupper() and label[1].islower():
            return label[0].lower() + label[1:]
        return label


class RuleSet(Struct, frozen=True):
    """The rules in force for cycles that end on or after ``effective_from``."""

    effective_from: dt.date
    sourced: Sourced
    requirements: tuple[Requirement, ...]
    note: str = ""

    def requirement(self, requirement_id: str) -> Requirement:
        """The requirement with this id (KeyError when absent)."""
        for req in self.requirements:
            if req.id == requirement_id:
                return req
        raise KeyError(requirement_id)


class Dates(Struct, frozen=True):
    """How a type's renewal dates are derived from the expiration date."""

    sourced: Sourced
    renewal_opens_days_before: int | None = None
    deadline_days_before: int | None = None
    deadline_first_of_expiration_month: bool = False
    reinstatement_months: int | None = None
    reinstatement_type: str | None = None
    expires_end_of_month: bool = False
    grace_days: int | None = None  # after expiration: late renewal allowed, CE still counts
    #: The day after the last renewal was approved starts a cycle (PTCB), instead of the day
    #: after the previous expiration.
    cycle_starts_at_renewal: bool = False
    #: Days a returned application may be resubmitted in, from the day it was returned (PTCB).
    resubmit_days_after_return: int | None = None
    renews: str = ""  # in words: "every 2 years by December 31 of odd-numbered years"


class FirstRenewalTier(Struct, frozen=True):
    """How much of the CE a first registration period asks for.

    Applies to requirements marked ``exempt_in_initial_cycle``. A tier with
    ``registered_under_months`` applies when the credential was issued fewer than that many
    months before its expiration; a tier without it applies to any first period. The first
    tier that applies wins (tiers are kept in ascending order of months). A tier may instead
    prorate by the months registered: at most ``hours_per_month`` for each (Kansas), or the
    hours in proportion to the cycle's months (``prorate``, Utah).
    """

    percent: int  # 0 = exempt, 50 = half the hours, 100 = all of them
    sourced: Sourced
    registered_under_months: int | None = None
    note: str = ""
    hours_per_month: Hours | None = None  # at most this many hours per month registered
    prorate: bool = False  # hours x months registered / months of the cycle

    @property
    def by_month(self) -> bool:
        """True when the hours asked follow the months registered."""
        return self.prorate or self.hours_per_month is not None

    @property
    def months(self) -> int:
        """The month limit, 0 when the tier has none (for sorting)."""
        return self.registered_under_months or 0


class Credits(Struct, frozen=True):
    """A certifier that shows hours in its own unit (NHA: 2 hours = 1 credit)."""

    name: str
    hours_per_credit: Hours
    sourced: Sourced


class Fee(Struct, frozen=True):
    """A fee; amounts change between page versions, so they are data."""

    name: str
    amount: str
    sourced: Sourced


# ------------------------------------------------------- eligibility (read by pathways.py)


class ConditionKind(StrEnum):
    """What an eligibility condition checks."""

    ACTIVE = "active"  # holds an unexpired credential of one of ``types``
    CERTIFICATES = "certificates"  # holds ``count`` assessment-based certificates (of ``types``)
    PROGRAM = "program"  # logged the PTCB-recognized education/training program
    EXPERIENCE = "experience"  # ``months`` of work experience (in ``areas``) within a window


class Condition(Struct, frozen=True):
    """One thing a person must have (or, when not ``required``, is only shown)."""

    kind: ConditionKind
    label: str
    sourced: Sourced
    required: bool = True
    unconfirmed: bool = False
    note: str = ""
    types: tuple[str, ...] = ()
    count: int | None = None
    program: str | None = None
    months: int | None = None
    areas: frozenset[str] = frozenset()
    full_time_hours_per_week: int | None = None
    within_years: int | None = None


class Route(Struct, frozen=True):
    """One eligibility pathway: all of its conditions together qualify."""

    id: str
    label: str
    conditions: tuple[Condition, ...]
    unconfirmed: bool = False
    note: str = ""


class Eligibility(Struct, frozen=True):
    """What it takes to earn a credential."""

    sourced: Sourced
    conditions: tuple[Condition, ...]
    routes: tuple[Route, ...] = ()
    notes: tuple[str, ...] = ()
    unconfirmed: tuple[str, ...] = ()

    def referenced_types(self) -> set[str]:
        """Every credential type id the conditions name."""
        every = [*self.conditions, *(c for r in self.routes for c in r.conditions)]
        names = {t for c in every for t in c.types}
        return names | {c.program for c in every if c.program}


class AreaDefinition(Struct, frozen=True):
    """A specialty area and what makes a logged course count toward it."""

    id: str
    name: str
    sourced: Sourced
    topics: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    programs: frozenset[str] = frozenset()
    note: str = ""


class CredentialType(Struct, frozen=True):
    """One credential type of the catalog (PTCB CPhT, Texas registration, ...)."""

    id: str
    name: str
    short_name: str
    issuer: str
    kind: CredentialKind
    cycle_months: int | None
    dates: Dates
    rule_sets: tuple[RuleSet, ...]
    state: str | None = None
    summary: str = ""
    fees: tuple[Fee, ...] = ()
    unconfirmed: tuple[str, ...] = ()
    #: Types one of which must be held in good standing (CSPT: a CPhT or CPhT-Adv; Colorado: a
    #: PTCB or NHA certification); losing it loses this credential.
    requires: tuple[str, ...] = ()
    variant_of: str | None = None  # rules applied to another type (reinstatement), not held
    credits: Credits | None = None
    eligibility: Eligibility | None = None  # what it takes to earn it (see above)
    ce: CeStatus = CeStatus.REQUIRED
    still_applies: tuple[str, ...] = ()  # what applies when no CE does (national certification)
    confirmation: Confirmation = Confirmation.PARTIAL
    #: Types whose good standing fulfils this type's CE (Utah: a current PTCB or NHA
    #: certification fulfils the state hours).
    satisfied_by: tuple[str, ...] = ()
    first_renewal: tuple[FirstRenewalTier, ...] = ()

    @property
    def holdable(self) -> bool:
        """True when a person can hold this type (a reinstatement variant is not held)."""
        return self.variant_of is None

    def rules_for(self, cycle_end: dt.date) -> RuleSet:
        """The rule set in force for a cycle ending on ``cycle_end``.

        Falls back to the oldest rule set for cycles older than every version we know.
        """
        ordered = sorted(self.rule_sets, key=lambda r: r.effective_from)
        chosen = ordered[0]
        for rule_set in ordered:
            if rule_set.effective_from <= cycle_end:
                chosen = rule_set
        return chosen

    @property
    def current_rules(self) -> RuleSet:
        """The newest rule set."""
        return max(self.rule_sets, key=lambda r: r.effective_from)
