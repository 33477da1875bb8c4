"""What every backend offers the services: the local SQLite file or a team database."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy.orm import Session

from rxtracker.db.history import Actor


class Store(Protocol):
    """An opened database: one session per user action, and who is acting."""

    #: Who the change history names for the writes that follow.
    actor: Actor
    #: What the user should be told about opening (a local side file set aside).
    notices: list[str]

    def write(self) -> AbstractContextManager[Session]:
        """A session for one user action that writes; commits on success, else rolls back."""
        ...

    def read(self) -> AbstractContextManager[Session]:
        """A read-only session for one query."""
        ...

    def schema_version(self) -> int:
        """The database's schema version."""
        ...

    def close(self) -> None:
        """Release every connection."""
        ...
