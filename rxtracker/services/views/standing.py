"""What every view says about a credential: its standing and the names shown for types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.catalog import Catalog
from rxtracker.engine import CredentialResult, Phase


@dataclass(frozen=True, slots=True)
class Standing:
    """What a credential's status words are made of ('At risk, deadline in 67 days')."""

    phase: Phase
    days_to_deadline: int | None  # None: no deadline (the credential does not expire)
    ended_on: dt.date | None  # the expiration date, named once lapsed or expired

    @property
    def ended(self) -> bool:
        """True when the credential is past its expiration (lapsed or expired)."""
        return self.phase in (Phase.LAPSED, Phase.EXPIRED)

    @classmethod
    def of(cls, result: CredentialResult) -> Standing:
        """The standing of an evaluated credential."""
        return cls(result.phase, result.days_to_deadline, result.dates.end)


def short_names(catalog: Catalog) -> dict[str, str]:
    """Credential type id -> short name ('PTCB CPhT', 'TX technician')."""
    return {t.id: t.short_name for t in catalog.types.values()}
