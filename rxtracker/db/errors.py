"""Why the database file cannot be used (importable without SQLAlchemy)."""

from __future__ import annotations

from rxtracker.domain import RxError


class DatabaseError(RxError):
    """The database file cannot be used; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):  # noqa: N818
    """The file was written by a newer rxtracker; it is left untouched."""


class NotADatabase(DatabaseError):  # noqa: N818
    """The file is damaged or is not an rxtracker database; it is left untouched."""
