"""Exports: the CE log as CSV, and renewal dates as an .ics calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rxtracker.db import Person
from rxtracker.disk import write_atomic
from rxtracker.domain import NotFound, date_text
from rxtracker.engine.cycles import renewal_dates
from rxtracker.engine.phases import state_dates
from rxtracker.exchange.csv_export import write_csv
from rxtracker.exchange.ics import CalendarEntry, build_calendar, entry_uid
from rxtracker.i18n import QT_TRANSLATE_NOOP, language, translate
from rxtracker.services.activity_csv import activity_csv_rows
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.rows import OnProgress
from rxtracker.services.status import CredentialStatus, person_status, team_status
from rxtracker.services.wording import date_label, missing_texts, phase_label

CSV_HEADERS = (
    QT_TRANSLATE_NOOP("exports", "Person"),
    QT_TRANSLATE_NOOP("exports", "Activity ID"),
    QT_TRANSLATE_NOOP("exports", "Date completed"),
    QT_TRANSLATE_NOOP("exports", "Title"),
    QT_TRANSLATE_NOOP("exports", "Provider"),
    QT_TRANSLATE_NOOP("exports", "Hours"),
    QT_TRANSLATE_NOOP("exports", "ACPE UAN"),
    QT_TRANSLATE_NOOP("exports", "Format"),
    QT_TRANSLATE_NOOP("exports", "Topic"),
    QT_TRANSLATE_NOOP("exports", "Audience"),
    QT_TRANSLATE_NOOP("exports", "Category"),
    QT_TRANSLATE_NOOP("exports", "Source"),
    QT_TRANSLATE_NOOP("exports", "Tags"),
    QT_TRANSLATE_NOOP("exports", "Recognized program"),
    QT_TRANSLATE_NOOP("exports", "Seen in CPE Monitor on"),
    QT_TRANSLATE_NOOP("exports", "Import batch"),
    QT_TRANSLATE_NOOP("exports", "Certificate files"),
    QT_TRANSLATE_NOOP("exports", "Certificate SHA-256"),
    QT_TRANSLATE_NOOP("exports", "Supervisor's check"),
    QT_TRANSLATE_NOOP("exports", "Checked by"),
    QT_TRANSLATE_NOOP("exports", "Checked at (UTC)"),
    QT_TRANSLATE_NOOP("exports", "Check note"),
    QT_TRANSLATE_NOOP("exports", "Reported by an archive (not checked here)"),
    QT_TRANSLATE_NOOP("exports", "Notes"),
    QT_TRANSLATE_NOOP("exports", "Created"),
    QT_TRANSLATE_NOOP("exports", "Updated"),
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
        headers = tuple(translate("exports", h) for h in CSV_HEADERS)
        return ExportResult(out, write_csv(out, headers, rows))


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
    name = statuses[0].person.name if person_id is not None else translate("exports", "team")
    title = translate("exports", "rxtracker renewals: {name}").format(name=name)
    data = build_calendar(entries, stamp=now or ctx.clock.now(), name=title)
    write_atomic(out, data)
    return ExportResult(out, len(entries))


def calendar_entries(person: str, status: CredentialStatus, short: str) -> list[CalendarEntry]:
    """The window opening, deadline and expiration of one credential's current cycle."""
    result, credential = status.result, status.credential
    dates = result.dates
    name = credential.type_name
    if credential.number:
        name = translate("exports", "{credential} (No. {number})")
        name = name.format(credential=credential.type_name, number=credential.number)
    state = translate("exports", "As of {date}: {status}.")
    state = state.format(date=_day(result.as_of), status=phase_label(result.phase))
    if result.missing:
        missing = translate("exports", " Still missing: {missing}.")
        state += missing.format(missing="; ".join(missing_texts(result.missing)))
    expires = translate("exports", "{person}'s {credential} expires on {date}. ")
    expires = expires.format(person=person, credential=name, date=_day(dates.end))
    summary = translate("exports", "{person}: {credential} {event}")
    return [
        CalendarEntry(
            uid=entry_uid(credential.id, when.kind, when.day),
            day=when.day,
            summary=summary.format(person=person, credential=short, event=date_label(when.label)),
            description=expires + state,
            alarm_days_before=_ALARMS[when.kind],
        )
        # none for a certificate that does not expire
        for when in (*renewal_dates(dates, result.as_of), *state_dates(status.renewal))
    ]


def _day(day: dt.date | None) -> str:
    """A calendar description's date: 03/31/2027 in English, '31 mar 2027' in Spanish."""
    if day is None:
        return ""
    return f"{day:%m/%d/%Y}" if language() == "en" else date_text(day)
