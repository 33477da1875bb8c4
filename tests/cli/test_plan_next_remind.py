"""``rxtracker plan``, ``next`` and ``remind`` end to end (issue 16), with ``--as-of``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.exchange.files import CPE_HEADERS, cpe_row, write_csv


@pytest.fixture
def ana(cli: Cli) -> Cli:
    """Ana: PTCB CPhT (expires 2027-03-31), Texas (2027-06-30), 12.5 hours logged."""
    for step in (
        ("person", "add", "Ana Ruiz", "--state", "TX"),
        ("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31"),
        ("credential", "add", "Ana Ruiz", "tx-technician", "--expires", "2027-06-30"),
        ("ce", "add", "Ana Ruiz", "--title", "Drug therapy review", "--date", "2025-05-10",
         "--hours", "12.5", "--uan", "0204-0000-25-101-H01-T"),
    ):  # fmt: skip
        assert cli(*step).code == 0, step
    return cli


def test_plan_in_words_and_month_by_month(ana: Cli) -> None:
    result = ana("plan", "Ana", "--as-of", "2026-12-01")
    assert result.code == 0
    assert "Take about 1.9 hours a month to finish the 7.5 hours left by 2027-03-01" in result.out
    assert "Dec 2026   1.9 h  Pharmacy law (ACPE topic 03) 1 hour" in result.out
    assert "Jan 2027   1.9 h  Patient safety (ACPE topic 05) 1 hour" in result.out
    assert "TX technician" in result.out


def test_plan_json(ana: Cli) -> None:
    result = ana("plan", "Ana Ruiz", "--json", "--as-of", "2026-12-01")
    [person] = json.loads(result.out)
    ptcb = person["plans"][0]
    assert ptcb["credential"] == "PTCB CPhT"
    assert ptcb["finish_by"] == "2027-03-01"
    assert ptcb["months_left"] == 4
    assert ptcb["hours_per_month"] == 1.9
    assert [t["requirement"] for t in ptcb["topics"]] == ["law", "patient-safety"]
    assert [m["month"] for m in ptcb["months"]] == ["2026-12", "2027-01", "2027-02", "2027-03"]
    assert sum(m["hours"] for m in ptcb["months"]) == pytest.approx(7.5)


def test_next_names_the_course_that_counts_twice(ana: Cli) -> None:
    result = ana("next", "--as-of", "2026-12-01")
    assert result.code == 0
    assert (
        "1. 1 hour of ACPE CE on Texas pharmacy law or rules (topic 03, for technicians; "
        "tag it texas-law)" in result.out
    )
    assert "your PTCB CPhT pharmacy law (ACPE topic 03) (1 hour still needed)" in result.out
    assert "your TX technician Texas pharmacy law or rules" in result.out


def test_next_json(ana: Cli) -> None:
    [person] = json.loads(ana("next", "Ana", "--json", "--as-of", "2026-12-01").out)
    first = person["suggestions"][0]
    assert first["topic"] == "03" and first["tag"] == "texas-law"
    assert {
        (c["credential"], c["requirement"]) for c in first["counts_for"] if not c["general"]
    } == {
        ("PTCB CPhT", "law"),
        ("TX technician", "texas-law"),
    }
    assert person["suggestions"][-1]["title"].startswith("20 hours of any ACPE CE")


def test_remind_exits_1_when_a_deadline_is_within_the_horizon(ana: Cli) -> None:
    result = ana("remind", "--as-of", "2026-12-01")
    assert result.code == 1
    assert "Needs attention on 2026-12-01 (looking 90 days ahead):" in result.out
    assert "Ana Ruiz: PTCB CPhT: apply by 2027-03-01 (90 days)." in result.out


def test_remind_exits_0_when_nothing_is_due(ana: Cli) -> None:
    result = ana("remind", "--as-of", "2026-06-01", "--days", "30")
    assert result.code == 0
    assert "Nothing needs attention on 2026-06-01 (looking 30 days ahead)." in result.out


def test_remind_reads_the_horizon_from_settings(ana: Cli) -> None:
    (ana.data_dir / "settings.ini").write_text("[reminders]\nhorizon_days=30\n")
    assert ana("remind", "--as-of", "2026-12-01").code == 0
    assert ana("remind", "--as-of", "2026-12-01", "--days", "90").code == 1


def test_remind_window_opened_and_lapsed(ana: Cli) -> None:
    data = json.loads(ana("remind", "--json", "--as-of", "2027-02-15").out)
    assert data["due"] is True
    window = next(r for r in data["reminders"] if r["credential"] == "PTCB CPhT")
    assert window["kind"] == "window"
    assert "the renewal window opened on 2027-01-30" in window["message"]
    lapsed = json.loads(ana("remind", "--json", "--as-of", "2027-05-01").out)
    kinds = {r["credential"]: r["kind"] for r in lapsed["reminders"]}
    assert kinds["PTCB CPhT"] == "lapsed"


def test_remind_overdue_cpe_monitor_reporting(ana: Cli, tmp_path: Path) -> None:
    ana("ce", "add", "Ana", "--title", "Law update", "--date", "2026-09-01", "--hours", "1",
        "--uan", "0204-0000-25-102-H03-T")  # fmt: skip
    quiet = json.loads(ana("remind", "--json", "--as-of", "2026-12-01", "--days", "7").out)
    # Before any transcript import every course is only unchecked: nothing overdue yet.
    assert [r["kind"] for r in quiet["reminders"]] == []
    export = write_csv(
        tmp_path / "cpe-monitor.csv",
        CPE_HEADERS,
        [cpe_row("10/01/2026", "0204-0000-25-103-H05-T", "Safety first", home=1)],
    )
    assert ana("ce", "import", "Ana", str(export)).code == 0
    result = ana("remind", "--json", "--as-of", "2026-12-01", "--days", "7")
    assert result.code == 1
    [overdue] = [r for r in json.loads(result.out)["reminders"] if r["kind"] == "cpe-monitor"]
    assert overdue["credential_id"] is None
    assert "still not in CPE Monitor past the providers' reporting limit" in overdue["message"]
    assert "Law update" in overdue["message"] and "Drug therapy review" in overdue["message"]


def test_remind_keeps_the_calendar_subscription_file(ana: Cli) -> None:
    result = ana("remind", "--json", "--as-of", "2026-12-01")
    path = Path(json.loads(result.out)["calendar"])
    assert path == ana.data_dir / "calendar" / "rxtracker-renewals.ics"
    text = path.read_text()
    assert "BEGIN:VCALENDAR" in text and "PTCB CPhT application deadline" in text


def test_remind_on_and_off_write_and_remove_the_autostart_entry(
    ana: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    entry = home / ".config" / "autostart" / "io.github.rxtracker.RxTracker.reminders.desktop"
    on = ana("remind", "--on")
    assert on.code == 0, on.err
    assert "Reminders are on" in on.out
    text = entry.read_text()
    assert "--notify-reminders" in text and f"--data-dir {ana.data_dir}" in text
    off = ana("remind", "--off")
    assert off.code == 0 and not entry.exists()
    assert "Reminders are off" in off.out


def test_remind_rejects_a_negative_horizon(ana: Cli) -> None:
    assert ana("remind", "--days", "-1").code == 2
