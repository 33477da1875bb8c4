"""The CE log page's read model: activities, what each counts toward, credential cycles."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rxtracker.db import Activity
from rxtracker.domain import Hours
from rxtracker.engine import CycleWindow
from rxtracker.engine.cycles import cycle_windows
from rxtracker.services.activity_read import activity_rows_of
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row
from rxtracker.services.credentials import held_credentials
from rxtracker.services.facts import credential_fact
from rxtracker.services.rows import ActivityRow
from rxtracker.services.status import PersonStatus, status_in
from rxtracker.services.views.standing import page_read, short_names


@dataclass(frozen=True, slots=True)
class CredentialCycles:
    """A credential to filter the log by, with its cycles (current first)."""

    id: int
    type_name: str
    cycles: tuple[CycleWindow, ...]


@dataclass(frozen=True, slots=True)
class LogView:
    """Everything the CE log shows for one person."""

    activities: tuple[ActivityRow, ...]  # newest first
    counts_toward: Mapping[int, str]  # activity id -> short names of the credentials
    credentials: tuple[CredentialCycles, ...]  # soonest expiration first
    total: Hours


def log_view(
    ctx: Context, person_id: int, as_of: dt.date, only: Collection[int] | None = None
) -> LogView:
    """The CE log of a person on ``as_of``, read in one session.

    With ``only``, ``activities`` holds just those of these ids that the person still has
    (what changed, for a log already shown); the rest is read as for the whole log.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        status = status_in(session, catalog, person_id, as_of)
        rows = tuple(activity_rows_of(session, person_id, only))
        held = []
        for credential in held_credentials(session, person_id):
            ctype = catalog.types.get(credential.type_id)
            fact = credential_fact(credential)
            cycles = cycle_windows(ctype, fact) if ctype is not None else ()
            name = credential_row(credential, catalog).type_name
            held.append(CredentialCycles(credential.id, name, cycles))
        total = Hours.total([r.hours for r in rows]) if only is None else _total(session, person_id)
    return LogView(
        activities=rows,
        counts_toward=_counts_toward(status, short_names(catalog)),
        credentials=tuple(held),
        total=total,
    )


def _total(session: Session, person_id: int) -> Hours:
    query = select(func.coalesce(func.sum(Activity.hours_hundredths), 0)).where(
        Activity.person_id == person_id
    )
    return Hours(int(session.execute(query).scalar_one()))


def _counts_toward(status: PersonStatus, names: Mapping[str, str]) -> dict[int, str]:
    """Activity id -> the credentials (short names) it counts toward in their current cycle."""
    found: dict[int, list[str]] = defaultdict(list)
    for credential in status.credentials:
        name = names.get(credential.credential.type_id, credential.credential.type_name)
        for activity in credential.result.activities:
            if activity.counted.hundredths > 0:
                found[activity.activity_id].append(name)
    return {activity_id: ", ".join(sorted(names)) for activity_id, names in found.items()}
