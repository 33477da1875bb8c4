"""Setting up a team database on a PostgreSQL server, for the pharmacy's IT person (issue 13).

Every function takes the database owner's URL (``postgresql://OWNER@HOST:PORT/DB``) and runs
one transaction there; what each login may then see and change is enforced by the server
(``rxtracker.db.pg_security``).
"""

from __future__ import annotations

from rxtracker.db.pg_server import (
    LoginRow,
    check_login,
    create_login,
    drop_login,
    init_server,
    join_team,
    list_logins,
    person_for,
)
from rxtracker.db.postgres import owner_session
from rxtracker.domain import NotFound
from rxtracker.services.inputs import clean_text

__all__ = ["LoginRow", "add_user", "init", "remove_user", "users"]


def init(url: str) -> int:
    """Create the tables, roles, policies and grants, or bring them up to date (idempotent).

    Returns:
        The schema version the database is now at.
    """
    with owner_session(url) as session:
        return init_server(session.connection())


def add_user(url: str, login: str, password: str, *, role: str, person: str, team: str) -> LoginRow:
    """Create ``login`` for the person called ``person`` (made if new), on ``team``.

    Raises:
        InvalidInput: a bad login, role, password, person or team name, or the login exists.
    """
    name = clean_text(person, "person", limit=200, required=True)
    team_name = clean_text(team, "team", limit=200, required=True)
    with owner_session(url) as session:
        con = session.connection()
        create_login(con, login, password, role)
        person_id = person_for(session, name, role)
        join_team(con, login, person_id, team_name)
        return next(row for row in list_logins(con) if row.login == login)


def users(url: str) -> list[LoginRow]:
    """Every login of the team database: person, role and teams."""
    with owner_session(url) as session:
        return list_logins(session.connection())


def remove_user(url: str, login: str) -> None:
    """Remove ``login``; the person and every record stay.

    Raises:
        NotFound: there is no such login.
    """
    check_login(login)
    with owner_session(url) as session:
        if not drop_login(session.connection(), login):
            raise NotFound("login", login)
