"""Dates shared by every entry point: parsing, month arithmetic, and dates written in words.

Month names come from the interface language (English), never from the C library's locale:
Qt switches that locale to the user's environment when it starts, and ``strftime("%b")`` would
then print "Mär" in a packet otherwise written in English.
"""

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


#: Month names in the interface language.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_text(day: dt.date | None) -> str:
    """'Mar 1, 2027' (empty for None)."""
    if day is None:
        return ""
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def long_date_text(day: dt.date) -> str:
    """'March 1, 2027'."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
