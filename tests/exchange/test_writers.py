"""CSV injection, ICS validity, the packet's printed blocks: the pure writers."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from rxtracker.domain import Hours
from rxtracker.exchange.csv_export import neutralise, write_csv
from rxtracker.exchange.ics import CalendarEntry, build_calendar, entry_uid
from rxtracker.exchange.packet import (
    AuditPacket,
    PacketActivity,
    PacketCertificate,
    RequirementLine,
    compliance_counts,
    logged_versus_counted,
    packet_blocks,
)
from rxtracker.exchange.printable import document_text
from rxtracker.records import replace


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Law update", "Law update"),
        ("0197-0000-24-001-H03-T", "0197-0000-24-001-H03-T"),
        (1.5, "1.5"),
        (None, ""),
    ],
)
def test_neutralise(cell: object, written: str) -> None:
    assert neutralise(cell) == written


def test_csv_file_reads_back_with_every_formula_defused(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "log.csv"
    rows = [["=1+1", "plain", "multi\nline"], ["@x", "-y", "+z"]]
    assert write_csv(out, ["Title", "=Header", "Notes"], rows) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    with out.open(encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back == [
        ["Title", "'=Header", "Notes"],
        ["'=1+1", "plain", "multi\nline"],
        ["'@x", "'-y", "'+z"],
    ]
    assert not any(cell[:1] in "=+-@\t\r" and cell for row in back for cell in row)
    assert [p.name for p in out.parent.iterdir()] == ["log.csv"]  # no temporary left


def test_calendar_parses_back_with_alarms_and_stable_uids() -> None:
    stamp = dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC)
    entries = [
        CalendarEntry(
            entry_uid(7, "deadline", dt.date(2027, 3, 1)),
            dt.date(2027, 3, 1),
            "Ana Ruiz: PTCB CPhT application deadline",
            "Details, with a comma; and a very long line " * 5,
            (30, 7, 1),
        ),
        CalendarEntry(
            entry_uid(7, "window", dt.date(2027, 1, 30)),
            dt.date(2027, 1, 30),
            "Ana Ruiz: PTCB CPhT renewal window opens",
            "Opens",
            (0,),
        ),
    ]
    data = build_calendar(entries, stamp=stamp, name="rxtracker renewals: Ana Ruiz")
    assert data == build_calendar(
        list(reversed(entries)), stamp=stamp, name="rxtracker renewals: Ana Ruiz"
    )
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = Calendar.from_ical(data)
    assert (
        calendar["VERSION"] == "2.0" and calendar["PRODID"] == "-//rxtracker//CE renewal dates//EN"
    )
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [
        "rxtracker-credential-7-window-2027-01-30@rxtracker.local",
        "rxtracker-credential-7-deadline-2027-03-01@rxtracker.local",
    ]
    window, deadline = events
    assert window.decoded("DTSTART") == dt.date(2027, 1, 30)
    assert window.decoded("DTEND") == dt.date(2027, 1, 31)
    assert deadline.decoded("DTSTAMP") == stamp
    assert str(deadline["DESCRIPTION"]) == entries[0].description
    triggers = [a.decoded("TRIGGER") for a in deadline.walk("VALARM")]
    hours = dt.timedelta(hours=9)
    assert triggers == [hours - dt.timedelta(days=d) for d in (30, 7, 1)]
    assert all(str(a["ACTION"]) == "DISPLAY" and a["DESCRIPTION"] for a in deadline.walk("VALARM"))
    assert [a.decoded("TRIGGER") for a in window.walk("VALARM")] == [hours]


def _packet(**kw: object) -> AuditPacket:
    activities = (
        PacketActivity(
            dt.date(2025, 5, 3),
            "<script>alert(1)</script> law",
            "TPA & Co",
            Hours(200),
            "0126-0000-25-011-L03-T",
            "03",
            "T",
            "acpe",
            (1,),
        ),
        PacketActivity(
            dt.date(2025, 6, 1),
            "Safety",
            "X",
            Hours(150),
            "0126-0000-25-012-H05-P",
            "05",
            "P",
            "acpe",
            (),
        ),
        PacketActivity(
            dt.date(2025, 7, 1), "College", "Y", Hours(25), None, None, None, "college", ()
        ),
    )
    fields: dict[str, object] = {
        "person_name": "Ana Ruiz",
        "person_ids": (("PTCB number", "123456"),),
        "credential_name": "PTCB CPhT",
        "credential_number": "123456",
        "cycle_label": "Current cycle",
        "cycle_start": dt.date(2025, 4, 1),
        "cycle_end": dt.date(2027, 3, 31),
        "generated_on": dt.date(2026, 11, 25),
        "requirements": (RequirementLine("Total CE", "20 hours", "3.75 hours", "Missing", False),),
        "missing": ("16.25 more hours",),
        "notes": ("Unconfirmed thing",),
        "activities": activities,
        "certificates": (
            PacketCertificate(
                1, "law", dt.date(2025, 5, 3), "cert.pdf", "application/pdf", 700, "ab" * 32
            ),
        ),
        **kw,
    }
    return AuditPacket(**fields)  # type: ignore[arg-type]


def test_compliance_counts_and_escaping() -> None:
    packet = _packet()
    counts = compliance_counts(packet.activities)
    assert (
        counts.total,
        counts.technician,
        counts.pharmacist,
        counts.law,
        counts.patient_safety,
    ) == (
        Hours(375),
        Hours(200),
        Hours(150),
        Hours(200),
        Hours(150),
    )
    text = list(document_text(packet_blocks(packet)))
    assert "<script>alert(1)</script> law" in text  # printed as written: no markup
    assert "TPA & Co" in text
    for wanted in (
        "04/01/2025 to 03/31/2027",
        "3.75 hours",
        "Attachment 1",
        "ab" * 16,
        "700 bytes",
        "College course",
        "none (not ACPE)",
        "16.25 more hours",
        "Unconfirmed thing",
    ):
        assert any(wanted in line for line in text), wanted


def test_the_cover_explains_logged_versus_counted_hours_in_place() -> None:
    cycle = "outside the cycle 2025-04-01 to 2027-03-31"
    base = _packet()
    law, safety, college = base.activities
    packet = _packet(
        activities=(
            replace(law, counted=Hours(200)),
            replace(safety, counted=Hours(50), note="pharmacist-specific hours over the cap"),
            replace(college, counted=Hours(0), note=cycle),
        )
    )
    sentence = logged_versus_counted(packet.activities)
    assert sentence == (
        "3.75 hours logged, 2.5 hours counted: 1 hour pharmacist-specific hours over the cap; "
        f"0.25 hours {cycle}"
    )
    assert f"Why: {sentence}" in document_text(packet_blocks(packet))
    assert logged_versus_counted(base.activities) is None
    assert not any(line.startswith("Why:") for line in document_text(packet_blocks(base)))
