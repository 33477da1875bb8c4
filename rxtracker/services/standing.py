"""A credential's standing: its phase, its deadline, and the honest words' facts.

The engine's phase says "on track" until a credential is well behind; the app never says
"On track" while the hours are under the even pace or a required course is missing. The
dashboard, the Credentials page and the Team page all read that from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.engine import CredentialResult, Phase
from rxtracker.engine.cycles import steady_pace


@dataclass(frozen=True, slots=True)
class Standing:
    """What a credential's status words are made of ('At risk, deadline in 67 days')."""

    phase: Phase
    days_to_deadline: int | None  # None: no deadline (the credential does not expire)
    ended_on: dt.date | None  # the expiration date, named once lapsed or expired
    days_since_end: int | None = None  # days from the expiration to as-of, once past it
    behind_pace: bool = False  # inside the cycle with fewer hours than the even pace
    course_missing: bool = False  # a required course or record (not hours) still to do

    @property
    def honest_phase(self) -> Phase:
        """The phase, never on track while behind the even pace or with a course missing."""
        if self.phase == Phase.ON_TRACK and (self.behind_pace or self.course_missing):
            return Phase.AT_RISK
        return self.phase

    @property
    def ended(self) -> bool:
        """True when the credential is past its expiration (lapsed or expired)."""
        return self.phase in (Phase.LAPSED, Phase.EXPIRED)

    @classmethod
    def of(cls, result: CredentialResult) -> Standing:
        """The standing of an evaluated credential."""
        return cls(
            result.phase,
            result.days_to_deadline,
            result.dates.end,
            result.days_since_expiration,
            behind_pace=_behind_pace(result),
            course_missing=any(
                not r.met and not r.exempt and not r.condition and r.kind in ("course", "item")
                for r in result.requirements
            ),
        )


def _behind_pace(result: CredentialResult) -> bool:
    """Fewer hours counted than an even pace would have by the as-of day, inside the cycle."""
    dates = result.dates
    if dates.end is None or not dates.start <= result.as_of <= dates.end:
        return False
    return result.counted_hours < steady_pace(result.as_of, dates, result.required_hours)
