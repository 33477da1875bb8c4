"""Setting up a team database and its logins, as the database's owner (issue 13).

Run by ``rxtracker server ...`` with the owner's URL: the owner makes the tables, the
roles and the policies, and creates one login per person. A password is never sent to the
server in clear: libpq turns it into a SCRAM-SHA-256 verifier on this computer first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from rxtracker.db.database import DatabaseTooNew
from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.db.models import Person
from rxtracker.db.pg_security import APP_LOGIN, ROLES, TEAM, TEAM_MEMBER, secure
from rxtracker.db.postgres import create_schema, stored_version, upgrade_schema
from rxtracker.domain import InvalidInput
from rxtracker.i18n import translate

_LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True, slots=True)
class LoginRow:
    """One login of a team database: whose it is, their role and their teams."""

    login: str
    person: str
    role: str
    teams: tuple[str, ...]


def init_server(con: Connection) -> int:
    """Create the tables (an empty database) and (re)apply roles, policies and grants.

    Returns:
        The schema version the database is at.

    Raises:
        DatabaseTooNew: the database was set up by a newer rxtracker.
    """
    version = stored_version(con)
    if version > SCHEMA_VERSION:
        problem = translate(
            "pg_server",
            "this database was set up by a newer rxtracker (schema {version}; this version "
            "knows up to {known}); nothing was changed",
        )
        raise DatabaseTooNew(problem.format(version=version, known=SCHEMA_VERSION))
    if version == 0:
        create_schema(con)
    elif version < SCHEMA_VERSION:
        upgrade_schema(con, version)
    secure(con)
    return SCHEMA_VERSION


def check_login(login: str) -> str:
    """``login`` if it can be a PostgreSQL login name as typed (lower case, no quoting).

    Raises:
        InvalidInput: field "login".
    """
    if not _LOGIN.fullmatch(login):
        raise InvalidInput(
            "login",
            translate(
                "pg_server",
                "use 1 to 63 lower-case letters, digits and underscores, not starting with a digit",
            ),
        )
    return login


def _quoted(con: Connection, name: str) -> str:
    return con.dialect.identifier_preparer.quote(name)


def _login_exists(con: Connection, login: str) -> bool:
    found = con.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": login})
    return found.first() is not None


def create_login(con: Connection, login: str, password: str, role: str) -> None:
    """A new login with ``password``, member of ``role``'s group role.

    Raises:
        InvalidInput: the login exists already, the role is unknown, or the password is empty.
    """
    if role not in ROLES:
        problem = translate("pg_server", "one of {roles}")
        raise InvalidInput("role", problem.format(roles=", ".join(ROLES)))
    if not password:
        raise InvalidInput("password", translate("pg_server", "is empty"))
    if _login_exists(con, check_login(login)):
        problem = translate("pg_server", "{login} exists already on this server")
        raise InvalidInput("login", problem.format(login=login))
    raw = con.connection.driver_connection
    assert raw is not None
    verifier = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    literal = "'" + verifier.decode().replace("'", "''") + "'"
    con.exec_driver_sql(f"CREATE ROLE {_quoted(con, login)} LOGIN PASSWORD {literal}")
    con.exec_driver_sql(f"GRANT {ROLES[role]} TO {_quoted(con, login)}")


def person_for(session: Session, name: str, role: str) -> int:
    """The id of the person called ``name`` (case-insensitive), made if there is none."""
    found = session.scalars(
        select(Person.id).where(func.lower(Person.name) == name.strip().lower()).order_by(Person.id)
    ).first()
    if found is not None:
        return found
    person = Person(name=name.strip(), role="technician" if role == "technician" else "supervisor")
    session.add(person)
    session.flush()
    return person.id


def join_team(con: Connection, login: str, person_id: int, team: str) -> None:
    """Record that ``login`` is ``person_id``'s, and put that person on ``team``."""
    team_id = con.execute(select(TEAM.c.id).where(TEAM.c.name == team)).scalar()
    if team_id is None:
        team_id = con.execute(insert(TEAM).values(name=team).returning(TEAM.c.id)).scalar_one()
    member = select(TEAM_MEMBER).where(
        TEAM_MEMBER.c.team_id == team_id, TEAM_MEMBER.c.person_id == person_id
    )
    if con.execute(member).first() is None:
        con.execute(insert(TEAM_MEMBER).values(team_id=team_id, person_id=person_id))
    con.execute(insert(APP_LOGIN).values(login=login, person_id=person_id))


def drop_login(con: Connection, login: str) -> bool:
    """Remove ``login`` (the person and every record stay). False when there was none."""
    con.execute(delete(APP_LOGIN).where(APP_LOGIN.c.login == login))
    if not _login_exists(con, check_login(login)):
        return False
    con.exec_driver_sql(f"DROP ROLE {_quoted(con, login)}")
    return True


def list_logins(con: Connection) -> list[LoginRow]:
    """Every login of this database, by login name."""
    groups = {group: role for role, group in ROLES.items()}
    query = """
        SELECT l.login, p.name, g.rolname,
               coalesce(array_agg(t.name ORDER BY t.name) FILTER (WHERE t.name IS NOT NULL),
                        '{}')
        FROM app_login l
        JOIN person p ON p.id = l.person_id
        JOIN pg_roles r ON r.rolname = l.login
        JOIN pg_auth_members m ON m.member = r.oid
        JOIN pg_roles g ON g.oid = m.roleid AND starts_with(g.rolname, 'rxtracker_')
        LEFT JOIN team_member tm ON tm.person_id = l.person_id
        LEFT JOIN team t ON t.id = tm.team_id
        GROUP BY l.login, p.name, g.rolname
        ORDER BY l.login
    """
    return [
        LoginRow(login, person, groups.get(group, group), tuple(teams))
        for login, person, group, teams in con.exec_driver_sql(query)
    ]
