"""Exports: the CE log as CSV, and renewal dates as an .ics calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rxtracker.db import Person
from rxtracker.disk import write_atomic
from rxtracker.domain import NotFound
from rxtracker.engine.cycles import renewal_dates
from rxtracker.engine.phases import state_dates
from rxtracker.exchange.csv_export import write_csv
from rxtracker.exchange.ics import CalendarEntry, build_calendar, entry_uid
from rxtracker.services.activity_csv import activity_csv_rows
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.rows import OnProgress
from rxtracker.services.status import CredentialStatus, person_status, team_status
from rxtracker.services.wording import missing_texts

CSV_HEADERS = (
    "Person",
    "Activity ID",
    "Date completed",
    "Title",
    "Provider",
    "Hours",
    "ACPE UAN",
    "Format",
    "Topic",
    "Audience",
    "Category",
    "Source",
    "Tags",
    "Recognized program",
    "Seen in CPE Monitor on",
    "Import batch",
    "Certificate files",
    "Certificate SHA-256",
    "Supervisor's check",
    "Checked by",
    "Checked at (UTC)",
    "Check note",
    "Reported by an archive (not checked here)",
    "Notes",
    "Created",
    "Updated",
)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A file written and how many records it holds."""

    path: Path
    count: int


def export_activities_csv(
    ctx: Context, person_id: int, out: Path, progress: OnProgress | None = None
) -> ExportResult:
    """Write every activity of a person to a CSV, one row each, oldest first.

    Rows are written as they are read from the database (``activity_csv``). Every cell a
    spreadsheet could run as a formula is neutralised. ``progress(done, total)`` is called
    every thousand rows; an exception it raises stops the export and leaves no file.

    Raises:
        NotFound: no such person.
    """
    with ctx.db.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        rows = activity_csv_rows(session, person.name, person_id, progress)
        return ExportResult(out, write_csv(out, CSV_HEADERS, rows))


#: Reminder lead times in days (an app default, not a board rule): a supervisor's
#: spreadsheet turns yellow at 60 days and red at 30 (see shared/domain/users.md).
WINDOW_ALARMS = (0,)
DEADLINE_ALARMS = (30, 7, 1)
EXPIRATION_ALARMS = (60, 30, 7)
_ALARMS = {
    "window": WINDOW_ALARMS,
    "deadline": DEADLINE_ALARMS,
    "expiration": EXPIRATION_ALARMS,
    "reinstatement": DEADLINE_ALARMS,
    "resubmission": DEADLINE_ALARMS,
    "audit": DEADLINE_ALARMS,
}


def export_calendar(
    ctx: Context,
    out: Path,
    *,
    person_id: int | None = None,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Write an .ics of every credential's renewal-window opening, deadline and expiration.

    Args:
        ctx: the data folder.
        out: the .ics file to write.
        person_id: one person, or None for everybody active.
        as_of: the day whose status goes in the descriptions (default: today).
        now: the export's timestamp (DTSTAMP; default: now).

    Raises:
        NotFound: no such person.
    """
    day = as_of or ctx.clock.today()
    statuses = (
        [person_status(ctx, person_id, day)] if person_id is not None else team_status(ctx, day)
    )
    names = {t.id: t.short_name for t in full_catalog(ctx).types.values()}
    entries = [
        entry
        for status in statuses
        for credential in status.credentials
        for entry in calendar_entries(
            status.person.name,
            credential,
            names.get(credential.credential.type_id, credential.credential.type_name),
        )
    ]
    name = statuses[0].person.name if person_id is not None else "team"
    data = build_calendar(entries, stamp=now or ctx.clock.now(), name=f"rxtracker renewals: {name}")
    write_atomic(out, data)
    return ExportResult(out, len(entries))


def calendar_entries(person: str, status: CredentialStatus, short: str) -> list[CalendarEntry]:
    """The window opening, deadline and expiration of one credential's current cycle."""
    result, credential = status.result, status.credential
    dates = result.dates
    number = f" (No. {credential.number})" if credential.number else ""
    state = f"As of {result.as_of:%m/%d/%Y}: {result.phase.label}."
    if result.missing:
        state += " Still missing: " + "; ".join(missing_texts(result.missing)) + "."
    expires = f"{dates.end:%m/%d/%Y}" if dates.end else ""
    return [
        CalendarEntry(
            uid=entry_uid(credential.id, when.kind, when.day),
            day=when.day,
            summary=f"{person}: {short} {when.label}",
            description=f"{person}'s {credential.type_name}{number} expires on {expires}. " + state,
            alarm_days_before=_ALARMS[when.kind],
        )
        # none for a certificate that does not expire
        for when in (*renewal_dates(dates, result.as_of), *state_dates(status.renewal))
    ]
