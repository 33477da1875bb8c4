"""Date parsing shared by every entry point."""

from __future__ import annotations

import calendar
import datetime as dt

from rxtracker.domain.errors import InvalidInput


def parse_date(text: str, field: str = "date") -> dt.date:
    """Parse an ISO date (YYYY-MM-DD).

    Raises:
        InvalidInput: naming the field and showing the expected form.
    """
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(field, f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def end_of_month(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
