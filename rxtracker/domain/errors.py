"""Errors shared by every layer."""

import re

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: The field names people read in a message ("date: ..."), translated where shown; a field
#: not listed here (a file name, an option) is shown as it is.
FIELD_LABELS = frozenset(
    {
        QT_TRANSLATE_NOOP("errors", "activities"),
        QT_TRANSLATE_NOOP("errors", "activity"),
        QT_TRANSLATE_NOOP("errors", "archive"),
        QT_TRANSLATE_NOOP("errors", "audit"),
        QT_TRANSLATE_NOOP("errors", "audit due on"),
        QT_TRANSLATE_NOOP("errors", "audit outcome"),
        QT_TRANSLATE_NOOP("errors", "backup"),
        QT_TRANSLATE_NOOP("errors", "certificate"),
        QT_TRANSLATE_NOOP("errors", "certificate file name"),
        QT_TRANSLATE_NOOP("errors", "certificate size"),
        QT_TRANSLATE_NOOP("errors", "Contact hours"),
        QT_TRANSLATE_NOOP("errors", "credential"),
        QT_TRANSLATE_NOOP("errors", "credential type"),
        QT_TRANSLATE_NOOP("errors", "cycle"),
        QT_TRANSLATE_NOOP("errors", "cycle months"),
        QT_TRANSLATE_NOOP("errors", "data folder"),
        QT_TRANSLATE_NOOP("errors", "date"),
        QT_TRANSLATE_NOOP("errors", "date completed"),
        QT_TRANSLATE_NOOP("errors", "days"),
        QT_TRANSLATE_NOOP("errors", "due"),
        QT_TRANSLATE_NOOP("errors", "email"),
        QT_TRANSLATE_NOOP("errors", "end"),
        QT_TRANSLATE_NOOP("errors", "fee"),
        QT_TRANSLATE_NOOP("errors", "file"),
        QT_TRANSLATE_NOOP("errors", "hours"),
        QT_TRANSLATE_NOOP("errors", "issuer"),
        QT_TRANSLATE_NOOP("errors", "name"),
        QT_TRANSLATE_NOOP("errors", "note"),
        QT_TRANSLATE_NOOP("errors", "notes"),
        QT_TRANSLATE_NOOP("errors", "number"),
        QT_TRANSLATE_NOOP("errors", "password"),
        QT_TRANSLATE_NOOP("errors", "people"),
        QT_TRANSLATE_NOOP("errors", "person"),
        QT_TRANSLATE_NOOP("errors", "provider"),
        QT_TRANSLATE_NOOP("errors", "reason"),
        QT_TRANSLATE_NOOP("errors", "record"),
        QT_TRANSLATE_NOOP("errors", "renewed on"),
        QT_TRANSLATE_NOOP("errors", "requirement"),
        QT_TRANSLATE_NOOP("errors", "role"),
        QT_TRANSLATE_NOOP("errors", "start"),
        QT_TRANSLATE_NOOP("errors", "summary"),
        QT_TRANSLATE_NOOP("errors", "tag"),
        QT_TRANSLATE_NOOP("errors", "team"),
        QT_TRANSLATE_NOOP("errors", "title"),
        QT_TRANSLATE_NOOP("errors", "years"),
        QT_TRANSLATE_NOOP("errors", "type"),
        QT_TRANSLATE_NOOP("errors", "total hours"),
        QT_TRANSLATE_NOOP("errors", "areas"),
        QT_TRANSLATE_NOOP("errors", "cycle start"),
        QT_TRANSLATE_NOOP("errors", "expires"),
        QT_TRANSLATE_NOOP("errors", "home state"),
        QT_TRANSLATE_NOOP("errors", "hours per week"),
        QT_TRANSLATE_NOOP("errors", "issued"),
        QT_TRANSLATE_NOOP("errors", "login"),
        QT_TRANSLATE_NOOP("errors", "new cycle start"),
        QT_TRANSLATE_NOOP("errors", "new expiration date"),
        QT_TRANSLATE_NOOP("errors", "on"),
        QT_TRANSLATE_NOOP("errors", "outcome"),
        QT_TRANSLATE_NOOP("errors", "state"),
        QT_TRANSLATE_NOOP("errors", "status notes"),
        QT_TRANSLATE_NOOP("errors", "step"),
        QT_TRANSLATE_NOOP("errors", "PTCB number"),
        QT_TRANSLATE_NOOP("errors", "NHA number"),
        QT_TRANSLATE_NOOP("errors", "recognized program"),
        QT_TRANSLATE_NOOP("errors", "setting"),
        QT_TRANSLATE_NOOP("errors", "expiration"),
        QT_TRANSLATE_NOOP("errors", "host"),
        QT_TRANSLATE_NOOP("errors", "database"),
        QT_TRANSLATE_NOOP("errors", "port"),
        QT_TRANSLATE_NOOP("errors", "by"),
        QT_TRANSLATE_NOOP("errors", "confirm"),
    }
)


