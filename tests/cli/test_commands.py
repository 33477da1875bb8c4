"""Every CLI command, and every bad-input case: exit 2, one clear line, nothing written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rxtracker import __version__
from tests.cli.conftest import Cli
from tests.conftest import db_dump, make_pdf


@pytest.fixture
def ana(cli: Cli) -> Cli:
    assert cli("person", "add", "Ana Ruiz", "--email", "ana@example.com", "--state", "tx").code == 0
    return cli


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"rxtracker {__version__}"


@pytest.mark.parametrize("spelling", ["-h", "--help", "--hel"])
def test_help_in_any_spelling_lists_the_commands(cli: Cli, spelling: str) -> None:
    result = cli(spelling)  # never opens the desktop app
    assert result.code == 0
    assert "COMMAND" in result.out and "status" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-hstatus",), "argument -h/--help: ignored explicit argument 'status'"),
        (("--d", "x"), "ambiguous option: --d could match --data-dir, --database, --demo"),
        (("--page", "nowhere"), "argument --page: invalid choice: 'nowhere'"),
    ],
)
def test_a_bad_option_is_named_with_the_whole_usage(
    cli: Cli, args: tuple[str, ...], message: str
) -> None:
    result = cli(*args)
    assert result.code == 2
    assert message in result.err
    assert "COMMAND ..." in result.err  # the usage of the whole command line


def test_person_add_and_list(ana: Cli) -> None:
    assert ana("person", "add", "Ben Ode", "--role", "supervisor").code == 0
    people = ana("person", "list", "--json").json()
    assert [(p["name"], p["role"], p["state"], p["email"]) for p in people] == [
        ("Ana Ruiz", "technician", "TX", "ana@example.com"),
        ("Ben Ode", "supervisor", None, None),
    ]
    text = ana("person", "list").out
    assert "Ana Ruiz" in text and "supervisor" in text


def test_credential_add_list_and_types(ana: Cli) -> None:
    result = ana(
        "credential",
        "add",
        "Ana Ruiz",
        "ptcb-cpht",
        "--expires",
        "2027-03-31",
        "--number",
        "123456",
        "--issued",
        "2019-03-15",
        "--cycle-start",
        "2025-04-01",
    )
    assert result.code == 0, result.err
    assert "expiring 2027-03-31" in result.out
    [cred] = ana("credential", "list", "1", "--json").json()
    assert cred["type"] == "ptcb-cpht"
    assert (cred["expires"], cred["cycle_start"], cred["number"]) == (
        "2027-03-31",
        "2025-04-01",
        "123456",
    )
    types = {t["id"]: t for t in ana("credential", "types", "--json").json()}
    assert "ptcb-cpht" in types and types["ptcb-cpht"]["cycle_months"] == 24
    assert "PTCB" in ana("credential", "types").out


def test_ce_add_and_list_with_certificate(ana: Cli, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "cert.pdf")
    original = pdf.read_bytes()
    result = ana(
        "ce",
        "add",
        "ana ruiz",
        "--title",
        "Texas pharmacy law update",
        "--date",
        "2026-01-05",
        "--hours",
        "1.5",
        "--provider",
        "Texas Pharmacy Assn",
        "--uan",
        "0197-0000-25-001-H03-T",
        "--tag",
        "texas-law",
        "--tag",
        "Law",
        "--certificate",
        str(pdf),
    )
    assert result.code == 0, result.err
    [activity] = ana("ce", "list", "Ana Ruiz", "--json").json()
    assert activity["title"] == "Texas pharmacy law update"
    assert activity["hours"] == 1.5 and isinstance(activity["hours"], float)
    assert activity["date"] == "2026-01-05"
    assert activity["uan"] == "0197-0000-25-001-H03-T"
    assert (activity["format"], activity["topic"], activity["audience"]) == ("home", "03", "T")
    assert activity["category"] == "acpe"
    assert activity["tags"] == ["law", "texas-law"]
    stored = Path(activity["certificate"])
    digest = hashlib.sha256(original).hexdigest()
    assert stored.name == f"{digest}.pdf"
    assert stored.read_bytes() == original
    assert pdf.read_bytes() == original  # the original is only read
    assert activity["certificate_sha256"] == [digest]
    assert "Texas pharmacy law update" in ana("ce", "list", "1").out


def test_ce_without_uan_defaults_to_other_category(ana: Cli) -> None:
    assert (
        ana(
            "ce",
            "add",
            "1",
            "--title",
            "Human trafficking prevention",
            "--date",
            "2025-06-01",
            "--hours",
            "1",
            "--tag",
            "human-trafficking",
        ).code
        == 0
    )
    [activity] = ana("ce", "list", "1", "--json").json()
    assert activity["category"] == "other" and activity["uan"] is None


def _not_a_pdf(tmp_path: Path) -> str:
    path = tmp_path / "notes.pdf"
    path.write_text("just text pretending to be a PDF")
    return str(path)


def _too_big(tmp_path: Path) -> str:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(25 * 1024 * 1024 + 1)
    return str(path)


BASE = ["ce", "add", "Ana Ruiz", "--title", "Course", "--date", "2026-01-05", "--hours", "1"]

BAD_INPUT = [
    (
        "unknown person",
        ["ce", "add", "Zed", "--title", "x", "--date", "2026-01-05", "--hours", "1"],
        "person: no person named 'Zed'",
    ),
    (
        "malformed date",
        [*BASE[:5], "--date", "2026-13-05", "--hours", "1"],
        "date: there is no month 13; months go from 1 to 12",
    ),
    ("zero hours", [*BASE[:7], "--hours", "0"], "hours: 0 must be more than 0"),
    ("negative hours", [*BASE[:7], "--hours=-1"], "hours: -1 must be more than 0"),
    ("too many hours", [*BASE[:7], "--hours", "100.5"], "hours: 100.5 is more than 100"),
    ("hours not a number", [*BASE[:7], "--hours", "two"], "hours: 'two' is not a number"),
    ("future date", [*BASE[:5], "--date", "2999-01-01", "--hours", "1"], "is in the future"),
    (
        "blank title",
        ["ce", "add", "Ana Ruiz", "--title", "  ", "--date", "2026-01-05", "--hours", "1"],
        "title: is empty",
    ),
    ("malformed UAN", [*BASE, "--uan", "0197-0000-25-01-H03-T"], "UAN: part 4 (sequence number)"),
    (
        "missing certificate",
        [*BASE, "--certificate", "/nonexistent/cert.pdf"],
        "certificate: /nonexistent/cert.pdf does not exist",
    ),
    (
        "certificate not PDF",
        [*BASE, "--certificate", "{not_a_pdf}"],
        "is not a PDF, PNG or JPEG file",
    ),
    ("certificate too big", [*BASE, "--certificate", "{too_big}"], "the limit is 25 MB"),
    (
        "unknown credential type",
        ["credential", "add", "Ana Ruiz", "ptcb-magic", "--expires", "2027-01-31"],
        "credential type: no credential type is called 'ptcb-magic'",
    ),
    (
        "credential bad date",
        ["credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "31/01/2027"],
        "expires: there is no month 31; months go from 1 to 12",
    ),
    (
        "cycle after expiry",
        [
            "credential",
            "add",
            "Ana Ruiz",
            "ptcb-cpht",
            "--expires",
            "2027-01-31",
            "--cycle-start",
            "2027-02-01",
        ],
        "cycle start: ",
    ),
    ("bad state", ["person", "add", "Cy", "--state", "ZZ"], "state: 'ZZ' is not a US state"),
    ("bad email", ["person", "add", "Cy", "--email", "cy-at-example"], "email: "),
    ("blank name", ["person", "add", "   "], "name: is empty"),
    (
        "unknown role",
        ["person", "add", "Cy", "--role", "boss"],
        "role: 'boss' is not one of: technician, lead, supervisor",
    ),
]


@pytest.mark.parametrize(("case", "argv", "message"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    ana: Cli, tmp_path: Path, case: str, argv: list[str], message: str
) -> None:
    argv = [a.format(not_a_pdf=_not_a_pdf(tmp_path), too_big=_too_big(tmp_path)) for a in argv]
    database = ana.data_dir / "rxtracker.sqlite3"
    before = db_dump(database)
    files_before = sorted((ana.data_dir / "certificates").iterdir())
    result = ana(*argv)
    assert result.code == 2, (case, result)
    assert message in result.err, result.err
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert db_dump(database) == before
    assert sorted((ana.data_dir / "certificates").iterdir()) == files_before


def test_ambiguous_name_asks_for_the_id(ana: Cli) -> None:
    assert ana("person", "add", "Ana Ruiz").code == 2  # refused unless meant (issue 23)
    ana("person", "add", "Ana Ruiz", "--same-name-ok")
    result = ana("ce", "list", "Ana Ruiz")
    assert result.code == 2
    assert "2 people match 'Ana Ruiz'; use the id: 1 (Ana Ruiz), 2 (Ana Ruiz)" in result.err


def test_newer_database_exits_1_untouched(cli: Cli) -> None:
    import sqlite3

    cli.data_dir.mkdir(parents=True)
    path = cli.data_dir / "rxtracker.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    result = cli("person", "list")
    assert result.code == 1
    assert "newer rxtracker" in result.err
    assert path.read_bytes() == before
