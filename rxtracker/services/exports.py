"""Exports: the CE log as CSV, renewal dates as an .ics calendar, the audit packet's content."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from rxtracker.db import Activity, Person
from rxtracker.domain import Hours, NotFound, topic_label
from rxtracker.exchange.csv_export import write_csv
from rxtracker.services.context import Context

CSV_HEADERS = (
    "Person",
    "Activity ID",
    "Date completed",
    "Title",
    "Provider",
    "Hours",
    "ACPE UAN",
    "Format",
    "Topic",
    "Audience",
    "Category",
    "Source",
    "Tags",
    "Recognized program",
    "Seen in CPE Monitor on",
    "Import batch",
    "Certificate files",
    "Certificate SHA-256",
    "Notes",
    "Created",
    "Updated",
)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A file written and how many records it holds."""

    path: Path
    count: int


def export_activities_csv(ctx: Context, person_id: int, out: Path) -> ExportResult:
    """Write every activity of a person to a CSV, one row each, oldest first.

    Every cell a spreadsheet could run as a formula is neutralised.

    Raises:
        NotFound: no such person.
    """
    with ctx.db.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        query = (
            select(Activity)
            .where(Activity.person_id == person_id)
            .options(selectinload(Activity.tags), selectinload(Activity.attachments))
            .order_by(Activity.completed_on, Activity.id)
        )
        rows = [_csv_row(person.name, a) for a in session.scalars(query)]
    return ExportResult(out, write_csv(out, CSV_HEADERS, rows))


def _csv_row(person: str, a: Activity) -> list[object]:
    return [
        person,
        a.id,
        a.completed_on.isoformat(),
        a.title,
        a.provider,
        str(Hours(a.hours_hundredths)),
        a.uan or "",
        a.format or "",
        topic_label(a.topic) if a.topic else "",
        {"T": "technician", "P": "pharmacist"}.get(a.audience or "", ""),
        a.category,
        a.source,
        " ".join(t.tag for t in a.tags),
        a.recognized_program or "",
        a.cpe_monitor_seen_on.isoformat() if a.cpe_monitor_seen_on else "",
        a.import_batch_id or "",
        " | ".join(x.original_name for x in a.attachments),
        " | ".join(x.sha256 for x in a.attachments),
        a.notes,
        _iso(a.created_at),
        _iso(a.updated_at),
    ]


def _iso(value: dt.datetime | None) -> str:
    return value.replace(microsecond=0).isoformat() if value else ""
