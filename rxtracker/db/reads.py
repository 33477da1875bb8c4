"""Reads as SQL text that SQLite and PostgreSQL both run, through a session or ``sqlite3``.

One text per read: the app and the team database run it through a SQLAlchemy session
(:class:`SessionRows`), a command on the local file straight through ``sqlite3``
(``rxtracker.db.quick``), so both give the same rows and the plain rows the services build
from them are the same. Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
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


# ------------------------------------------------------------------ status (issue 24)
#
# What ``services.status`` reads: the chosen people, their credentials with past cycles and
# items, their activities as the engine's facts, the renewal steps and audits, and the
# custom credential types. Dates are bound as ISO text, which SQLite stores and PostgreSQL
# reads as a date.


@dataclass(frozen=True, slots=True)
class Chosen:
    """Which people a read is about: these ids (None: everybody), the active ones only."""

    ids: tuple[int, ...] | None = None
    active_only: bool = False

    def where(self) -> str:
        """The condition on ``person`` (the reads join it)."""
        parts = ["person.active"] if self.active_only else []
        if self.ids is not None:
            parts.append(f"person.id IN ({_marks('p', len(self.ids))})" if self.ids else "1 = 0")
        return " AND ".join(parts) or "1 = 1"

    def params(self) -> dict[str, object]:
        """The parameters of :meth:`where`."""
        return _numbered("p", self.ids or ())


def chosen_people_sql(columns: Sequence[str], chosen: Chosen) -> str:
    """The chosen people's ``columns``, by name (ignoring case), then id."""
    return (
        f"SELECT {', '.join(columns)} FROM person WHERE {chosen.where()} "
        "ORDER BY lower(person.name), person.id"
    )


def credentials_sql(columns: Sequence[str], chosen: Chosen) -> str:
    """The chosen people's credentials' ``columns``, by id."""
    wanted = ", ".join(f"credential.{column}" for column in columns)
    return (
        f"SELECT {wanted} FROM credential JOIN person ON person.id = credential.person_id "
        f"WHERE {chosen.where()} ORDER BY credential.id"
    )


def past_cycles_sql(chosen: Chosen) -> str:
    """(credential id, cycle start, expiration, renewal day) of their credentials' past cycles."""
    return (
        "SELECT credential_cycle.credential_id, credential_cycle.cycle_start, "
        "credential_cycle.expires_on, credential_cycle.renewed_on FROM credential_cycle "
        f"{_OF_CREDENTIAL.format(table='credential_cycle')} WHERE {chosen.where()} "
        "ORDER BY credential_cycle.credential_id, credential_cycle.expires_on, credential_cycle.id"
    )


def credential_items_sql(chosen: Chosen) -> str:
    """(credential id, requirement id, day done) of their credentials' non-hour items."""
    return (
        "SELECT credential_item.credential_id, credential_item.requirement_id, "
        f"credential_item.done_on FROM credential_item "
        f"{_OF_CREDENTIAL.format(table='credential_item')} WHERE {chosen.where()} "
        "ORDER BY credential_item.credential_id, credential_item.done_on, credential_item.id"
    )


def activity_facts_sql(
    columns: Sequence[str], chosen: Chosen, since: Mapping[int, dt.date] | None = None
) -> str:
    """(person id, ``columns``...) of their activities, oldest first; see :func:`dated_from`."""
    wanted = ", ".join(f"activity.{column}" for column in columns)
    return (
        f"SELECT activity.person_id, {wanted} FROM activity {_OF_PERSON} "
        f"WHERE {chosen.where()} AND {dated_from(since)} "
        "ORDER BY activity.completed_on, activity.id"
    )


def activity_tags_sql(chosen: Chosen, since: Mapping[int, dt.date] | None = None) -> str:
    """(activity id, tag) of the activities :func:`activity_facts_sql` reads."""
    return (
        "SELECT activity_tag.activity_id, activity_tag.tag FROM activity_tag "
        f"JOIN activity ON activity.id = activity_tag.activity_id {_OF_PERSON} "
        f"WHERE {chosen.where()} AND {dated_from(since)}"
    )


def activity_counts_sql(chosen: Chosen) -> str:
    """(person id, how many activities) of the chosen people who have any."""
    return (
        f"SELECT activity.person_id, count(*) FROM activity {_OF_PERSON} "
        f"WHERE {chosen.where()} GROUP BY activity.person_id"
    )


def dated_from(since: Mapping[int, dt.date] | None) -> str:
    """The coarse part of ``since`` (person id -> first day wanted), in SQL.

    Nothing older than its earliest day is read, except for people it does not list (the
    exact day of each person is the caller's to apply). Parameters: :func:`since_params`.
    """
    if not since:
        return "1 = 1"
    return (
        f"(activity.completed_on >= :since OR activity.person_id NOT IN "
        f"({_marks('s', len(since))}))"
    )


def since_params(since: Mapping[int, dt.date] | None) -> dict[str, object]:
    """The parameters of :func:`dated_from`."""
    if not since:
        return {}
    return {"since": min(since.values()).isoformat(), **_numbered("s", list(since))}


def renewal_steps_sql(count: int) -> str:
    """The application steps of ``count`` credentials (``:c0``...), oldest first.

    Columns: credential id, step, day, the renewed cycle's expiration, reasons, fee, the
    new expiration. Confirmations of the checklist are not steps.
    """
    return (
        "SELECT credential_id, step, happened_on, cycle_expires_on, reasons, fee, "
        f"new_expires_on FROM renewal_event WHERE credential_id IN ({_marks('c', count)}) "
        "AND step <> 'confirmed' ORDER BY happened_on, id"
    )


def audits_sql(count: int) -> str:
    """The audits of ``count`` credentials (``:c0``...), by credential and id.

    Columns: credential id, id, notice day, due day, day sent, outcome, day of the outcome.
    """
    return (
        "SELECT credential_id, id, noticed_on, due_on, submitted_on, outcome, outcome_on "
        f"FROM credential_audit WHERE credential_id IN ({_marks('c', count)}) "
        "ORDER BY credential_id, id"
    )


def credential_params(ids: Sequence[int]) -> dict[str, object]:
    """The parameters of :func:`renewal_steps_sql` and :func:`audits_sql`."""
    return _numbered("c", ids)


def experience_sql() -> str:
    """(role, start, end, hours a week, areas) of a person's (``:person_id``) work periods."""
    return (
        "SELECT role, start_on, end_on, hours_per_week, areas FROM work_experience "
        "WHERE person_id = :person_id ORDER BY id"
    )


#: (id, definition as JSON) of every custom credential type (in the table's order).
CUSTOM_TYPES_SQL = "SELECT id, definition FROM custom_credential_type"

_OF_PERSON = "JOIN person ON person.id = activity.person_id"
_OF_CREDENTIAL = (
    "JOIN credential ON credential.id = {table}.credential_id "
    "JOIN person ON person.id = credential.person_id"
)


def _marks(prefix: str, count: int) -> str:
    return ", ".join(f":{prefix}{n}" for n in range(count))


def _numbered(prefix: str, values: Sequence[object] | Collection[object]) -> dict[str, object]:
    return {f"{prefix}{n}": value for n, value in enumerate(values)}
