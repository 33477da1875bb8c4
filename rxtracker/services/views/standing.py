"""What every view shares.

One read with the full catalog, a credential's standing (``rxtracker.services.standing``), and
the names shown for types.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.i18n import data_text
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.standing import Standing


@contextlib.contextmanager
def page_read(ctx: Context) -> Iterator[tuple[Session, Catalog]]:
    """The one session a page's view reads in, with the catalog (built-in and custom)."""
    with ctx.db.read() as session:
        yield session, full_catalog_in(ctx, session)


def short_names(catalog: Catalog) -> dict[str, str]:
    """Credential type id -> short name ('PTCB CPhT', 'TX technician')."""
    return {t.id: data_text(t.short_name) for t in catalog.types.values()}


__all__ = ["Standing", "page_read", "short_names"]
