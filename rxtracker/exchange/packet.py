"""The audit packet's content, as HTML for Qt's rich-text engine (no Qt here).

The cover page carries PTCB's own compliance summary (renewal date range, total CE,
technician-specific, pharmacist-specific, law 03, patient safety 05: rules-reference 1.4)
and the credential's requirements as evaluated (a state credential's own items included);
then one line per activity with the fields auditors check (title, provider, date, hours, UAN);
then the certificate files with their sha256, numbered as attached after the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from rxtracker.domain import Category, Hours, date_text
from rxtracker.exchange.packet_plan import PacketPlan, plan_html


@dataclass(frozen=True, slots=True)
class PacketActivity:
    """One activity as the auditor sees it."""

    completed_on: dt.date
    title: str
    provider: str
    hours: Hours
    uan: str | None
    topic: str | None
    audience: str | None  # "T", "P" or None
    category: str
    attachments: tuple[int, ...]  # attachment numbers in the appendix
    note: str | None = None  # why it counts less than in full, if it does
    counted: Hours | None = None  # toward the credential; None: not judged (counts as logged)


@dataclass(frozen=True, slots=True)
class PacketCertificate:
    """A stored certificate file, listed and appended after the report."""

    number: int
    activity_title: str
    completed_on: dt.date
    original_name: str
    media_type: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class RequirementLine:
    """One requirement of the credential, evaluated for the cycle."""

    label: str
    required: str
    counted: str
    status: str  # "Met", "Not met", "Limit", "Waived"...
    good: bool | None  # colours the status: True green, False red, None plain
    note: str = ""  # a condition ("If you administer immunizations") or why it is waived
    unconfirmed: bool = False


@dataclass(frozen=True, slots=True)
class AuditPacket:
    """Everything the packet shows."""

    person_name: str
    person_ids: tuple[tuple[str, str], ...]  # ("NABP e-Profile ID", "1234567"), ...
    credential_name: str
    credential_number: str | None
    cycle_label: str  # "Current cycle" / "Previous cycle"
    cycle_start: dt.date
    cycle_end: dt.date
    generated_on: dt.date
    requirements: tuple[RequirementLine, ...]
    missing: tuple[str, ...]
    notes: tuple[str, ...]
    activities: tuple[PacketActivity, ...]
    certificates: tuple[PacketCertificate, ...]
    plan: PacketPlan | None = None  # how to finish the current cycle on time (issue 16)


@dataclass(frozen=True, slots=True)
class ComplianceCounts:
    """PTCB's running counts for a renewal date range (hours as logged)."""

    total: Hours
    technician: Hours
    pharmacist: Hours
    law: Hours
    patient_safety: Hours


def compliance_counts(activities: Sequence[PacketActivity]) -> ComplianceCounts:
    """Sum the hours the way PTCB's compliance screen shows them."""

    def total(keep: Callable[[PacketActivity], bool]) -> Hours:
        return Hours.total([a.hours for a in activities if keep(a)])

    return ComplianceCounts(
        total=total(lambda a: True),
        technician=total(lambda a: a.audience == "T"),
        pharmacist=total(lambda a: a.audience == "P"),
        law=total(lambda a: a.topic == "03"),
        patient_safety=total(lambda a: a.topic == "05"),
    )


def logged_versus_counted(activities: Sequence[PacketActivity]) -> str | None:
    """Why the hours counted differ from the hours logged, or None when they do not.

    '17 hours logged, 16 hours counted: 1 hour outside the cycle 2025-04-01 to 2027-03-31'.
    """
    logged = Hours.total([a.hours for a in activities])
    counted = Hours.total([a.hours if a.counted is None else a.counted for a in activities])
    if counted == logged:
        return None
    short: dict[str, int] = {}
    for a in activities:
        gap = a.hours.hundredths - (a.hours if a.counted is None else a.counted).hundredths
        if gap > 0:
            why = a.note or "not counted"
            short[why] = short.get(why, 0) + gap
    reasons = "; ".join(f"{Hours(gap).describe()} {why}" for why, gap in short.items())
    return f"{logged.describe()} logged, {counted.describe()} counted: {reasons}"


