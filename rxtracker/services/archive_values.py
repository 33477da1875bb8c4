"""One value of a person archive's records checked, and the archive-only fields in words.

``rxtracker.services.archive_checks`` puts every record of an archive through these: a day
is an ISO date within the years rxtracker keeps and not in the future, a text is text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rxtracker.domain import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.inputs import EARLIEST_DATE, clean_text

#: The names of the fields only an archive holds, as people read them (the others are
#: named by ``rxtracker.domain.errors``).
_FIELDS = frozenset(
    {
        QT_TRANSLATE_NOOP("archive_values", "item done on"),
        QT_TRANSLATE_NOOP("archive_values", "item note"),
        QT_TRANSLATE_NOOP("archive_values", "renewal step"),
        QT_TRANSLATE_NOOP("archive_values", "renewal step on"),
        QT_TRANSLATE_NOOP("archive_values", "renewal reasons"),
        QT_TRANSLATE_NOOP("archive_values", "renewal fee"),
        QT_TRANSLATE_NOOP("archive_values", "audit noticed on"),
        QT_TRANSLATE_NOOP("archive_values", "audit sent on"),
        QT_TRANSLATE_NOOP("archive_values", "audit outcome on"),
        QT_TRANSLATE_NOOP("archive_values", "audit note"),
        QT_TRANSLATE_NOOP("archive_values", "past cycle renewed on"),
        QT_TRANSLATE_NOOP("archive_values", "past cycle start"),
        QT_TRANSLATE_NOOP("archive_values", "past cycle expires on"),
        QT_TRANSLATE_NOOP("archive_values", "past cycle notes"),
        QT_TRANSLATE_NOOP("archive_values", "verified at"),
        QT_TRANSLATE_NOOP("archive_values", "verified by"),
        QT_TRANSLATE_NOOP("archive_values", "verification note"),
        QT_TRANSLATE_NOOP("archive_values", "seen in CPE Monitor"),
        QT_TRANSLATE_NOOP("archive_values", "reported by the archive"),
    }
)


def field_words(error: InvalidInput) -> str:
    """The name of the field ``error`` is about, as a person reads it."""
    return translate("archive_values", error.field) if error.field in _FIELDS else error.label


def day(value: object) -> dt.date | None:
    """An ISO date from the archive, or None."""
    return None if value is None else dt.date.fromisoformat(str(value))


def in_range(value: object, field: str, today: dt.date, *, required: bool) -> dt.date | None:
    """The ISO date ``value``: not before 1970, not after ``today``; None when empty.

    Raises:
        InvalidInput: naming ``field``: out of range, or empty when ``required``.
        ValueError: not an ISO date.
    """
    parsed = day(value)
    if parsed is None:
        if required:
            raise InvalidInput(field, translate("archive_values", "is empty"))
        return None
    if parsed < EARLIEST_DATE:
        words = translate("archive_values", "{date} is before {earliest}")
        raise InvalidInput(field, words.format(date=parsed, earliest=EARLIEST_DATE))
    if parsed > today:
        words = translate("archive_values", "{date} is in the future")
        raise InvalidInput(field, words.format(date=parsed))
    return parsed


def moment(value: object, field: str, today: dt.date) -> None:
    """An ISO date-time (or None) whose day is in range, as :func:`in_range`."""
    if value is None:
        return
    when = dt.datetime.fromisoformat(str(value))
    in_range(when.date().isoformat(), field, today, required=True)


def text_of(values: dict[str, Any], key: str, field: str, limit: int) -> str:
    """The text at ``key`` cleaned as typed text (``clean_text``), or InvalidInput."""
    value = values.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidInput(field, translate("archive_values", "is not text"))
    return clean_text(value, field, limit=limit, required=False)
