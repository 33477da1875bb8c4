"""iCalendar (.ics) export of renewal dates, built with the ``icalendar`` library.

Every date is an all-day event with display alarms at 9:00 on the chosen days before it.
UIDs are stable (credential, kind of date, date), so importing a newer export into the same
calendar updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rxtracker.i18n import translate

if TYPE_CHECKING:  # icalendar is imported when a calendar is made, not at start-up
    from icalendar import Alarm, Event

PRODID = "-//rxtracker//CE renewal dates//EN"
ALARM_HOUR = 9


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One renewal date to put in a calendar."""

    uid: str
    day: dt.date
    summary: str
    description: str
    alarm_days_before: tuple[int, ...] = ()


def entry_uid(credential_id: int, kind: str, day: dt.date) -> str:
    """A UID that stays the same in every export of the same date."""
    return f"rxtracker-credential-{credential_id}-{kind}-{day.isoformat()}@rxtracker.local"


def _alarm(entry: CalendarEntry, days_before: int) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    if days_before == 0:
        words = translate("ics", "{summary} (today)")
    else:
        words = translate("ics", "{summary} (in %n days)", None, days_before)
    alarm.add("description", words.format(summary=entry.summary))
    # Relative to the all-day event's midnight start: 9:00 on the day ``days_before`` earlier.
    alarm.add("trigger", dt.timedelta(hours=ALARM_HOUR) - dt.timedelta(days=days_before))
    return alarm


def _event(entry: CalendarEntry, stamp: dt.datetime) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("summary", entry.summary)
    event.add("description", entry.description)
    event.add("dtstart", entry.day)
    event.add("dtend", entry.day + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    for days in sorted(set(entry.alarm_days_before), reverse=True):
        event.add_component(_alarm(entry, days))
    return event


def build_calendar(
    entries: Sequence[CalendarEntry], *, stamp: dt.datetime, name: str = "rxtracker renewals"
) -> bytes:
    """The .ics file's bytes (CRLF lines, folded at 75 octets by the library).

    Args:
        entries: the dates, in any order (written sorted by date).
        stamp: DTSTAMP of every event, a UTC date-time (when the export was made).
        name: the calendar's display name.
    """
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    utc = stamp.astimezone(dt.UTC) if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
    for entry in sorted(entries, key=lambda e: (e.day, e.uid)):
        calendar.add_component(_event(entry, utc))
    return bytes(calendar.to_ical())
