"""Why a credential is not complete, as data: the front ends word these in their language.

The engine writes no sentence for them. Each reason is a small frozen value carrying the
kind, the requirement (its id and the catalog's label and in-sentence phrase), hours, dates and
counts; ``rxtracker.services.wording`` turns it into a sentence with ``translate()`` and the
locale's dates and hours, so the same reason reads "1 more hour of pharmacy law (ACPE topic
03) by 2027-03-31" in English and "1 hora más de legislación farmacéutica ... antes del ..." in
Spanish.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from msgspec import Struct

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours
from rxtracker.engine.notes import EngineNote


class ShortfallKind(StrEnum):
    """What an unmet requirement asks for."""

    TOTAL = "total"  # more hours of CE in total
    HOURS = "hours"  # more hours of a topic, format or course
    COURSE = "course"  # one course to complete (no hours stated)
    ITEM = "item"  # a dated item to record (a background check, a form)


class Shortfall(Struct, frozen=True):
    """One unmet requirement: what is missing, and the last day its CE counts.

    Attributes:
        kind: what it asks for.
        requirement_id: the catalog's id of the requirement.
        label: the catalog's label ("Pharmacy law (ACPE topic 03)").
        phrase: the label inside a sentence ("pharmacy law (ACPE topic 03)").
        hours: the hours still missing (0 for a course without hours or an item).
        by: the last day whose CE counts.
        tags: the tags that make a course count, when its label does not name them.
        reinstating: judged by the reinstatement rules (said "To reinstate: ...").
    """

    kind: ShortfallKind
    requirement_id: str
    label: str
    phrase: str
    hours: Hours
    by: dt.date
    tags: tuple[str, ...] = ()
    reinstating: bool = False


class PastReinstatement(Struct, frozen=True):
    """The credential expired and the time to renew or reinstate it is over too."""

    expired_on: dt.date
    ended_on: dt.date  # the last day of the reinstatement period (or the expiration)
    days_ago: int  # days from the expiration to the day judged (0 when not past)


class BaseNotInGoodStanding(Struct, frozen=True):
    """A credential that stands only with another in good standing, whose base lapsed.

    Attributes:
        base: the short name of the credential held ("CPhT").
        base_phase: that credential's phase value ("lapsed", "expired").
        on: the base credential's expiration date.
        name: the short name of the dependent credential ("CPhT-Adv").
        needs: the short names of the credentials it may stand on ("CPhT").
    """

    base: str
    base_phase: str
    on: dt.date | None
    name: str
    needs: tuple[str, ...]


class Held(Struct, frozen=True):
    """Hours that count only if the issuer accepts them (non-ACPE CE toward PTCB).

    Attributes:
        requirement_id: the conditional requirement's id.
        label: the catalog's label; ``phrase``: the same inside a sentence.
        hours: the hours held back.
        why: the catalog's reason (empty: the issuer decides).
    """

    requirement_id: str
    label: str
    phrase: str
    hours: Hours
    why: str = ""


class ConditionalShortfall(Struct, frozen=True):
    """A requirement that applies only to some holders ("If you administer immunizations")."""

    condition: str  # the catalog's condition
    shortfall: Shortfall


#: What ``CredentialResult.missing`` holds: each reason the credential is not complete.
Missing = Shortfall | PastReinstatement | BaseNotInGoodStanding
#: What ``CredentialResult.notes`` holds: the engine's notes (``engine.notes``), conditional
#: shortfalls, and sentences a service adds already worded (a UAN logged twice: str).
Note = str | ConditionalShortfall | EngineNote


def shortfall(
    req: Requirement, missing: Hours, by: dt.date, *, reinstating: bool = False
) -> Shortfall:
    """The reason for one unmet requirement; ``by`` is the last day its CE counts."""
    if req.kind == RequirementKind.TOTAL:
        kind = ShortfallKind.TOTAL
    elif req.kind == RequirementKind.ITEM:
        kind = ShortfallKind.ITEM
    elif req.kind == RequirementKind.COURSE and req.hours is None:
        kind = ShortfallKind.COURSE
    else:
        kind = ShortfallKind.HOURS
    return Shortfall(
        kind, req.id, req.label, req.in_sentence, missing, by, _tag_hint(req), reinstating
    )


def _tag_hint(req: Requirement) -> tuple[str, ...]:
    """The tags to name for a course whose label does not name its tag."""
    tags = tuple(sorted(req.select.tags))
    if not tags or req.kind != RequirementKind.COURSE or "tag" in req.in_sentence:
        return ()
    return tags


class CountsLess(StrEnum):
    """Why an activity counts less than in full (``ActivityReason.kind``)."""

    AFTER_AS_OF = "after_as_of"  # dated after the day judged (``day``)
    OUTSIDE_CYCLE = "outside_cycle"  # outside the cycle (``start`` to ``end``)
    EXCLUDED = "excluded"  # a kind of CE that does not count
    HELD = "held"  # counts only once the issuer accepts it
    SEPARATE_COURSE = "separate_course"  # a required course that is not part of the hours
    NOT_APPROVED = "not_approved"  # not of the only kind that counts
    LOGGED_TWICE = "logged_twice"  # the same course logged twice (``other``: the one kept)
    REPEAT = "repeat"  # a repeat of a course already counted (``other``)
    CAPPED = "capped"  # over a cap (``caps``)


class Cap(Struct, frozen=True):
    """A cap an activity ran into: at most ``hours`` (a day when ``day`` is set)."""

    requirement_id: str
    phrase: str
    why: str  # the catalog's reason ("" when it gives none)
    hours: Hours
    day: dt.date | None = None


class ActivityReason(Struct, frozen=True):
    """Why an activity counts less than in full, as data (``ActivityResult.reasons``).

    Attributes:
        kind: what keeps it out.
        requirement_id, phrase, why: the requirement concerned, its label inside a sentence
            and the catalog's reason (empty: none given).
        day: the day judged (AFTER_AS_OF); start, end: the cycle (OUTSIDE_CYCLE).
        other: the activity counted instead (LOGGED_TWICE, REPEAT).
        caps, served, counted, eligible: the caps it ran into, the requirements the hours
            under them went to first, and how much of how much counts (CAPPED).
    """

    kind: CountsLess
    requirement_id: str = ""
    phrase: str = ""
    why: str = ""
    day: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    other: int = 0
    caps: tuple[Cap, ...] = ()
    served: tuple[str, ...] = ()
    counted: Hours = Hours(0)
    eligible: Hours = Hours(0)


def about(kind: CountsLess, req: Requirement) -> ActivityReason:
    """The reason ``kind`` naming the requirement ``req`` (its phrase and catalog reason)."""
    return ActivityReason(kind, req.id, req.in_sentence, req.reason)


class RemarkKind(StrEnum):
    """What a remark says (``Remark.kind``)."""

    UNKNOWN_FORMAT = "unknown_format"  # an unknown UAN format letter: not counted as live
    NO_T_ENDING = "no_t_ending"  # no UAN ending -T: not technician-specific


class Remark(Struct, frozen=True):
    """Counts in full, but not toward everything (``ActivityResult.remarks``)."""

    kind: RemarkKind
    letter: str = ""  # the unknown UAN format letter (UNKNOWN_FORMAT)
