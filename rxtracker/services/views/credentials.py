"""The Credentials page's read model: each credential, its standing and its past cycles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row
from rxtracker.services.credential_items import item_labels
from rxtracker.services.credentials import held_credentials, past_cycle_rows
from rxtracker.services.rows import CredentialRow, PastCycleRow
from rxtracker.services.status import status_in
from rxtracker.services.views.standing import Standing, page_read


@dataclass(frozen=True, slots=True)
class CredentialLine:
    """One credential of the page, with all it shows when selected."""

    row: CredentialRow
    standing: Standing | None  # None: the type is not in the catalog
    past_cycles: tuple[PastCycleRow, ...]  # most recent first
    items: Mapping[str, str]  # non-hour requirements: id -> label (may be empty)


@dataclass(frozen=True, slots=True)
class CredentialsView:
    """Every credential of one person, soonest expiration first."""

    lines: tuple[CredentialLine, ...]

    def line(self, credential_id: int) -> CredentialLine | None:
        """The line of one credential, or None."""
        return next((x for x in self.lines if x.row.id == credential_id), None)


def credentials_view(ctx: Context, person_id: int, as_of: dt.date) -> CredentialsView:
    """A person's credentials on ``as_of``, read in one session.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        status = status_in(session, catalog, person_id, as_of)
        standing = {s.credential.id: Standing.of(s.result) for s in status.credentials}
        lines = []
        for credential in held_credentials(session, person_id):
            ctype = catalog.types.get(credential.type_id)
            line = CredentialLine(
                row=credential_row(credential, catalog),
                standing=standing.get(credential.id),
                past_cycles=tuple(past_cycle_rows(credential)),
                items=item_labels(ctype) if ctype is not None else {},
            )
            lines.append(line)
    return CredentialsView(tuple(lines))
