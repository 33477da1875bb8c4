"""``rxtracker renewal``: ready, applied, returned, resubmitted, approved, audits (issue 20).

PTCB's rules: resubmit a returned application within 30 days with the $10 reprocessing fee
(https://ptcb.zendesk.com/hc/en-us/articles/206169508-Why-was-my-renewal-application-returned-What-do-I-need-to-do-next);
the CPE Monitor checks of the checklist (https://ptcb.org/renew/recertify).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import Cli
from tests.exchange.files import CPE_HEADERS, cpe_row, write_xlsx


@pytest.fixture
def ana(cli: Cli) -> Cli:
    cli("person", "add", "Ana Ruiz")
    cli("credential", "add", "Ana Ruiz", "PTCB", "--expires", "2026-03-31", "--number", "123456")
    for title, day, hours, uan in [
        ("Law", "2025-05-01", "1", "0204-0000-25-001-H03-T"),
        ("Safety", "2025-05-02", "1", "0204-0000-25-002-H05-T"),
        ("Sterile compounding", "2025-05-03", "18", "0204-0000-25-003-H01-T"),
    ]:
        cli(
            "ce", "add", "Ana Ruiz", "--title", title, "--date", day, "--hours", hours, "--uan", uan
        )
    return cli


def test_ready_lists_what_is_missing_and_exits_1(ana: Cli) -> None:
    ready = ana("renewal", "ready", "Ana Ruiz", "PTCB", "--as-of", "2026-02-01")
    assert ready.code == 1
    assert "[x] Hours and topics met" in ready.out
    assert "[ ] NABP e-Profile ID recorded" in ready.out
    assert "Not seen in CPE Monitor yet: Law; Safety; Sterile compounding" in ready.out
    assert "Apply by 2026-03-01 (fee $55)" in ready.out
    [checks] = ana("renewal", "ready", "Ana Ruiz", "--json", "--as-of", "2026-02-01").json()
    assert checks["ready"] is False
    assert {c["id"] for c in checks["checks"] if not c["done"]} == {
        "eprofile",
        "birthday",
        "ptcb-number",
        "cpe-monitor",
    }


def test_ready_exits_0_once_everything_is_confirmed(ana: Cli, tmp_path: Path) -> None:
    ana("person", "edit", "Ana Ruiz", "--eprofile", "1234567")
    assert ana("renewal", "confirm", "Ana Ruiz", "PTCB", "birthday").code == 0
    ana("renewal", "confirm", "Ana Ruiz", "PTCB", "ptcb-number")
    seen = [
        cpe_row("05/01/2025", "0204-0000-25-001-H03-T", "Law"),
        cpe_row("05/02/2025", "0204-0000-25-002-H05-T", "Safety"),
        cpe_row("05/03/2025", "0204-0000-25-003-H01-T", "Sterile compounding", home=18),
    ]
    export = write_xlsx(tmp_path / "CPEMonitor.xlsx", CPE_HEADERS, seen)
    assert ana("ce", "import", "Ana Ruiz", str(export)).code == 0
    ready = ana("renewal", "ready", "Ana Ruiz", "PTCB", "--as-of", "2026-02-01")
    assert (ready.code, ready.out.splitlines()[0]) == (
        0,
        "PTCB Certified Pharmacy Technician (CPhT): ready to apply (as of 2026-02-01)",
    ), ready.out + ready.err


def test_applied_returned_resubmitted_approved_with_json_and_as_of(
    ana: Cli, tmp_path: Path
) -> None:
    applied = ana("renewal", "applied", "Ana Ruiz", "PTCB", "--on", "2026-02-02", "--json")
    assert applied.code == 0, applied.err
    assert (applied.json()["phase"], applied.json()["fee"]) == ("applied", "55")
    returned = ana(
        "renewal",
        "returned",
        "Ana Ruiz",
        "PTCB",
        "--on",
        "2026-03-10",
        "--reason",
        "Missing 1 hour of pharmacy law CE",
        "--as-of",
        "2026-03-12",
        "--json",
    ).json()
    assert (returned["phase"], returned["resubmit_by"], returned["reprocessing_fee"]) == (
        "returned",
        "2026-04-09",
        "10",
    )
    status = ana("status", "Ana Ruiz", "--as-of", "2026-03-12").out
    assert "Resubmit by 2026-04-09 with the $10 reprocessing fee" in status
    late = ana("renewal", "show", "Ana Ruiz", "PTCB", "--json").json()
    assert late["phase"] == "not_resubmitted" and late["reinstate_by"] == "2027-03-31"
    again = ana("renewal", "resubmitted", "Ana Ruiz", "PTCB", "--on", "2026-03-20").out
    assert again.startswith("Resubmitted on 2026-03-20")
    approved = ana("renewal", "approved", "Ana Ruiz", "PTCB", "--on", "2026-03-25", "--json")
    assert approved.json()["new_expiration"] == "2028-03-31"
    [held] = ana("credential", "list", "Ana Ruiz", "--json").json()
    assert held["expires"] == "2028-03-31"
    # PTCB: the next cycle begins on the day the recertification was approved.
    cycle = ana("status", "Ana Ruiz", "--as-of", "2026-04-01", "--json").json()[0]
    assert cycle["credentials"][0]["cycle_start"] == "2026-03-25"


def test_a_step_out_of_order_is_one_clear_message(ana: Cli) -> None:
    wrong = ana("renewal", "returned", "Ana Ruiz", "PTCB", "--on", "2026-03-10")
    assert (wrong.code, wrong.err) == (
        2,
        "rxtracker: error: step: returned comes after applied or resubmitted; "
        "nothing was recorded yet\n",
    )


def test_an_audit_shows_in_status_and_the_calendar(ana: Cli, tmp_path: Path) -> None:
    notice = ana(
        "renewal", "audit", "Ana Ruiz", "PTCB", "--on", "2026-05-01", "--due", "2027-01-31"
    )
    assert notice.code == 0, notice.err
    assert "send the proof of your CE by 2027-01-31" in ana("status", "Ana Ruiz").out
    ana("export", "ics", "Ana Ruiz", "--out", str(tmp_path / "d.ics"))
    events = Calendar.from_ical((tmp_path / "d.ics").read_bytes()).walk("VEVENT")
    assert "Ana Ruiz: PTCB CPhT audit documents due" in {str(e["SUMMARY"]) for e in events}
    ana("renewal", "audit-sent", "Ana Ruiz", "PTCB", "--on", "2026-05-20")
    done = ana("renewal", "audit-outcome", "Ana Ruiz", "PTCB", "passed", "--on", "2026-06-01")
    assert "passed on 2026-06-01" in done.out
