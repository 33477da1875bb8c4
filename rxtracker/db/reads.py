"""Reads as SQL text that SQLite and PostgreSQL both run, through a session or ``sqlite3``.

One text per read: the app and the team database run it through a SQLAlchemy session
(:class:`SessionRows`), a command on the local file straight through ``sqlite3``
(``rxtracker.db.quick``), so both give the same rows and the plain rows the services build
from them are the same. Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, Protocol

TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: A read's parameters, by name (``:name`` in its text).
Params = Mapping[str, object]


class Rows(Protocol):
    """Something that runs a read's text: a session's connection or a ``sqlite3`` one."""

    def all(self, sql: str, params: Params) -> Sequence[Sequence[Any]]:
        """Every row of ``sql`` run with ``params``, as the driver gives its values."""
        ...


class SessionRows:
    """A read's text run in an open SQLAlchemy session (values as the driver gives them)."""

    def __init__(self, session: Session) -> None:
        """Run reads in ``session``."""
        self.session = session

    def all(self, sql: str, params: Params) -> Sequence[Sequence[Any]]:
        """Every row of ``sql`` run with ``params``."""
        from sqlalchemy import text  # loaded already: a session exists

        return self.session.execute(text(sql), params).all()


def people_sql(columns: Sequence[str]) -> str:
    """Every person's ``columns``, by id."""
    return f"SELECT {', '.join(columns)} FROM person ORDER BY id"


def activities_sql(columns: Sequence[str], ids: Collection[int] | None = None) -> str:
    """A person's activities' ``columns`` and their checker's name, newest first.

    Parameters: ``person_id``, and ``id0``, ``id1``... for ``ids`` (see :func:`id_params`).
    """
    wanted = ", ".join(f"activity.{column}" for column in columns)
    return (
        f"SELECT {wanted}, checker.name FROM activity "
        "LEFT OUTER JOIN person AS checker ON checker.id = activity.verified_by_id "
        f"WHERE {_of_person(ids)} ORDER BY activity.completed_on DESC, activity.id DESC"
    )


def tags_sql(ids: Collection[int] | None = None) -> str:
    """(activity id, tag) of a person's activities, by activity and tag."""
    return (
        "SELECT activity_tag.activity_id, activity_tag.tag FROM activity_tag "
        f"JOIN activity ON activity.id = activity_tag.activity_id WHERE {_of_person(ids)} "
        "ORDER BY activity_tag.activity_id, activity_tag.tag"
    )


def attachments_sql(columns: Sequence[str], ids: Collection[int] | None = None) -> str:
    """The ``columns`` of a person's activities' certificates, by activity and id."""
    wanted = ", ".join(f"attachment.{column}" for column in columns)
    return (
        f"SELECT {wanted} FROM attachment "
        f"JOIN activity ON activity.id = attachment.activity_id WHERE {_of_person(ids)} "
        "ORDER BY attachment.activity_id, attachment.id"
    )


def id_params(person_id: int, ids: Collection[int] | None = None) -> dict[str, object]:
    """The parameters of the activity reads above: the person, and each id wanted."""
    return {"person_id": person_id, **{f"id{n}": i for n, i in enumerate(ids or ())}}


def _of_person(ids: Collection[int] | None) -> str:
    """The person's rows; given ids, found by id (``+ 0``: not a scan of the person's index)."""
    if ids is None:
        return "activity.person_id = :person_id"
    wanted = ", ".join(f":id{n}" for n in range(len(ids)))
    return f"activity.person_id + 0 = :person_id AND activity.id IN ({wanted})"
