"""Export services: the CE log as CSV, renewal dates as ICS, the audit packet's content."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from rxtracker.domain import Category, Hours, InvalidInput
from rxtracker.exchange.printable import document_text
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.exports import CSV_HEADERS, export_activities_csv, export_calendar
from rxtracker.services.report import audit_report
from tests.conftest import make_pdf

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def ana(ctx: Context, tmp_path: Path) -> int:
    person = people.add_person(ctx, PersonInput("Ana Ruiz", ptcb_number="123456")).value.id
    credentials.add_credential(
        ctx, person, CredentialInput("ptcb-cpht", dt.date(2027, 3, 31), number="123456")
    )
    credentials.add_credential(ctx, person, CredentialInput("tx-technician", dt.date(2026, 12, 31)))
    log = [
        (
            '=HYPERLINK("http://x")',
            dt.date(2025, 5, 3),
            "2",
            "0126-0000-25-011-L03-T",
            ("texas-law",),
        ),
        ("Safety", dt.date(2025, 7, 20), "1.5", "0197-0000-25-044-H05-T", ()),
        ("Before the cycle", dt.date(2024, 12, 1), "3", None, ()),
        ("Pharmacist course", dt.date(2026, 1, 5), "2", "JA4008164-0000-25-027-H08-P", ()),
    ]
    for title, day, hours, uan, tags in log:
        activities.add_activity(
            ctx,
            person,
            ActivityInput(title, day, Hours.parse(hours), provider="@provider", uan=uan, tags=tags),
            certificate=make_pdf(tmp_path / f"{day}.pdf", title) if uan else None,
            today=TODAY,
        )
    return person


def test_csv_export_has_every_field_and_no_formula(ctx: Context, ana: int, tmp_path: Path) -> None:
    result = export_activities_csv(ctx, ana, tmp_path / "log.csv")
    assert result.count == 4
    with result.path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_HEADERS)
    first = rows[1]  # oldest first: "Before the cycle" is row 0
    assert first["Title"] == '\'=HYPERLINK("http://x")' and first["Provider"] == "'@provider"
    assert (first["Date completed"], first["Hours"], first["ACPE UAN"]) == (
        "2025-05-03",
        "2",
        "0126-0000-25-011-L03-T",
    )
    assert (first["Format"], first["Topic"], first["Audience"], first["Tags"]) == (
        "live",
        "03 Law",
        "technician",
        "texas-law",
    )
    assert (
        first["Certificate files"] == "2025-05-03.pdf" and len(first["Certificate SHA-256"]) == 64
    )
    assert rows[2]["Hours"] == "1.5"


def test_csv_export_shows_the_supervisors_check(ctx: Context, ana: int, tmp_path: Path) -> None:
    from rxtracker.services import PersonInput, activities, people
    from rxtracker.services.verification import verify_activity

    dana = people.add_person(ctx, PersonInput("Dana Cole")).value
    checked = activities.list_activities(ctx, ana)[0]
    verify_activity(ctx, checked.id, by_person_id=dana.id, now=dt.datetime(2026, 11, 20, 15, 30))
    path = export_activities_csv(ctx, ana, tmp_path / "log.csv").path
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {int(r["Activity ID"]): r for r in csv.DictReader(handle)}
    row = rows[checked.id]
    assert (row["Supervisor's check"], row["Checked by"], row["Checked at (UTC)"]) == (
        "verified",
        "Dana Cole",
        "2026-11-20T15:30:00",
    )
    others = [r for key, r in rows.items() if key != checked.id]
    assert all(r["Supervisor's check"] == "unverified" for r in others)


def test_calendar_export_has_every_date_of_every_credential(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    stamp = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    out = tmp_path / "dates.ics"
    result = export_calendar(ctx, out, person_id=ana, as_of=TODAY, now=stamp)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert result.count == len(events) == 5
    by_summary = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    assert by_summary["Ana Ruiz: PTCB CPhT renewal window opens"] == dt.date(2027, 1, 30)
    assert by_summary["Ana Ruiz: PTCB CPhT application deadline"] == dt.date(2027, 3, 1)
    assert by_summary["Ana Ruiz: PTCB CPhT expires"] == dt.date(2027, 3, 31)
    # Texas has no deadline before expiration: the expiration is the deadline.
    assert by_summary["Ana Ruiz: TX technician renewal window opens"] == dt.date(2026, 10, 17)
    assert by_summary["Ana Ruiz: TX technician last day to renew"] == dt.date(2026, 12, 31)
    assert all(e.walk("VALARM") for e in events)
    again = tmp_path / "again.ics"
    export_calendar(ctx, again, as_of=TODAY, now=stamp)  # everybody: same UIDs
    assert again.read_bytes().count(b"UID:") == 5
    assert sorted(str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")) == (
        sorted(str(e["UID"]) for e in events)
    )


def test_a_lapsed_credential_puts_its_last_day_to_reinstate_in_the_calendar(
    ctx: Context, tmp_path: Path
) -> None:
    # PTCB: reinstatement within 1 year after expiration (https://ptcb.org/renew/reinstate).
    from rxtracker.services.views.dashboard import dashboard_view

    ben = people.add_person(ctx, PersonInput("Ben Ortiz")).value.id
    credentials.add_credential(ctx, ben, CredentialInput("ptcb-cpht", dt.date(2026, 10, 31)))
    out = tmp_path / "lapsed.ics"
    export_calendar(ctx, out, person_id=ben, as_of=TODAY)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    assert by_summary["Ben Ortiz: PTCB CPhT last day to reinstate"] == dt.date(2027, 10, 31)
    upcoming = dashboard_view(ctx, ben, TODAY).upcoming
    assert [(u.label, u.day) for u in upcoming] == [
        ("last day to reinstate", dt.date(2027, 10, 31))
    ]


def test_audit_report_current_cycle(ctx: Context, ana: int) -> None:
    report = audit_report(ctx, ana, credential_type="ptcb-cpht", as_of=TODAY)
    packet = report.packet
    assert (packet.cycle_start, packet.cycle_end) == (dt.date(2025, 4, 1), dt.date(2027, 3, 31))
    assert [a.title for a in packet.activities] == [
        '=HYPERLINK("http://x")',
        "Safety",
        "Pharmacist course",
    ]
    assert [c.number for c in packet.certificates] == [1, 2, 3]
    assert [f.path.exists() for f in report.files] == [True, True, True]
    lines = {line.label: line for line in packet.requirements}
    assert lines["Total CE"].counted == "5.5 hours" and lines["Total CE"].good is False
    assert lines["Pharmacy law (ACPE topic 03)"].status == "Met"
    text = list(document_text(report.blocks))
    assert "123456" in text and "PTCB number" in text


def test_audit_report_state_credential_and_previous_cycle(ctx: Context, ana: int) -> None:
    texas = audit_report(ctx, ana, credential_type="tx-technician", as_of=TODAY).packet
    labels = [line.label for line in texas.requirements]
    assert any("Texas" in label for label in labels)
    assert any("trafficking" in label.lower() for label in labels)
    previous = audit_report(
        ctx, ana, credential_type="ptcb-cpht", cycle="previous", as_of=TODAY
    ).packet
    assert (previous.cycle_start, previous.cycle_end) == (dt.date(2023, 4, 1), dt.date(2025, 3, 31))
    assert [a.title for a in previous.activities] == ["Before the cycle"]
    assert previous.activities[0].category == Category.OTHER.value


def test_audit_report_needs_a_held_credential(ctx: Context, ana: int) -> None:
    with pytest.raises(InvalidInput, match="holds no 'nha-excpt' credential"):
        audit_report(ctx, ana, credential_type="nha-excpt", as_of=TODAY)
    ben = people.add_person(ctx, PersonInput("Ben")).value.id
    with pytest.raises(InvalidInput, match="Ben holds no credential"):
        audit_report(ctx, ben, as_of=TODAY)


def test_previous_cycle_is_the_last_renewal_recorded(ctx: Context, ana: int) -> None:
    from rxtracker.db.models import Credential, CredentialCycle

    with ctx.db.write() as session:
        cpht = session.query(Credential).filter_by(person_id=ana, type_id="ptcb-cpht").one()
        session.add(
            CredentialCycle(
                credential_id=cpht.id,
                cycle_start=dt.date(2022, 12, 1),
                expires_on=dt.date(2025, 1, 31),
                renewed_on=dt.date(2025, 1, 10),
            )
        )
    packet = audit_report(
        ctx, ana, credential_type="ptcb-cpht", cycle="previous", as_of=TODAY
    ).packet
    assert (packet.cycle_start, packet.cycle_end) == (dt.date(2022, 12, 1), dt.date(2025, 1, 31))
    assert [a.title for a in packet.activities] == ["Before the cycle"]


def test_a_packet_prepared_as_of_an_earlier_day_still_gives_later_activities_a_reason(
    ctx: Context, ana: int
) -> None:
    packet = audit_report(ctx, ana, credential_type="ptcb-cpht", as_of=dt.date(2025, 6, 1)).packet
    by_title = {a.title: a for a in packet.activities}
    assert set(by_title) == {'=HYPERLINK("http://x")', "Safety", "Pharmacist course"}
    assert by_title['=HYPERLINK("http://x")'].note is None
    later = by_title["Safety"]
    assert later.note == "dated after 2025-06-01, the day this status is for"
    assert later.counted == Hours.zero()
