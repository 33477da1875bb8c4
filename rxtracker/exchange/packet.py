"""The audit packet's content, as printed blocks (``exchange.printable``; no Qt here).

The cover page carries PTCB's own compliance summary (renewal date range, total CE,
technician-specific, pharmacist-specific, law 03, patient safety 05: rules-reference 1.4)
and the credential's requirements as evaluated (a state credential's own items included);
then one line per activity with the fields auditors check (title, provider, date, hours, UAN);
then the certificate files with their sha256, numbered as attached after the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rxtracker.domain import Category, Hours, date_text
from rxtracker.exchange.packet_plan import PacketPlan, plan_blocks
from rxtracker.exchange.printable import (
    Block,
    Bullets,
    Cell,
    Column,
    Heading,
    Line,
    Look,
    PageBreak,
    Paragraph,
    Sheet,
    Table,
    head,
    translated,
)
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate


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
            why = a.note or translate("packet", "not counted")
            short[why] = short.get(why, 0) + gap
    reasons = "; ".join(f"{Hours(gap).describe()} {why}" for why, gap in short.items())
    return translate("packet", "{logged} logged, {counted} counted: {reasons}").format(
        logged=logged.describe(), counted=counted.describe(), reasons=reasons
    )


@lru_cache(maxsize=4096)  # a long log repeats its days
def us_date(day: dt.date) -> str:
    """MM/DD/YYYY, as PTCB and CPE Monitor write dates."""
    return day.strftime("%m/%d/%Y")


#: A packet's type sizes (points): as the HTML packet printed them.
SHEET = Sheet(body=9, cell=8, small=7.5, title=16, section=11.5)
_OK, _BAD = "#005a00", "#a00000"


def packet_blocks(packet: AuditPacket) -> Iterator[Block]:
    """The packet as printed blocks: the cover, a page break, the activity log, the files.

    The activity log's rows are made as they are printed.
    """
    yield from _cover(packet)
    yield PageBreak()
    yield from _activity_log(packet)
    yield from _certificate_list(packet)


def _cover(p: AuditPacket) -> Iterator[Block]:
    credential = p.credential_name
    if p.credential_number:
        credential = translate("packet", "{credential} \u2014 No. {number}").format(
            credential=p.credential_name, number=p.credential_number
        )
    yield Heading(translate("packet", "Continuing-education audit packet"), 1)
    yield Paragraph(
        (
            Line(credential),
            Line(
                translate(
                    "packet", "{cycle}: {start} to {end} \u00b7 prepared {today} with rxtracker"
                ).format(
                    cycle=p.cycle_label,
                    start=date_text(p.cycle_start),
                    end=date_text(p.cycle_end),
                    today=date_text(p.generated_on),
                )
            ),
        )
    )
    ids = ((head(k), Cell.of(v)) for k, v in p.person_ids)
    names = ((head(translate("packet", "Name")), Cell.of(p.person_name, Look.BOLD)), *ids)
    yield Table((Column("", 0.32), Column("", 0.68)), names)
    yield from _ptcb_summary(p)
    yield from _requirements(p)
    yield from _missing_and_notes(p)
    yield from plan_blocks(p.plan)


def _ptcb_summary(p: AuditPacket) -> Iterator[Block]:
    counts = compliance_counts(p.activities)
    rows = (
        (translate("packet", "Renewal date range"), _range(p)),
        (translate("packet", "Total CEs"), _hours(counts.total)),
        (translate("packet", "Technician-specific (UAN ending -T)"), _hours(counts.technician)),
        (translate("packet", "Pharmacist-specific (UAN ending -P)"), _hours(counts.pharmacist)),
        (translate("packet", "Pharmacy Law (ACPE topic 03)"), _hours(counts.law)),
        (translate("packet", "Patient Safety (ACPE topic 05)"), _hours(counts.patient_safety)),
    )
    yield Heading(translate("packet", "Compliance summary"))
    yield Paragraph(
        (
            Line(
                translate(
                    "packet",
                    "Hours as logged for activities dated in the renewal date range, "
                    "counted the way PTCB's compliance screen shows them.",
                ),
                Look.SMALL,
            ),
        )
    )
    columns = (Column("", 0.5), Column("", 0.5, right=True))
    yield Table(columns, tuple((head(k), Cell.of(v)) for k, v in rows))
    difference = logged_versus_counted(p.activities)
    if difference:
        why = translate("packet", "Why: {difference}").format(difference=difference)
        yield Paragraph((Line(why, Look.SMALL),))


def _requirements(p: AuditPacket) -> Iterator[Block]:
    if not p.requirements:
        return
    columns = (
        Column(translate("packet", "Requirement"), 0.5),
        Column(translate("packet", "Required"), 0.15, right=True),
        Column(translate("packet", "Counted"), 0.13, right=True),
        Column(translate("packet", "Status"), 0.22),
    )
    heading = translate("packet", "Requirements of {credential} for this cycle")
    yield Heading(heading.format(credential=p.credential_name))
    yield Table(columns, tuple(_requirement_row(r) for r in p.requirements))


def _requirement_row(r: RequirementLine) -> tuple[Cell, ...]:
    label = [Line(r.label)]
    if r.unconfirmed:
        label.append(Line(translate("packet", "(unconfirmed rule)"), Look.ITALIC))
    if r.note:
        label.append(Line(r.note, Look.ITALIC))
    colour = {True: _OK, False: _BAD, None: None}[r.good]
    status = Cell((Line(r.status, Look.BOLD if colour else Look.PLAIN),), colour=colour)
    return (Cell(tuple(label)), Cell.of(r.required), Cell.of(r.counted), status)


def _missing_and_notes(p: AuditPacket) -> Iterator[Block]:
    if p.missing:
        yield Heading(translate("packet", "Still missing"))
        yield Bullets(tuple(Line(m) for m in p.missing))
    if p.notes:
        yield Paragraph((Line(translate("packet", "Unconfirmed rules:"), Look.SMALL_BOLD),))
        yield Bullets(tuple(Line(n, Look.SMALL) for n in p.notes))


#: The activity log's columns (the first holds the row number, up to 6 digits).
LOG_COLUMNS = (
    Column("#", 0.07),
    Column(QT_TRANSLATE_NOOP("packet", "Date"), 0.11),
    Column(QT_TRANSLATE_NOOP("packet", "Title"), 0.22),
    Column(QT_TRANSLATE_NOOP("packet", "Provider"), 0.15),
    Column(QT_TRANSLATE_NOOP("packet", "Hours"), 0.07, right=True),
    Column("UAN", 0.25),
    Column(QT_TRANSLATE_NOOP("packet", "Certificate"), 0.13),
)


def _activity_log(p: AuditPacket) -> Iterator[Block]:
    total = compliance_counts(p.activities).total
    yield Heading(translate("packet", "CE activities, {dates}").format(dates=_range(p)))
    count = len(p.activities)
    summary = translate("packet", "{person} \u00b7 %n activities, {hours}", None, count)
    summary = summary.format(person=p.person_name, hours=total.describe())
    yield Paragraph((Line(summary, Look.SMALL),))
    if not p.activities:
        yield Paragraph((Line(translate("packet", "No CE activity is dated in this cycle.")),))
        return
    yield Table(
        translated(LOG_COLUMNS, lambda title: translate("packet", title)),
        (_log_row(i, a) for i, a in enumerate(p.activities, start=1)),
    )


def _log_row(index: int, a: PacketActivity) -> tuple[Cell, ...]:
    attachment = translate("packet", "Attachment {number}")
    certs = ", ".join(attachment.format(number=n) for n in a.attachments)
    certs = certs or translate("packet", "none stored")
    title = [Line(a.title)]
    if a.category != "acpe":
        title.append(Line(_category(a.category), Look.ITALIC))
    if a.note:
        title.append(Line(a.note, Look.ITALIC))
    return (
        Cell.of(str(index)),
        Cell.of(us_date(a.completed_on)),
        Cell(tuple(title)),
        Cell.of(a.provider),
        Cell.of(str(a.hours)),
        Cell.of(a.uan or translate("packet", "none (not ACPE)")),
        Cell.of(certs),
    )


def _certificate_list(p: AuditPacket) -> Iterator[Block]:
    yield Heading(translate("packet", "Certificates"))
    if not p.certificates:
        none = translate("packet", "No certificate files are stored for these activities.")
        yield Paragraph((Line(none),))
        return
    yield Paragraph(
        (
            Line(
                translate(
                    "packet",
                    "Each stored file follows this report as an attachment, in this order. "
                    "The SHA-256 fingerprint identifies the exact file kept by rxtracker.",
                ),
                Look.SMALL,
            ),
        )
    )
    columns = (
        Column(translate("packet", "Attachment"), 0.12),
        Column(translate("packet", "For"), 0.32),
        Column(translate("packet", "File"), 0.2),
        Column(translate("packet", "SHA-256 fingerprint"), 0.36),
    )
    yield Table(columns, (_certificate_row(c) for c in p.certificates))


def _certificate_row(c: PacketCertificate) -> tuple[Cell, ...]:
    return (
        Cell.of(str(c.number)),
        Cell((Line(c.activity_title), Line(us_date(c.completed_on)))),
        Cell((Line(c.original_name), Line(_size(c.size_bytes)))),
        Cell((Line(c.sha256[:32], Look.SMALL), Line(c.sha256[32:], Look.SMALL))),
    )


def _range(p: AuditPacket) -> str:
    """'04/01/2025 to 03/31/2027': the renewal date range as PTCB writes it."""
    return translate("packet", "{start} to {end}").format(
        start=us_date(p.cycle_start), end=us_date(p.cycle_end)
    )


def _hours(value: Hours) -> str:
    return value.describe()


def _size(size: int) -> str:
    if size < 1024:
        return translate("packet", "{size} bytes").format(size=size)
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1048576:.1f} MB"


def _category(value: str) -> str:
    try:
        return Category(value).label
    except ValueError:
        return value
