"""The clock: the one place rxtracker reads the date and time.

Everything else gets a ``Clock`` (on the services' ``Context``) or a date passed in, so a
test can fix the day with ``FixedClock`` instead of patching the system clock.
"""

from __future__ import annotations

import datetime as dt


class Clock:
    """The computer's clock: the local date, and the time in UTC."""

    def today(self) -> dt.date:
        """The local date (what a technician calls today)."""
        return dt.date.today()

    def now(self) -> dt.datetime:
        """The current time in UTC (timezone-aware)."""
        return dt.datetime.now(dt.UTC)

    def stamp(self) -> str:
        """The current UTC time for a file name: '20261207T000543Z'."""
        return self.now().strftime("%Y%m%dT%H%M%SZ")


#: The computer's clock, for the stamps the database layer writes on every record.
SYSTEM_CLOCK = Clock()


class FixedClock(Clock):
    """A clock stopped at one moment (tests, demos, reproducible reports).

    Args:
        day: the local date it always gives.
        moment: the UTC time it always gives (default: noon UTC on ``day``).
    """

    def __init__(self, day: dt.date, moment: dt.datetime | None = None) -> None:
        self.day = day
        self.moment = moment or dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)

    def today(self) -> dt.date:
        """The fixed date."""
        return self.day

    def now(self) -> dt.datetime:
        """The fixed moment."""
        return self.moment
