"""The CE log page's read model: its first rows, what each counts toward, credential cycles."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rxtracker.db import Activity
from rxtracker.domain import Hours
from rxtracker.engine import CycleWindow
from rxtracker.engine.cycles import cycle_windows
from rxtracker.records import replace
from rxtracker.services.context import Context
from rxtracker.services.convert import credential_row
from rxtracker.services.credentials import held_credentials
from rxtracker.services.facts import credential_fact
from rxtracker.services.status import PersonStatus, status_in
from rxtracker.services.views.log_rows import LogQuery, LogSlice, counted_groups, slice_in
from rxtracker.services.views.standing import page_read, short_names


@dataclass(frozen=True, slots=True)
class CredentialCycles:
    """A credential to filter the log by, with its cycles (current first)."""

    id: int
    type_name: str
    cycles: tuple[CycleWindow, ...]


@dataclass(frozen=True, slots=True)
class LogView:
    """What the CE log shows for one person: the first screen of rows and the figures."""

    query: LogQuery  # the query ``first`` answers, with what each activity counts toward
    first: LogSlice  # the first rows, and how many match with their hours
    counts_toward: Mapping[int, str]  # activity id -> short names of the credentials
    credentials: tuple[CredentialCycles, ...]  # soonest expiration first
    count: int  # every activity of the person
    total: Hours  # and their hours


def log_view(ctx: Context, query: LogQuery, as_of: dt.date, limit: int) -> LogView:
    """The CE log of ``query``'s person on ``as_of``, read in one session.

    Raises:
        NotFound: no such person.
    """
    with page_read(ctx) as (session, catalog):
        status = status_in(session, catalog, query.person_id, as_of)
        counts = _counts_toward(status, short_names(catalog))
        query = replace(query, counted=counted_groups(counts))
        count, total = _everything(session, query.person_id)
        first = slice_in(session, query, 0, limit, None if query.narrowed else (count, total))
        held = []
        for credential in held_credentials(session, query.person_id):
            ctype = catalog.types.get(credential.type_id)
            fact = credential_fact(credential)
            cycles = cycle_windows(ctype, fact) if ctype is not None else ()
            name = credential_row(credential, catalog).type_name
            held.append(CredentialCycles(credential.id, name, cycles))
    return LogView(query, first, counts, tuple(held), count, total)


def _everything(session: Session, person_id: int) -> tuple[int, Hours]:
    query = select(func.count(), func.coalesce(func.sum(Activity.hours_hundredths), 0)).where(
        Activity.person_id == person_id
    )
    count, hundredths = session.execute(query).one()
    return int(count), Hours(int(hundredths))


def _counts_toward(status: PersonStatus, names: Mapping[str, str]) -> dict[int, str]:
    """Activity id -> the credentials (short names) it counts toward in their current cycle."""
    found: dict[int, list[str]] = defaultdict(list)
    for credential in status.credentials:
        name = names.get(credential.credential.type_id, credential.credential.type_name)
        for activity in credential.result.activities:
            if activity.counted.hundredths > 0:
                found[activity.activity_id].append(name)
    return {activity_id: ", ".join(sorted(names)) for activity_id, names in found.items()}
