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
from dataclasses import dataclass
from enum import StrEnum

from rxtracker.catalog import Requirement, RequirementKind
from rxtracker.domain import Hours


class ShortfallKind(StrEnum):
    """What an unmet requirement asks for."""

    TOTAL = "total"  # more hours of CE in total
    HOURS = "hours"  # more hours of a topic, format or course
    COURSE = "course"  # one course to complete (no hours stated)
    ITEM = "item"  # a dated item to record (a background check, a form)


@dataclass(frozen=True, slots=True)
class Shortfall:
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


@dataclass(frozen=True, slots=True)
class PastReinstatement:
    """The credential expired and the time to renew or reinstate it is over too."""

    expired_on: dt.date
    ended_on: dt.date  # the last day of the reinstatement period (or the expiration)
    days_ago: int  # days from the expiration to the day judged (0 when not past)


@dataclass(frozen=True, slots=True)
class BaseNotInGoodStanding:
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


@dataclass(frozen=True, slots=True)
class Held:
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


@dataclass(frozen=True, slots=True)
class ConditionalShortfall:
    """A requirement that applies only to some holders ("If you administer immunizations")."""

    condition: str  # the catalog's condition
    shortfall: Shortfall


#: What ``CredentialResult.missing`` holds: each reason the credential is not complete.
Missing = Shortfall | PastReinstatement | BaseNotInGoodStanding
#: What ``CredentialResult.notes`` holds: catalog and engine notes (plain text, to be made
#: structured in turn) and conditional shortfalls.
Note = str | ConditionalShortfall


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
