"""Dates shared by every entry point: parsing, month arithmetic, and dates written in words.

Dates in words follow the interface language (``rxtracker.i18n``: English here, the chosen
locale's ``QLocale`` forms once a front end installs them), never the C library's locale: Qt
switches that locale to the user's environment when it starts, and ``strftime("%b")`` would
then print "Mär" in a packet otherwise written in English.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from rxtracker import i18n
from rxtracker.domain.errors import InvalidInput

#: English month names and their three-letter abbreviations (fixed: never the system locale).
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_BY_NAME = (
    {name.casefold(): n for n, name in enumerate(MONTHS, 1)}
    | {name[:3].casefold(): n for n, name in enumerate(MONTHS, 1)}
    | {"sept": 9}
)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_WORDS = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
EXAMPLES = i18n.QT_TRANSLATE_NOOP("dates", "03/31/2027, 3/31/27, 2027-03-31 or Mar 31, 2027")


def parse_date(text: str, field: str = "date") -> dt.date:
    """A date as people write it: 03/31/2027, 3/31/27, 2027-03-31, Mar 31 2027, March 31, 2027.

    Month before day, as in the US; a two-digit year is in the 2000s.

    Raises:
        InvalidInput: naming the field, and why: not a date (with the forms it takes), or a
            day the month does not have ("February 2026 has 28 days").
    """
    raw = " ".join(str(text).split())
    parts = _parts(raw)
    if parts is None:
        problem = i18n.translate("dates", "{text} is not a date; write it as {examples}")
        examples = i18n.translate("dates", EXAMPLES)
        raise InvalidInput(field, problem.format(text=repr(raw), examples=examples))
    return calendar_date(*parts, field=field)


def _parts(raw: str) -> tuple[int, int, int] | None:
    """(year, month, day) read from ``raw``, not yet checked against the calendar."""
    if match := _ISO.fullmatch(raw):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _US.fullmatch(raw):
        year = int(match[3])
        return (2000 + year if len(match[3]) == 2 else year), int(match[1]), int(match[2])
    if (match := _WORDS.fullmatch(raw)) and match[1].casefold() in _BY_NAME:
        return int(match[3]), _BY_NAME[match[1].casefold()], int(match[2])
    return None


def calendar_date(year: int, month: int, day: int, *, field: str = "date") -> dt.date:
    """The date, or why there is none ("February 2026 has 28 days", "there is no month 13").

    Raises:
        InvalidInput: naming the field.
    """
    if not 1 <= month <= 12:
        problem = i18n.translate("dates", "there is no month {month}; months go from 1 to 12")
        raise InvalidInput(field, problem.format(month=month))
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        problem = i18n.translate("dates", "{year} is not a year rxtracker can store")
        raise InvalidInput(field, problem.format(year=year))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        problem = i18n.translate("dates", "{month} has {days} days")
        raise InvalidInput(field, problem.format(month=month_text(year, month), days=days))
    return dt.date(year, month, day)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def end_of_month(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


#: Month names in the interface language (translated where shown: ``month_text``).
MONTHS = (
    i18n.QT_TRANSLATE_NOOP("dates", "January"),
    i18n.QT_TRANSLATE_NOOP("dates", "February"),
    i18n.QT_TRANSLATE_NOOP("dates", "March"),
    i18n.QT_TRANSLATE_NOOP("dates", "April"),
    i18n.QT_TRANSLATE_NOOP("dates", "May"),
    i18n.QT_TRANSLATE_NOOP("dates", "June"),
    i18n.QT_TRANSLATE_NOOP("dates", "July"),
    i18n.QT_TRANSLATE_NOOP("dates", "August"),
    i18n.QT_TRANSLATE_NOOP("dates", "September"),
    i18n.QT_TRANSLATE_NOOP("dates", "October"),
    i18n.QT_TRANSLATE_NOOP("dates", "November"),
    i18n.QT_TRANSLATE_NOOP("dates", "December"),
)


def month_text(year: int, month: int) -> str:
    """'November 2026' in the interface language ('noviembre de 2026')."""
    name = i18n.translate("dates", MONTHS[month - 1])
    return i18n.translate("dates", "{month} {year}").format(month=name, year=year)


def date_text(day: dt.date | None) -> str:
    """'Mar 1, 2027' in the interface's locale ('1 mar 2027' in Spanish); empty for None."""
    if day is None:
        return ""
    formats = i18n.formats()
    if formats is not None:
        return formats.date(day)
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def day_words(day: dt.date | None, english: str = "%Y-%m-%d") -> str:
    """A day in a sentence or a table: its ``english`` form in English, the locale's otherwise.

    English keeps the form scripts and habits read (ISO, or 03/02/2026 with ``"%m/%d/%Y"``);
    Spanish reads "2 mar 2026" (``date_text``). Empty for None.
    """
    if day is None:
        return ""
    return day.strftime(english) if i18n.language() == "en" else date_text(day)


def long_date_text(day: dt.date) -> str:
    """'March 1, 2027' in the interface's locale ('1 de marzo de 2027' in Spanish)."""
    formats = i18n.formats()
    if formats is not None:
        return formats.long_date(day)
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
