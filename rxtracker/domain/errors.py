"""Errors shared by every layer."""


class RxError(Exception):
    """Base class of every error rxtracker reports to its user."""


class InvalidInput(RxError):  # noqa: N818 - reads better at call sites than InvalidInputError
    """Input that breaks a rule; names the field and the problem.

    Args:
        field: the user-facing name of the field ("hours", "date", "UAN").
        problem: what is wrong, in words a technician understands.
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


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


class NotFound(RxError):  # noqa: N818
    """A record the user named does not exist."""

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        super().__init__(f"{what}: no {what} {key!r}")


class StorageError(RxError):
    """The disk refused a write or a read (full, read-only, locked, damaged).

    The message says what happened, that nothing was saved, and what the user can do.
    """


class ChangedMeanwhile(RxError):  # noqa: N818
    """Somebody saved the record after the user opened it; this save was refused whole.

    The message names who and when ("changed by bob at 2026-12-07 03:12 UTC since you opened
    it; reopen to see it"), so the user can reopen the record and make their change again.
    """
