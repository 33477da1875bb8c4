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
