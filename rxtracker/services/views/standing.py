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
        )


def short_names(catalog: Catalog) -> dict[str, str]:
    """Credential type id -> short name ('PTCB CPhT', 'TX technician')."""
    return {t.id: t.short_name for t in catalog.types.values()}
