"""Team commands end to end: real data folders, real files, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import Cli, db_dump, make_pdf

AS_OF = "2026-03-10"
ROSTER = (
    "Name,Email,Role,Home state,Credential type,Credential number,Expiration\n"
    "Ana Ruiz,ana@example.com,technician,TX,tx-technician,T-1,2026-04-30\n"
    "Bo Li,,lead,FL,fl-technician,F-2,2026-12-31\n"
    "Cy Moss,,supervisor,TX,,,\n"
    "Dee Park,,technician,TX,ptcb-cpht,9,2026-05-31\n"
    "Eve Ng,,technician,TX,ptcb-cert-tpv,,\n"
)


@pytest.fixture
def team(cli: Cli, tmp_path: Path) -> Cli:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER)
    assert cli("person", "import", str(roster)).code == 0
    return cli


def test_person_import_dry_run_writes_nothing_then_imports(cli: Cli, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER + "Zed,,wizard,TX,,,\n")
    dry = cli("person", "import", str(roster), "--dry-run")
    assert dry.code == 0
    assert "line 7: Reject: Zed: role: 'wizard' is not technician, lead or supervisor" in dry.out
    assert "Dry run, nothing written: 5 added, 0 merged, 0 skipped, 1 rejected." in dry.out
    assert cli("person", "list", "--json").json() == []
    done = cli("person", "import", str(roster))
    assert "Imported roster.csv: 5 added, 0 merged, 0 skipped, 1 rejected." in done.out
    assert len(cli("person", "list", "--json").json()) == 5


def test_team_status_text_json_and_expiring_filter(team: Cli) -> None:
    text = team("team", "status", "--as-of", AS_OF)
    assert text.code == 0
    # Three people, five credential mentions: the headline counts people (issue 23).
    assert text.out.splitlines()[0] == (
        "As of 2026-03-10: 3 people need attention (credentials: 2 due within 60 days, 3 at risk)."
    )
    assert "Eve Ng" in text.out and "Complete" in text.out
    data = team("team", "status", "--as-of", AS_OF, "--expiring-within", "60", "--json").json()
    assert [p["name"] for p in data["people"]] == ["Ana Ruiz", "Dee Park"]
    cell = data["people"][0]["credentials"][0]
    assert (cell["type"], cell["status"], cell["days_to_deadline"]) == (
        "tx-technician",
        "at_risk",
        51,
    )
    assert cell["missing_hours"] == 20.0 and cell["missing"]
    assert data["summary"]["due_soon"] == 2
    assert data["summary"]["people_needing_attention"] == 2
    leads = team("team", "status", "--as-of", AS_OF, "--role", "lead", "--json").json()
    assert [p["name"] for p in leads["people"]] == ["Bo Li"]


def test_report_team_as_csv_and_pdf(team: Cli, tmp_path: Path) -> None:
    csv_out = tmp_path / "team.csv"
    done = team("report", "team", "--out", str(csv_out), "--as-of", AS_OF)
    assert done.code == 0 and "(4 lines)" in done.out
    lines = csv_out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 5  # header + 4 credentials (Cy holds none)
    assert all(line.endswith('"2026-03-10"') for line in lines[1:])
    pdf_out = tmp_path / "team.pdf"
    done = team("report", "team", "--out", str(pdf_out), "--as-of", AS_OF)
    assert done.code == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf_out).pages).split())
    assert "Team compliance report" in text and "Expiring soon" in text and "Dee Park" in text


def test_team_packets_one_pdf_per_person(team: Cli, tmp_path: Path) -> None:
    out = tmp_path / "packets"
    done = team("team", "packets", "--out", str(out), "--as-of", AS_OF)
    assert done.code == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "ana-ruiz-tx-technician.pdf",
        "bo-li-fl-technician.pdf",
        "dee-park-ptcb-cpht.pdf",
    ]
    assert "Eve Ng: no credential that renews; no packet" in done.out
    first = " ".join(PdfReader(out / names[0]).pages[0].extract_text().split())
    assert "Ana Ruiz" in first and "Texas" in first


def test_person_export_and_import_archive_into_another_folder(
    team: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert = make_pdf(tmp_path / "cert.pdf")
    team(
        "ce",
        "add",
        "Ana Ruiz",
        "--title",
        "Texas law",
        "--date",
        "2026-01-05",
        "--hours",
        "1.5",
        "--tag",
        "texas-law",
        "--certificate",
        str(cert),
    )
    archive = tmp_path / "ana.zip"
    done = team("person", "export", "Ana Ruiz", "--out", str(archive))
    assert done.code == 0 and "1 certificate files" in done.out
    other = Cli(tmp_path / "other", capsys)
    imported = other("person", "import-archive", str(archive))
    assert imported.code == 0 and imported.out.startswith("Added Ana Ruiz (id 1)")
    mine = team("ce", "list", "Ana Ruiz", "--json").json()
    theirs = other("ce", "list", "Ana Ruiz", "--json").json()
    keep = ("title", "date", "hours", "uan", "tags", "category")
    assert [{k: a[k] for k in keep} for a in mine] == [{k: a[k] for k in keep} for a in theirs]
    assert Path(theirs[0]["certificate"]).read_bytes() == cert.read_bytes()
    again = other("person", "import-archive", str(archive))
    assert again.code == 2 and "already recorded here" in again.err


def test_verify_return_and_history(team: Cli) -> None:
    team("ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1")
    activity = team("ce", "list", "Ana Ruiz", "--json").json()[0]["id"]
    done = team("ce", "verify", str(activity), "--by", "Cy Moss")
    assert done.code == 0 and "Verified by Cy Moss on" in done.out
    back = team("ce", "return", str(activity), "--note", "Certificate missing", "--by", "Cy Moss")
    assert "Sent back by Cy Moss on" in back.out and back.out.rstrip().endswith(
        "Certificate missing."
    )
    history = team("history", "activity", str(activity), "--json").json()
    assert [h["action"] for h in history] == ["create", "update", "update"]
    assert history[2]["changes"]["verification"] == {"old": "verified", "new": "returned"}
    text = team("history", "activity", str(activity))
    assert "Created by" in text.out and "verification: verified -> sent back" in text.out


def test_person_edit_deactivate_reactivate(team: Cli) -> None:
    assert team("person", "edit", "Bo Li", "--email", "bo@example.com").code == 0
    assert team("person", "deactivate", "Bo Li").out.startswith("Bo Li is deactivated")
    names = [p["name"] for p in team("team", "status", "--as-of", AS_OF, "--json").json()["people"]]
    assert "Bo Li" not in names
    assert team("person", "reactivate", "Bo Li").code == 0
    changes = team("history", "person", "2", "--json").json()
    assert changes[1]["changes"]["email"] == {"old": None, "new": "bo@example.com"}
    assert changes[2]["changes"]["active"] == {"old": "yes", "new": "no"}


def test_a_certificate_is_added_without_an_expiration_date(cli: Cli) -> None:
    cli("person", "add", "Ana")
    done = cli("credential", "add", "Ana", "ptcb-cert-hdm")
    assert done.code == 0 and "with no expiration date" in done.out
    bad = cli("credential", "add", "Ana", "ptcb-cpht")
    assert bad.code == 2
    assert bad.err == (
        "rxtracker: error: expires: PTCB CPhT renews every 24 months; "
        "give its expiration date (YYYY-MM-DD)\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["team", "status", "--as-of", "2026-13-01"], "as-of"),
        (["team", "status", "--expiring-within", "-1"], "expiring-within: -1 is not 0 to 3650"),
        (["report", "team", "--out", "team.txt"], "out: team.txt must end in .pdf or .csv"),
        (["report", "Ana Ruiz", "--out", "a.pdf", "--as-of", AS_OF], "as-of: is only for"),
        (["person", "import", "missing.csv"], "file:"),
        (["person", "export", "Nobody", "--out", "x.zip"], "person: no person named 'Nobody'"),
        (["person", "export", "Ana Ruiz", "--out", "x.tar"], "out: x.tar must end in .zip"),
        (["person", "import-archive", "missing.zip"], "archive:"),
        (["ce", "verify", "999"], "activity: no activity 999"),
        (["ce", "return", "1", "--note", "  "], "note: is empty"),
        (["history", "person", "99"], "person: no person 99"),
        (["person", "edit", "Ana Ruiz", "--state", "ZZ"], "home state:"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    team: Cli, tmp_path: Path, argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    team("ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1")
    before = db_dump(team.data_dir / "rxtracker.sqlite3")
    files = sorted(p.name for p in tmp_path.iterdir())
    result = team(*argv)
    assert result.code == 2
    assert result.err.startswith(f"rxtracker: error: {message}")
    assert result.err.count("\n") == 1
    assert db_dump(team.data_dir / "rxtracker.sqlite3") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files
