"""What every view shares.

One read with the full catalog, a credential's standing, and the names shown for types.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.engine import CredentialResult, Phase
from rxtracker.engine.cycles import steady_pace
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog_in


@contextlib.contextmanager
def page_read(ctx: Context) -> Iterator[tuple[Session, Catalog]]:
    """The one session a page's view reads in, with the catalog (built-in and custom)."""
    with ctx.db.read() as session:
        yield session, full_catalog_in(ctx, session)


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


def short_names(catalog: Catalog) -> dict[str, str]:
    """Credential type id -> short name ('PTCB CPhT', 'TX technician')."""
    return {t.id: t.short_name for t in catalog.types.values()}
