"""ce import/reconcile, export csv/ics, report, backup, restore: the real command line."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from rxtracker.services import AppPaths, open_context
from tests.cli.conftest import Cli
from tests.conftest import db_dump, kill_at_fault_pause, make_pdf
from tests.exchange.files import CPE_HEADERS, cpe_row, write_xlsx

LAW = "0197-0000-24-001-H03-T"


@pytest.fixture
def ana(cli: Cli, tmp_path: Path) -> Cli:
    assert cli("person", "add", "Ana Ruiz", "--state", "TX").code == 0
    assert cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31").code == 0
    result = cli(
        "ce", "add", "Ana Ruiz", "--title", "Diabetes update", "--date", "2025-06-04",
        "--hours", "1.5", "--uan", "0197-0000-24-007-H01-T",
        "--certificate", str(make_pdf(tmp_path / "diabetes.pdf", "Diabetes update")),
    )  # fmt: skip
    assert result.code == 0, result.err
    return cli


def _export(tmp_path: Path, count: int = 0) -> Path:
    rows: list[dict[str, object] | None] = [
        cpe_row("05/15/2025", LAW, "Texas pharmacy law update", home=1.5),
        cpe_row("05/15/2025", LAW, "Texas pharmacy law update", home=1.5),
        cpe_row("06/04/2025", "0197-0000-24-007-H01-T", "Diabetes update", home=1.5),
        cpe_row("02/30/2025", "0197-0000-24-003-H05-T", "Bad date"),
        cpe_row("04/01/2025", "JA4008164-0000-24-027-H05-T", "Joint course", live=-1),
    ]
    rows += [
        cpe_row("05/01/2025", f"0197-0000-24-{100 + i:03d}-H01-T", f"Course {i}")
        for i in range(count)
    ]
    return write_xlsx(tmp_path / "CPEMonitor.xlsx", CPE_HEADERS, rows)


def test_import_summary_names_every_fate(ana: Cli, tmp_path: Path) -> None:
    database = ana.data_dir / "rxtracker.sqlite3"
    before = db_dump(database)
    export = str(_export(tmp_path))
    dry = ana("ce", "import", "Ana Ruiz", export, "--dry-run")
    assert dry.code == 0, dry.err
    assert db_dump(database) == before
    assert "Dry run (nothing written)" in dry.out
    assert "Would be: 1 added, 1 merged, 1 skipped as duplicates, 2 rejected." in dry.out
    result = ana("ce", "import", "Ana Ruiz", export)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[1] == "1 added, 1 merged, 1 skipped as duplicates, 2 rejected."
    assert lines[2:] == [
        "  row 3: skipped: same UAN and date as row 2 of this file",
        "  row 4: merged: matches activity #1 logged by hand; it will be marked as in CPE Monitor",
        "  row 5: rejected: Activity Date: '02/30/2025' is not a real calendar date",
        "  row 6: rejected: Live Hours: -1 is negative",
    ]
    again = ana("ce", "import", "Ana Ruiz", export, "--json").json()
    assert again["counts"] == {"added": 0, "merged": 0, "skipped": 3, "rejected": 2, "blank": 0}
    assert again["imported_before"] is not None
    assert [r["fate"] for r in again["rows"]] == ["duplicate"] * 3 + ["reject"] * 2
    assert len(ana("ce", "list", "Ana Ruiz", "--json").json()) == 2


def test_import_with_a_column_mapping(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("Course,Finished,Len\nWorkplace safety,07/04/2025,2\n")
    bad = ana("ce", "import", "Ana Ruiz", str(path))
    assert bad.code == 2
    assert bad.err.strip() == "rxtracker: error: Date completed: no column chosen"
    wrong = ana("ce", "import", "Ana Ruiz", str(path), "--map", "length=Len")
    assert wrong.err.strip().startswith("rxtracker: error: --map: unknown field 'length'")
    ok = ana(
        "ce", "import", "Ana Ruiz", str(path), "--map", "title=Course", "--map", "date=Finished",
        "--map", "hours=Len", "--date-format", "us", "--json",
    )  # fmt: skip
    assert ok.code == 0, ok.err
    assert ok.json()["kind"] == "csv" and ok.json()["counts"]["added"] == 1


def test_reconcile_lists_courses_not_in_cpe_monitor(ana: Cli, tmp_path: Path) -> None:
    before = ana("ce", "reconcile", "Ana Ruiz", "--json").json()
    assert [r["title"] for r in before] == ["Diabetes update"]
    assert before[0]["reporting"] == "overdue"  # logged for 2025-06-04: long past 60 days
    assert "past the 60-day limit providers have to report" in before[0]["message"]
    assert "Diabetes update" in ana("ce", "reconcile", "Ana Ruiz").out
    ana("ce", "import", "Ana Ruiz", str(_export(tmp_path)))
    after = ana("ce", "reconcile", "Ana Ruiz")
    assert after.out.startswith("Every UAN activity of Ana Ruiz has shown up")


def test_import_killed_in_the_middle_changes_nothing(ana: Cli, tmp_path: Path) -> None:
    database = ana.data_dir / "rxtracker.sqlite3"
    before = db_dump(database)
    marker = tmp_path / "paused-inside-transaction"
    command = [sys.executable, "-m", "rxtracker", "--data-dir", str(ana.data_dir), "ce", "import"]
    command += ["Ana Ruiz", str(_export(tmp_path, count=40))]
    kill_at_fault_pause(command, marker)
    assert db_dump(database) == before
    con = sqlite3.connect(database)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
    con.close()
    context = open_context(AppPaths.resolve(ana.data_dir))
    context.close()
    finished = ana("ce", "import", "Ana Ruiz", str(_export(tmp_path, count=40)), "--json").json()
    assert finished["counts"]["added"] == 41


def test_export_csv_and_ics(ana: Cli, tmp_path: Path) -> None:
    ana(
        "ce",
        "add",
        "Ana Ruiz",
        "--title",
        "=cmd|' /C calc'!A0",
        "--date",
        "2025-08-01",
        "--hours",
        "1",
    )
    result = ana("export", "csv", "Ana Ruiz", "--out", str(tmp_path / "log.csv"))
    assert result.code == 0 and "Wrote 2 activities of Ana Ruiz" in result.out
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert "\"'=cmd|' /C calc'!A0\"" in text and '"=cmd' not in text
    ics = ana("export", "ics", "Ana Ruiz", "--out", str(tmp_path / "dates.ics"))
    assert ics.code == 0 and "Wrote 3 renewal dates (Ana Ruiz)" in ics.out
    events = Calendar.from_ical((tmp_path / "dates.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 3
    everybody = ana("export", "ics", "--out", str(tmp_path / "all.ics"))
    assert "(everybody)" in everybody.out


def _pdf_text(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def test_report_pdf_reads_back(ana: Cli, tmp_path: Path, qapp: object) -> None:
    ana("ce", "import", "Ana Ruiz", str(_export(tmp_path)))
    out = tmp_path / "packet.pdf"
    result = ana("report", "Ana Ruiz", "--credential", "ptcb-cpht", "--out", str(out))
    assert result.code == 0, result.err
    assert "1 certificates" in result.out
    pages = _pdf_text(out)
    cover = pages[0]
    for text in (
        "Continuing-education audit packet",
        "Ana Ruiz",
        "Renewal date range 04/01/2025 to 03/31/2027",
        "Total CEs 3 hours",
        "Pharmacy Law (ACPE topic 03) 1.5 hours",
        "Patient Safety (ACPE topic 05) 0 hours",
        "Missing 17 hours",
    ):
        assert text in cover, text
    body = " ".join(pages[1:])
    assert (
        "05/15/2025 Texas pharmacy law update Pharmacy Tech Academy 1.5 0197-0000-24-001-H03-T"
        in body
    )
    digest = ana("ce", "list", "Ana Ruiz", "--json").json()[0]["certificate_sha256"][0]
    assert digest in "".join(" ".join(pages).split())
    assert "Attachment 1" in pages[-2] and "Diabetes update" in pages[-1]  # caption, then the file
    previous = ana("report", "Ana Ruiz", "--cycle", "previous", "--out", str(tmp_path / "p.pdf"))
    assert previous.code == 0 and "04/01/2023 to 03/31/2025" in previous.out
    missing = ana("report", "Ana Ruiz", "--credential", "nha-excpt", "--out", str(out))
    assert missing.code == 2 and "credential: Ana Ruiz holds no 'nha-excpt'" in missing.err


def test_backup_and_restore(ana: Cli, tmp_path: Path) -> None:
    database = ana.data_dir / "rxtracker.sqlite3"
    rows = db_dump(database)
    done = ana("backup", "--out", str(tmp_path / "b.zip"))
    assert done.code == 0 and "1 certificate files" in done.out
    ana("person", "add", "Someone else")
    restored = ana("restore", str(tmp_path / "b.zip"))
    assert restored.code == 0, restored.err
    assert "Your previous data was saved to" in restored.out
    assert db_dump(database) == rows
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../outside.txt", "x")
    refused = ana("restore", str(evil))
    assert refused.code == 2
    assert refused.err.strip() == (
        "rxtracker: error: backup: refused: the entry '../../outside.txt' points outside the backup"
    )
    assert db_dump(database) == rows


def test_printed_month_names_ignore_the_users_locale(ana: Cli, tmp_path: Path) -> None:
    """Qt switches the C locale to the environment's; "Mar" must still print as "Mar"."""
    locales = tmp_path / "locales"
    locales.mkdir()
    localedef = shutil.which("localedef")
    if localedef is None:
        pytest.skip("localedef (glibc) is needed to make a German locale")
    made = subprocess.run(
        [localedef, "-i", "de_DE", "-f", "UTF-8", str(locales / "de_DE.UTF-8")],
        capture_output=True,
        check=False,
    )
    assert (locales / "de_DE.UTF-8").is_dir(), made.stderr
    env = {**os.environ, "LOCPATH": str(locales), "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    out = tmp_path / "packet.pdf"
    command = [sys.executable, "-m", "rxtracker", "--data-dir", str(ana.data_dir), "report",
               "Ana Ruiz", "--credential", "ptcb-cpht", "--out", str(out)]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    cover = _pdf_text(out)[0]
    assert "Current cycle: Apr 1, 2025 to Mar 31, 2027" in cover
    assert "März" not in cover and "mars" not in cover
    cover_fonts = PdfReader(out).pages[0]["/Resources"]["/Font"].get_object()
    names = {str(font.get_object()["/BaseFont"]) for font in cover_fonts.values()}
    assert names and all("DejaVuSans" in name for name in names), names
