"""Two technicians and their supervisor, each with their own login, working from the CLI on one
PostgreSQL team database (issue 13): what they do on SQLite, and concurrent writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest

from rxtracker.services import team_server
from tests.conftest import Cli, Result, make_pdf
from tests.pg_server import PgDatabases, PgServer

PASSWORD = "team-work-password"
CREW = {  # login: (role, person)
    "work_ana": ("technician", "Ana Ruiz"),
    "work_bo": ("technician", "Bo Lee"),
    "work_cy": ("supervisor", "Cy Moss"),
}


@pytest.fixture(scope="module")
def urls(pg_databases: PgDatabases, pg_server: PgServer) -> dict[str, str]:
    """login -> URL of a team database set up with ``server init`` and one login each."""
    owner = pg_databases.create("team_work")
    team_server.init(owner)
    for login, (role, person) in CREW.items():
        team_server.add_user(owner, login, PASSWORD, role=role, person=person, team="Main St")
    return {"owner": owner} | {login: pg_server.url("team_work", login) for login in CREW}


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)


def _as(cli: Cli, url: str, *argv: str) -> Result:
    result = cli("--database", url, *argv)
    assert result.code == 0, result.err
    return result


def _course(person: str, title: str) -> list[str]:
    return ["ce", "add", person, "--title", title, "--date", "2026-01-05", "--hours", "1.5"]


def test_each_login_does_what_they_do_on_sqlite(
    cli: Cli, urls: dict[str, str], tmp_path: Path
) -> None:
    ana, bo, cy = urls["work_ana"], urls["work_bo"], urls["work_cy"]
    for url, person in ((ana, "Ana Ruiz"), (bo, "Bo Lee")):
        _as(cli, url, "credential", "add", person, "ptcb-cpht", "--expires", "2027-03-31")
        _as(
            cli,
            url,
            *_course(person, f"Law for {person}"),
            "--certificate",
            str(make_pdf(tmp_path / f"{person}.pdf")),
        )
    [course] = _as(cli, ana, "ce", "list", "Ana Ruiz", "--json").json()
    _as(cli, ana, "ce", "edit", str(course["id"]), "--title", "Texas law")
    assert "Ana Ruiz" in _as(cli, ana, "status", "Ana Ruiz").out
    # The supervisor sees the team and records the check under their own login.
    view = _as(cli, cy, "team", "status", "--json").json()
    assert {"Ana Ruiz", "Bo Lee"} <= {row["name"] for row in view["people"]}
    _as(cli, cy, "ce", "verify", str(course["id"]))
    [checked] = _as(cli, ana, "ce", "list", "Ana Ruiz", "--json").json()
    assert checked["verification"] == "verified"
    # Nobody gets further than their own records.
    bo_course = _as(cli, bo, "ce", "list", "Bo Lee", "--json").json()[0]["id"]
    assert cli("--database", ana, "ce", "edit", str(bo_course), "--title", "x").code != 0
    assert cli("--database", cy, "ce", "edit", str(course["id"]), "--title", "x").code != 0
    refused = cli("--database", ana, "ce", "verify", str(course["id"]))
    assert refused.code != 0 and "own activity" in refused.err
    with psycopg.connect(urls["owner"]) as con:
        rows = con.execute(
            "SELECT action, app_user FROM change_history WHERE entity = 'activity' "
            "AND entity_id = %s ORDER BY id",
            (course["id"],),
        ).fetchall()
    assert rows == [("create", "work_ana"), ("update", "work_ana"), ("update", "work_cy")]


_WRITER = textwrap.dedent(
    """
    import sys
    from rxtracker.__main__ import main

    url, data_dir, person, tag = sys.argv[1:]
    for n in range(20):
        code = main(["--data-dir", data_dir, "--database", url, "ce", "add", person,
                     "--title", f"{tag} {n}", "--date", "2026-01-05", "--hours", "1"])
        assert code == 0, (tag, n)
    """
)


def test_two_logins_write_20_courses_each_at_once_and_all_land(
    urls: dict[str, str], tmp_path: Path
) -> None:
    env = {**os.environ, "PGPASSWORD": PASSWORD}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, urls[login], str(tmp_path / login), person, login],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for login, person in (("work_ana", "Ana Ruiz"), ("work_bo", "Bo Lee"))
    ]
    for writer in writers:
        assert writer.wait(timeout=300) == 0, writer.stderr.read() if writer.stderr else ""
    with psycopg.connect(urls["owner"]) as con:
        counts = dict(
            con.execute(
                "SELECT split_part(title, ' ', 1), count(*) FROM activity "
                "WHERE title LIKE 'work\\_%' GROUP BY 1"
            ).fetchall()
        )
    assert counts == {"work_ana": 20, "work_bo": 20}
    assert json.dumps(counts)  # plain data


def test_a_stale_edit_is_refused_naming_the_supervisor_who_checked_it(
    cli: Cli, urls: dict[str, str]
) -> None:
    ana, cy = urls["work_ana"], urls["work_cy"]
    _as(cli, ana, *_course("Ana Ruiz", "Stale edit course"))
    listed = _as(cli, ana, "ce", "list", "Ana Ruiz", "--json").json()
    [added] = [a for a in listed if a["title"] == "Stale edit course"]
    opened = added["version"]
    _as(cli, cy, "ce", "verify", str(added["id"]))  # the supervisor saves it meanwhile
    stale = ("ce", "edit", str(added["id"]), "--title", "Lost?", "--if-version", str(opened))
    refused = cli("--database", ana, *stale)
    assert refused.code == 1
    assert "This activity was changed by work_cy at " in refused.err
    assert "since you opened it; reopen to see it. Nothing was saved." in refused.err
    [kept] = [
        a
        for a in _as(cli, ana, "ce", "list", "Ana Ruiz", "--json").json()
        if a["id"] == added["id"]
    ]
    assert (kept["title"], kept["verification"]) == ("Stale edit course", "verified")
    fresh = ("ce", "edit", str(added["id"]), "--title", "Kept", "--if-version")
    _as(cli, ana, *fresh, str(kept["version"]))
