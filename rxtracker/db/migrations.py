"""Numbered schema upgrades on ``PRAGMA user_version``.

``STEPS[n]`` upgrades a database at version ``n`` to ``n + 1``. Version 0 is an empty file:
a new database is created from the ORM metadata at the head version instead of replaying steps.
All pending steps run inside one transaction, after a copy of the file has been taken.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

Step = Callable[[Connection], None]


def _noop(_: Connection) -> None:
    """Version 0 -> 1 never runs: new databases are created at head."""


STEPS: dict[int, Step] = {0: _noop}

#: The schema version this rxtracker writes.
SCHEMA_VERSION = 1


def pending(from_version: int) -> list[tuple[int, Step]]:
    """The steps that bring ``from_version`` to ``SCHEMA_VERSION``, in order."""
    return [(v, STEPS[v]) for v in range(from_version, SCHEMA_VERSION)]