def us_date(day: dt.date) -> str:
    """MM/DD/YYYY, as PTCB and CPE Monitor write dates."""
    return day.strftime("%m/%d/%Y")


_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 10pt; margin-bottom: 3pt; }
p.sub { color: #333; margin-top: 0; }
td, th { font-size: 8pt; }
th { background-color: #e4e4e4; text-align: left; font-weight: bold; }
td.num, th.num { text-align: right; }
td.bad { color: #a00000; font-weight: bold; }
td.ok { color: #005a00; font-weight: bold; }
p.small, li.small { font-size: 7.5pt; color: #333; }
tt { font-size: 7.5pt; }
"""

_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="3"'
    ' style="border-collapse: collapse; border-color: #888;">'
)


def build_packet_html(packet: AuditPacket) -> str:
    """The packet as one HTML document (page breaks between the three parts)."""
    parts = [
        f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>",
        _cover(packet),
        '<div style="page-break-before: always;"></div>',
        _activity_log(packet),
        _certificate_list(packet),
        "</body></html>",
    ]
    return "\n".join(parts)


def _cover(p: AuditPacket) -> str:
    ids = "".join(
        f"<tr><th width='32%'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in p.person_ids
    )
    number = f" &#8212; No. {escape(p.credential_number)}" if p.credential_number else ""
    return (
        "<h1>Continuing-education audit packet</h1>"
        f"<p class='sub'>{escape(p.credential_name)}{number}<br>"
        f"{escape(p.cycle_label)}: {date_text(p.cycle_start)} to {date_text(p.cycle_end)}"
        f" &#183; prepared {date_text(p.generated_on)} with rxtracker</p>"
        f"{_TABLE}<tr><th width='32%'>Name</th><td><b>{escape(p.person_name)}</b></td></tr>"
        f"{ids}</table>"
        + _ptcb_summary(p)
        + _requirements(p)
        + _missing_and_notes(p)
        + plan_html(p.plan, _TABLE)
    )


def _ptcb_summary(p: AuditPacket) -> str:
    counts = compliance_counts(p.activities)
    rows = (
        ("Renewal date range", f"{us_date(p.cycle_start)} to {us_date(p.cycle_end)}"),
        ("Total CEs", _hours(counts.total)),
        ("Technician-specific (UAN ending -T)", _hours(counts.technician)),
        ("Pharmacist-specific (UAN ending -P)", _hours(counts.pharmacist)),
        ("Pharmacy Law (ACPE topic 03)", _hours(counts.law)),
        ("Patient Safety (ACPE topic 05)", _hours(counts.patient_safety)),
    )
    body = "".join(
        f"<tr><th width='50%'>{escape(k)}</th><td class='num'>{escape(v)}</td></tr>"
        for k, v in rows
    )
    difference = logged_versus_counted(p.activities)
    if difference:
        body += f"<tr><td colspan='2' class='small'><b>Why:</b> {escape(difference)}</td></tr>"
    return (
        "<h2>Compliance summary</h2>"
        "<p class='small'>Hours as logged for activities dated in the renewal date range, "
        "counted the way PTCB's compliance screen shows them.</p>"
        f"{_TABLE}{body}</table>"
    )


def _requirements(p: AuditPacket) -> str:
    if not p.requirements:
        return ""
    rows = []
    for r in p.requirements:
        css = {True: "ok", False: "bad", None: ""}[r.good]
        flag = " <i>(unconfirmed rule)</i>" if r.unconfirmed else ""
        note = f"<br><i>{escape(r.note)}</i>" if r.note else ""
        rows.append(
            f"<tr><td>{escape(r.label)}{flag}{note}</td>"
            f"<td class='num'>{escape(r.required)}</td>"
            f"<td class='num'>{escape(r.counted)}</td>"
            f"<td class='{css}'>{escape(r.status)}</td></tr>"
        )
    header = (
        "<tr><th width='50%'>Requirement</th><th class='num' width='15%'>Required</th>"
        "<th class='num' width='13%'>Counted</th><th width='22%'>Status</th></tr>"
    )
    return (
        f"<h2>Requirements of {escape(p.credential_name)} for this cycle</h2>"
        f"{_TABLE}{header}{''.join(rows)}</table>"
    )


def _missing_and_notes(p: AuditPacket) -> str:
    out = ""
    if p.missing:
        items = "".join(f"<li>{escape(m)}</li>" for m in p.missing)
        out += f"<h2>Still missing</h2><ul>{items}</ul>"
    if p.notes:
        items = "".join(f"<li class='small'>{escape(n)}</li>" for n in p.notes)
        out += f"<p class='small'><b>Unconfirmed rules:</b></p><ul>{items}</ul>"
    return out


def _activity_log(p: AuditPacket) -> str:
    header = (
        "<tr><th width='5%'>#</th><th width='11%'>Date</th><th width='24%'>Title</th>"
        "<th width='15%'>Provider</th><th class='num' width='7%'>Hours</th>"
        "<th width='25%'>UAN</th><th width='13%'>Certificate</th></tr>"
    )
    rows = []
    for index, a in enumerate(p.activities, start=1):
        certs = ", ".join(f"Attachment {n}" for n in a.attachments) or "none stored"
        kind = "" if a.category == "acpe" else f"<br><i>{escape(_category(a.category))}</i>"
        note = f"<br><i>{escape(a.note)}</i>" if a.note else ""
        rows.append(
            f"<tr><td>{index}</td><td>{us_date(a.completed_on)}</td>"
            f"<td>{escape(a.title)}{kind}{note}</td><td>{escape(a.provider)}</td>"
            f"<td class='num'>{escape(str(a.hours))}</td>"
            f"<td>{escape(a.uan or 'none (not ACPE)')}</td><td>{escape(certs)}</td></tr>"
        )
    if not rows:
        rows.append("<tr><td colspan='7'>No CE activity is dated in this cycle.</td></tr>")
    total = compliance_counts(p.activities).total
    return (
        f"<h2>CE activities, {us_date(p.cycle_start)} to {us_date(p.cycle_end)}</h2>"
        f"<p class='small'>{escape(p.person_name)} &#183; {len(p.activities)} activities, "
        f"{escape(total.describe())}</p>"
        f"{_TABLE}{header}{''.join(rows)}</table>"
    )


def _certificate_list(p: AuditPacket) -> str:
    if not p.certificates:
        return "<h2>Certificates</h2><p>No certificate files are stored for these activities.</p>"
    header = (
        "<tr><th width='12%'>Attachment</th><th width='32%'>For</th><th width='20%'>File</th>"
        "<th width='36%'>SHA-256 fingerprint</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{c.number}</td><td>{escape(c.activity_title)}<br>{us_date(c.completed_on)}"
        f"</td><td>{escape(c.original_name)}<br>{_size(c.size_bytes)}</td>"
        f"<td><tt>{c.sha256[:32]}<br>{c.sha256[32:]}</tt></td></tr>"
        for c in p.certificates
    )
    return (
        "<h2>Certificates</h2>"
        "<p class='small'>Each stored file follows this report as an attachment, in this "
        "order. The SHA-256 fingerprint identifies the exact file kept by rxtracker.</p>"
        f"{_TABLE}{header}{rows}</table>"
    )


def _hours(value: Hours) -> str:
    return value.describe()


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1048576:.1f} MB"


def _category(value: str) -> str:
    try:
        return Category(value).label
    except ValueError:
        return value
