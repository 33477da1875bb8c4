"""Who may do what on a team database, tried through the back door: raw SQL as each login.

Ana and Bo are technicians on two teams; Cy supervises Ana's team (North), Dee Bo's (South);
Ed is the admin. Every table holding a person's records gets one row of each person, written
by the owner; then each login reads, updates, deletes and inserts with psql-like SQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors

from rxtracker.services import team_server
from tests.pg_server import PgDatabases, PgServer

PASSWORD = "correct horse battery"
LOGINS = {  # login: (role, person, team)
    "sec_ana": ("technician", "Ana Ruiz", "North"),
    "sec_bo": ("technician", "Bo Lee", "South"),
    "sec_cy": ("supervisor", "Cy Moss", "North"),
    "sec_dee": ("supervisor", "Dee Park", "South"),
    "sec_ed": ("admin", "Ed Stone", "North"),
}

#: table -> SQL giving the person each row belongs to.
OWNER_OF = {
    "person": "id",
    "credential": "person_id",
    "work_experience": "person_id",
    "import_batch": "person_id",
    "activity": "person_id",
    "credential_cycle": "(SELECT person_id FROM credential c WHERE c.id = credential_id)",
    "credential_item": "(SELECT person_id FROM credential c WHERE c.id = credential_id)",
    "activity_tag": "(SELECT person_id FROM activity a WHERE a.id = activity_id)",
    "attachment": "(SELECT person_id FROM activity a WHERE a.id = activity_id)",
    "team_member": "person_id",
    "app_login": "person_id",
}


def _records(con: psycopg.Connection[Any], person: int) -> None:
    """One row in every table for ``person`` (ids: credential and activity = person * 10)."""
    c, a = person * 10, person * 10
    for statement in (
        f"INSERT INTO credential (id, person_id, type_id, status_notes, initial_cycle, "
        f"expires_on) VALUES ({c}, {person}, 'ptcb-cpht', '', false, '2027-03-31')",
        f"INSERT INTO credential_cycle (credential_id, expires_on, renewed_on, notes) "
        f"VALUES ({c}, '2025-03-31', '2025-03-01', '')",
        f"INSERT INTO credential_item (credential_id, requirement_id, done_on, note) "
        f"VALUES ({c}, 'x', '2025-03-01', '')",
        f"INSERT INTO work_experience (person_id, role, setting, areas, start_on, "
        f"hours_per_week, notes) VALUES ({person}, 'tech', '', '', '2020-01-01', 40, '')",
        f"INSERT INTO import_batch (person_id, kind, file_name, sha256, imported_at, added, "
        f"merged, skipped, rejected) VALUES ({person}, 'csv', 'f.csv', 'ab', now(), 0, 0, 0, 0)",
        f"INSERT INTO activity (id, person_id, title, provider, completed_on, "
        f"hours_hundredths, category, source, notes, verification, verification_note, "
        f"archive_report) VALUES ({a}, {person}, 'Law', '', '2026-01-05', 150, 'acpe', "
        f"'manual', '', 'unverified', '', '')",
        f"INSERT INTO activity_tag VALUES ({a}, 'law')",
        f"INSERT INTO attachment (activity_id, stored_name, original_name, media_type, sha256, "
        f"size_bytes) VALUES ({a}, 'x.pdf', 'c.pdf', 'application/pdf', 'ab', 3)",
        f"INSERT INTO change_history (changed_at, app_user, entity, entity_id, action, changes) "
        f"VALUES (now(), 'owner', 'activity', {a}, 'create', '{{}}')",
    ):
        con.execute(statement.encode())


@pytest.fixture(scope="module")
def team(pg_databases: PgDatabases, pg_server: PgServer) -> Iterator[dict[str, int]]:
    """The team database, set up by its owner; login -> person id."""
    owner = pg_databases.create("security_test")
    team_server.init(owner)
    people = {}
    for login, (role, person, team_name) in LOGINS.items():
        row = team_server.add_user(owner, login, PASSWORD, role=role, person=person, team=team_name)
        assert (row.role, row.teams) == (role, (team_name,))
    with psycopg.connect(owner, autocommit=True) as con:
        for login in LOGINS:
            [(pid,)] = con.execute(
                "SELECT person_id FROM app_login WHERE login = %s", (login,)
            ).fetchall()
            people[login] = pid
            _records(con, pid)
        for table in ("credential", "activity"):
            con.execute(f"SELECT setval('{table}_id_seq', 1000)".encode())
    yield people


def _as(pg_server: PgServer, login: str) -> psycopg.Connection[Any]:
    url = pg_server.url("security_test", login)
    return psycopg.connect(url, password=PASSWORD, autocommit=True)


def _owners(con: psycopg.Connection[Any], table: str) -> set[int]:
    rows = con.execute(f"SELECT {OWNER_OF[table]} FROM {table}".encode()).fetchall()
    return {r[0] for r in rows}


def _visible(pg_server: PgServer, login: str, people: dict[str, int]) -> dict[str, set[int]]:
    with _as(pg_server, login) as con:
        return {table: _owners(con, table) for table in OWNER_OF}


def test_a_technician_sees_only_their_own_rows_in_every_table(
    team: dict[str, int], pg_server: PgServer
) -> None:
    for login in ("sec_ana", "sec_bo"):
        seen = _visible(pg_server, login, team)
        assert seen == {table: {team[login]} for table in OWNER_OF}, login
        with _as(pg_server, login) as con:
            history = con.execute("SELECT entity, entity_id FROM change_history").fetchall()
        # Their person's creation (by server add-user) and their course's.
        assert set(history) == {("person", team[login]), ("activity", team[login] * 10)}


def test_a_supervisor_sees_exactly_their_team(team: dict[str, int], pg_server: PgServer) -> None:
    north = {team["sec_ana"], team["sec_cy"], team["sec_ed"]}
    assert _visible(pg_server, "sec_cy", team) == dict.fromkeys(OWNER_OF, north)
    south = {team["sec_bo"], team["sec_dee"]}
    assert _visible(pg_server, "sec_dee", team) == dict.fromkeys(OWNER_OF, south)


def test_the_admin_reads_everyone(team: dict[str, int], pg_server: PgServer) -> None:
    everyone = set(team.values())
    assert _visible(pg_server, "sec_ed", team) == dict.fromkeys(OWNER_OF, everyone)


@pytest.mark.parametrize("login", list(LOGINS))
@pytest.mark.parametrize("table", [t for t in OWNER_OF if t not in ("team_member", "app_login")])
def test_nobody_changes_or_erases_another_persons_records(
    team: dict[str, int], pg_server: PgServer, login: str, table: str
) -> None:
    victim = team["sec_bo"] if login != "sec_bo" else team["sec_ana"]
    theirs = f"{OWNER_OF[table]} = {victim}"
    statements = [f"DELETE FROM {table} WHERE {theirs}"]
    if (table, login) != ("person", "sec_ed"):  # the admin manages people (never deletes)
        statements.append(f"UPDATE {table} SET {_some_column(table)} WHERE {theirs}")
    with _as(pg_server, login) as con:
        for statement in statements:
            try:
                changed = con.execute(statement.encode()).rowcount
            except (errors.InsufficientPrivilege, errors.RaiseException):
                changed = 0
            assert changed == 0, statement
    with psycopg.connect(pg_server.admin("security_test")) as con:
        assert victim in _owners(con, table)


def _some_column(table: str) -> str:
    return {
        "person": "notes = 'hacked'",
        "activity": "title = 'hacked'",
        "activity_tag": "tag = 'hacked'",
        "attachment": "original_name = 'hacked'",
        "credential_cycle": "notes = 'hacked'",
        "credential_item": "note = 'hacked'",
        "credential": "status_notes = 'hacked'",
        "work_experience": "notes = 'hacked'",
        "import_batch": "file_name = 'hacked'",
    }[table]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO credential (person_id, type_id, status_notes, initial_cycle) "
        "VALUES ({bo}, 'ptcb-cpht', '', false)",
        "INSERT INTO work_experience (person_id, role, setting, areas, start_on, "
        "hours_per_week, notes) VALUES ({bo}, 'x', '', '', '2020-01-01', 40, '')",
        "INSERT INTO activity (person_id, title, provider, completed_on, hours_hundredths, "
        "category, source, notes) VALUES ({bo}, 'Fake', '', '2026-01-05', 100, 'acpe', "
        "'manual', '')",
        "INSERT INTO activity_tag VALUES ({bo}0, 'fake')",
        "INSERT INTO attachment (activity_id, stored_name, original_name, media_type, sha256, "
        "size_bytes) VALUES ({bo}0, 'y', 'y', 'application/pdf', 'cd', 1)",
        "INSERT INTO credential_item (credential_id, requirement_id, done_on, note) "
        "VALUES ({bo}0, 'x', '2025-03-01', '')",
        "INSERT INTO credential_cycle (credential_id, expires_on, renewed_on, notes) "
        "VALUES ({bo}0, '2025-03-31', '2025-03-01', '')",
        "INSERT INTO import_batch (person_id, kind, file_name, sha256, imported_at, added, "
        "merged, skipped, rejected) VALUES ({bo}, 'csv', 'f', 'ab', now(), 0, 0, 0, 0)",
        "INSERT INTO person (name, role, notes, active) VALUES ('Fake', 'technician', '', true)",
        "INSERT INTO team_member VALUES (1, {ana})",
        "INSERT INTO app_login VALUES ('sec_x', {bo})",
    ],
)
@pytest.mark.parametrize("login", ["sec_ana", "sec_cy"])
def test_nobody_but_the_admin_inserts_rows_for_another_person(
    team: dict[str, int], pg_server: PgServer, login: str, statement: str
) -> None:
    sql = statement.format(bo=team["sec_bo"], ana=team["sec_ana"])
    with _as(pg_server, login) as con, pytest.raises(errors.InsufficientPrivilege):
        con.execute(sql.encode())


def test_the_history_is_append_only_for_everybody_and_names_the_login(
    team: dict[str, int], pg_server: PgServer
) -> None:
    for login in LOGINS:
        with _as(pg_server, login) as con:
            for statement in (
                "UPDATE change_history SET app_user = 'someone'",
                "DELETE FROM change_history",
                "TRUNCATE change_history",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    con.execute(statement)
            con.execute(
                "INSERT INTO change_history (changed_at, app_user, entity, entity_id, action, "
                "changes) VALUES (now(), 'somebody else', 'person', %s, 'update', '{}') ",
                (team[login],),
            )
    with psycopg.connect(pg_server.admin("security_test"), autocommit=True) as con:
        for statement in ("UPDATE change_history SET app_user = 'x'", "DELETE FROM change_history"):
            with pytest.raises(errors.InsufficientPrivilege):  # the owner neither
                con.execute(statement)
        written = con.execute(
            "SELECT app_user FROM change_history WHERE action = 'update' ORDER BY id"
        ).fetchall()
    assert written == [(login,) for login in LOGINS]


def test_a_supervisor_records_checks_under_their_login_and_changes_nothing_else(
    team: dict[str, int], pg_server: PgServer
) -> None:
    ana_course = team["sec_ana"] * 10
    with _as(pg_server, "sec_cy") as con:
        changed = con.execute(
            "UPDATE activity SET verification = 'verified', verified_by_user = 'Ana Ruiz', "
            "verified_by_id = %s, verified_at = now() WHERE id = %s",
            (team["sec_ana"], ana_course),
        ).rowcount
        assert changed == 1
        with pytest.raises(errors.InsufficientPrivilege, match="changes nothing else"):
            con.execute("UPDATE activity SET hours_hundredths = 1 WHERE id = %s", (ana_course,))
        bo_course = team["sec_bo"] * 10  # not on Cy's team: not even seen
        assert (
            con.execute(
                "UPDATE activity SET verification = 'verified' WHERE id = %s", (bo_course,)
            ).rowcount
            == 0
        )
        ana = team["sec_ana"]  # on Cy's team: read, never changed nor erased
        for statement in (
            "UPDATE credential SET status_notes = 'x' WHERE person_id = %s",
            "DELETE FROM activity WHERE person_id = %s",
            "DELETE FROM work_experience WHERE person_id = %s",
        ):
            assert con.execute(statement, (ana,)).rowcount == 0
        mine = team["sec_cy"] * 10
        with pytest.raises(errors.InsufficientPrivilege, match="their own activity"):
            con.execute("UPDATE activity SET verification = 'verified' WHERE id = %s", (mine,))
    with psycopg.connect(pg_server.admin("security_test")) as con:
        row = con.execute(
            "SELECT verification, verified_by_user, verified_by_id FROM activity WHERE id = %s",
            (ana_course,),
        ).fetchone()
    assert row == ("verified", "sec_cy", team["sec_cy"])


def test_nobody_verifies_their_own_activity(team: dict[str, int], pg_server: PgServer) -> None:
    with _as(pg_server, "sec_bo") as con:
        mine = team["sec_bo"] * 10
        with pytest.raises(errors.InsufficientPrivilege, match="their own activity"):
            con.execute("UPDATE activity SET verification = 'verified' WHERE id = %s", (mine,))
        with pytest.raises(errors.InsufficientPrivilege, match="their own activity"):
            con.execute(
                "INSERT INTO activity (person_id, title, provider, completed_on, "
                "hours_hundredths, category, source, notes, verification) VALUES "
                "(%s, 'Self-checked', '', '2026-01-05', 100, 'acpe', 'manual', '', 'verified')",
                (team["sec_bo"],),
            )


def test_the_admin_manages_people_but_never_deletes_one(
    team: dict[str, int], pg_server: PgServer
) -> None:
    with _as(pg_server, "sec_ed") as con:
        con.execute(
            "INSERT INTO person (name, role, notes, active) VALUES ('New', 'technician', '', true)"
        )
        assert con.execute("UPDATE person SET active = false WHERE name = 'New'").rowcount == 1
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("DELETE FROM person WHERE name = 'New'")


def test_the_policy_helpers_name_no_owner_of_a_row_the_caller_may_not_read(
    team: dict[str, int], pg_server: PgServer
) -> None:
    ask = "SELECT rxtracker_credential_person(%s), rxtracker_activity_person(%s)"
    ana, bo = team["sec_ana"], team["sec_bo"]
    expected = {  # login: {whose ids asked: the answer}
        "sec_ana": {ana: ana, bo: None},
        "sec_bo": {ana: None, bo: bo},
        "sec_cy": {ana: ana, bo: None},  # supervises North (Ana), not South
        "sec_dee": {ana: None, bo: bo},
        "sec_ed": {ana: ana, bo: bo},  # the admin reads everyone
    }
    for login, answers in expected.items():
        with _as(pg_server, login) as con:
            for person, owner in answers.items():
                ids = (person * 10, person * 10)
                assert con.execute(ask, ids).fetchone() == (owner, owner), (login, person)


def _certificate(person: int) -> tuple[str, bytes]:
    content = f"%PDF-1.4 certificate of person {person}".encode()
    return hashlib.sha256(content).hexdigest(), content


def test_certificate_bytes_are_read_only_by_who_may_read_the_record(
    team: dict[str, int], pg_server: PgServer
) -> None:
    with psycopg.connect(pg_server.admin("security_test"), autocommit=True) as con:
        for person in team.values():
            digest, content = _certificate(person)
            con.execute(
                "INSERT INTO certificate_blob (sha256, media_type, content) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING",
                (digest, "application/pdf", content),
            )
            con.execute(
                "INSERT INTO attachment (activity_id, stored_name, original_name, media_type, "
                "sha256, size_bytes) VALUES (%s, %s, 'c.pdf', 'application/pdf', %s, %s) "
                "ON CONFLICT DO NOTHING",
                (person * 10, f"{digest}.pdf", digest, len(content)),
            )
    ana, bo, cy, dee = (team[k] for k in ("sec_ana", "sec_bo", "sec_cy", "sec_dee"))
    expected = {
        "sec_ana": {ana},
        "sec_bo": {bo},
        "sec_cy": {ana, cy, team["sec_ed"]},
        "sec_dee": {bo, dee},
        "sec_ed": set(team.values()),
    }
    for login, people in expected.items():
        with _as(pg_server, login) as con:
            seen = {bytes(c) for (c,) in con.execute("SELECT content FROM certificate_blob")}
            assert seen == {_certificate(p)[1] for p in people}, login
            for statement in (
                "UPDATE certificate_blob SET content = ''",
                "DELETE FROM certificate_blob",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    con.execute(statement)
    ana_digest, ana_bytes = _certificate(ana)
    with _as(pg_server, "sec_bo") as con:  # knowing nothing, a guess sees nothing either
        guess = con.execute(
            "SELECT count(*) FROM certificate_blob WHERE sha256 = %s", (ana_digest,)
        ).fetchone()
        assert guess == (0,)
        with pytest.raises(errors.InsufficientPrivilege):  # only through the function
            con.execute(
                "INSERT INTO certificate_blob VALUES (%s, 'application/pdf', %s)",
                (hashlib.sha256(b"x").hexdigest(), b"x"),
            )
        with pytest.raises(errors.CheckViolation):  # no other bytes under a digest
            con.execute(
                "SELECT rxtracker_put_certificate(%s, 'application/pdf', %s)",
                (hashlib.sha256(b"y").hexdigest(), b"other bytes"),
            )
        con.execute(  # the same file again: kept once, still not Bo's to read
            "SELECT rxtracker_put_certificate(%s, 'application/pdf', %s)", (ana_digest, ana_bytes)
        )
        assert con.execute("SELECT count(*) FROM certificate_blob").fetchone() == (1,)