#: Fields of a numbered row ("minimum 2" of a custom type), by their name with ``{n}``.
NUMBERED_LABELS = frozenset(
    {
        QT_TRANSLATE_NOOP("errors", "minimum {n}"),
        QT_TRANSLATE_NOOP("errors", "minimum {n} label"),
        QT_TRANSLATE_NOOP("errors", "item {n}"),
    }
)
_NUMBER = re.compile(r"(?<= )\d+(?= |$)")


def field_label(field: str) -> str:
    """The words a person reads for a field id ("date" -> "fecha"); other fields unchanged."""
    if field in FIELD_LABELS:
        return translate("errors", field)
    number = _NUMBER.search(field)
    if number is not None:
        numbered = f"{field[: number.start()]}{{n}}{field[number.end() :]}"
        if numbered in NUMBERED_LABELS:
            return translate("errors", numbered).format(n=number.group())
    return field


class RxError(Exception):
    """Base class of every error rxtracker reports to its user."""


class InvalidInput(RxError):  # noqa: N818 - reads better at call sites than InvalidInputError
    """Input that breaks a rule; names the field and the problem.

    Args:
        field: the user-facing name of the field ("hours", "date", "UAN"), in English: code
            matches it; ``label`` is the words shown in the interface language.
        problem: what is wrong, in words a technician understands.
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{self.label}: {problem}")

    @property
    def label(self) -> str:
        """The field's name as a person reads it, in the interface language."""
        return field_label(self.field)

    @property
    def sentence(self) -> str:
        """The message as a form shows it, the field's name first: "Home state: ..."."""
        label = self.label
        return f"{label[:1].upper()}{label[1:]}: {self.problem}"


class AlreadyRecorded(InvalidInput):
    """The same person, credential or course is already recorded; nothing was written.

    The CLI refuses it (exit 2) unless told it is meant; the window asks, then tries again
    with the same permission.

    Args:
        field: the user-facing name of the field ("name", "credential", "activity").
        problem: which record is already there, with its id.
        existing_id: that record's id.
    """

    def __init__(self, field: str, problem: str, existing_id: int) -> None:
        self.existing_id = existing_id
        super().__init__(field, problem)


#: Each kind of record a ``NotFound`` names, with its whole message (``{key}``: the id or name
#: the user gave, as Python writes it: 5, 'Ana').
NOT_FOUND = {
    "person": QT_TRANSLATE_NOOP("errors", "person: no person {key}"),
    "credential": QT_TRANSLATE_NOOP("errors", "credential: no credential {key}"),
    "activity": QT_TRANSLATE_NOOP("errors", "activity: no activity {key}"),
    "work experience": QT_TRANSLATE_NOOP("errors", "work experience: no work experience {key}"),
    "custom type": QT_TRANSLATE_NOOP("errors", "custom type: no custom type {key}"),
    "certificate": QT_TRANSLATE_NOOP("errors", "certificate: no certificate {key}"),
    "login": QT_TRANSLATE_NOOP("errors", "login: no login {key}"),
}


class NotFound(RxError):  # noqa: N818
    """A record the user named does not exist.

    Args:
        what: the kind of record, one of ``NOT_FOUND`` ("person", "work experience").
        key: the id or name the user gave.
    """

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        words = NOT_FOUND.get(what)
        if words is None:  # a kind not listed (tests/i18n/test_not_found.py lists the code's)
            super().__init__(f"{what}: no {what} {key!r}")
        else:
            super().__init__(translate("errors", words).format(key=repr(key)))


class StorageError(RxError):
    """The disk refused a write or a read (full, read-only, locked, damaged).

    The message says what happened, that nothing was saved, and what the user can do.
    """


class ChangedMeanwhile(RxError):  # noqa: N818
    """Somebody saved the record after the user opened it; this save was refused whole.

    The message names who and when ("changed by bob at 2026-12-07 03:12 UTC since you opened
    it; reopen to see it"), so the user can reopen the record and make their change again.
    """
