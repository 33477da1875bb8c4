"""Importing CE records: preview (nothing written), then commit in one transaction.

``preview_import`` reads the file, checks every row and decides its fate against the person's
stored activities, without writing. ``commit_import`` writes the preview in one transaction
(re-deciding the fates against the database as it is then), recording an ``import_batch``
row; a failure or a kill in the middle leaves the database exactly as before.

Fault injection for tests: when the environment variable ``RXTRACKER_FAULT_PAUSE_IMPORT``
names a file, ``commit_import`` creates that file halfway through its transaction (rows
written, nothing committed) and waits there up to two minutes, so a test can kill the
process at that exact point. Nothing else reads it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db.models import Activity, ImportBatch, Person
from rxtracker.domain import Hours, InvalidInput, NotFound, Source
from rxtracker.exchange.fates import Fate, RowVerdict, StoredActivity, assign_fates
from rxtracker.exchange.mapping import (
    ColumnMapping,
    ImportKind,
    cpe_monitor_format,
    guess_mapping,
)
from rxtracker.exchange.rows import ParsedActivity, ParsedRow, parse_table
from rxtracker.exchange.tables import MissingColumns, SourceTable, read_table
from rxtracker.i18n import translate
from rxtracker.services.bulk_writes import Batch
from rxtracker.services.context import Context
from rxtracker.services.import_writes import FAULT_PAUSE_ENV, write_rows
from rxtracker.services.inputs import ActivityInput
from rxtracker.services.rows import Changes, Kind, OnProgress, Outcome

__all__ = [
    "FAULT_PAUSE_ENV",
    "ImportCounts",
    "ImportPreview",
    "ImportResult",
    "commit_import",
    "preview_import",
    "read_import_file",
]


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """How many rows of each fate."""

    added: int
    merged: int
    skipped: int
    rejected: int
    blank: int

    @classmethod
    def of(cls, rows: tuple[RowVerdict, ...], blank: int) -> ImportCounts:
        """Count the fates of ``rows``."""
        fates = [r.fate for r in rows]
        return cls(
            added=fates.count(Fate.ADD),
            merged=fates.count(Fate.MERGE),
            skipped=fates.count(Fate.DUPLICATE),
            rejected=fates.count(Fate.REJECT),
            blank=blank,
        )

    def sentence(self) -> str:
        """'3 added, 1 merged, 2 skipped as duplicates, 1 rejected'."""
        text = translate(
            "imports",
            "{added} added, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected",
        ).format(added=self.added, merged=self.merged, skipped=self.skipped, rejected=self.rejected)
        if not self.blank:
            return text
        blank = translate("imports", "{counts} ({blank} blank rows ignored)")
        return blank.format(counts=text, blank=self.blank)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would do; nothing has been written."""

    person_id: int
    file_name: str
    sha256: str
    kind: ImportKind
    mapping: ColumnMapping
    headers: tuple[str, ...]
    parsed: tuple[ParsedRow, ...]
    rows: tuple[RowVerdict, ...]
    counts: ImportCounts
    imported_before: dt.datetime | None  # when this exact file was imported already
    #: The person's stored activities the fates were decided against (the commit decides
    #: again only when they differ from what it finds then).
    stored: tuple[StoredActivity, ...] | None = None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did."""

    batch_id: int
    person_id: int
    file_name: str
    kind: ImportKind
    rows: tuple[RowVerdict, ...]
    counts: ImportCounts
    activity_ids: tuple[int, ...]  # added and merged activities


def read_import_file(path: Path, mapping: ColumnMapping | None = None) -> SourceTable:
    """Read a file to import, finding the CPE Monitor header row when there is one.

    Raises:
        InvalidInput: field "file": unreadable, unsafe or too big.
    """
    required = cpe_monitor_format().required_headers
    if mapping is None and path.suffix.lower() in {".xlsx", ".xlsm"}:
        return read_table(path, required)
    if mapping is None:
        try:
            return read_table(path, required)
        except MissingColumns:
            pass  # not CPE Monitor's export: any CSV, its columns chosen or guessed
    return read_table(path)


def preview_import(
    ctx: Context,
    person_id: int,
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    today: dt.date | None = None,
) -> ImportPreview:
    """Read, check and deduplicate a file against a person's records, writing nothing.

    Args:
        ctx: the data folder.
        person_id: whose records the rows are.
        path: a CPE Monitor export (.xlsx or .csv) or any CSV.
        mapping: the columns of a generic CSV (None: CPE Monitor's, or guessed from the
            header names).
        today: for the "not in the future" check (default: today).

    Raises:
        NotFound: no such person.
        InvalidInput: the file cannot be read, or the mapping misses a field or a column.
    """
    with _collector_paused():
        return _preview(ctx, person_id, path, mapping, today or ctx.clock.today())


def _preview(
    ctx: Context, person_id: int, path: Path, mapping: ColumnMapping | None, day: dt.date
) -> ImportPreview:
    table = read_import_file(path, mapping)
    kind, mapping = _kind_and_mapping(table, mapping)
    parsed = parse_table(table, mapping, uan_required=kind.from_cpe_monitor)
    checked = tuple(_service_check(row, day) for row in parsed.rows)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    with ctx.db.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        stored = _stored(session, person_id)
        before = session.scalars(
            select(ImportBatch.imported_at)
            .where(ImportBatch.person_id == person_id, ImportBatch.sha256 == sha256)
            .order_by(ImportBatch.imported_at)
        ).first()
    rows = tuple(assign_fates(checked, stored, from_cpe_monitor=kind.from_cpe_monitor))
    return ImportPreview(
        person_id=person_id,
        file_name=table.file_name,
        sha256=sha256,
        kind=kind,
        mapping=mapping,
        headers=table.headers,
        parsed=checked,
        rows=rows,
        counts=ImportCounts.of(rows, parsed.blank_rows),
        imported_before=before,
        stored=tuple(stored),
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an import builds its (acyclic) rows.

    An import allocates a few hundred thousand small objects (cells, rows, history entries);
    each allocation burst would start a full collection that walks every object of the
    program, about a sixth of the import's time. Reference counting still frees everything;
    the collector is switched back on (if it was on) however the import ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _kind_and_mapping(
    table: SourceTable, mapping: ColumnMapping | None
) -> tuple[ImportKind, ColumnMapping]:
    if mapping is not None:
        return ImportKind.GENERIC_CSV, mapping
    fmt = cpe_monitor_format()
    if all(table.column(h) is not None for h in fmt.required_headers):
        kind = (
            ImportKind.CPE_MONITOR_XLSX if table.file_kind == "xlsx" else ImportKind.CPE_MONITOR_CSV
        )
        return kind, fmt.mapping
    return ImportKind.GENERIC_CSV, guess_mapping(table.headers)


def _service_check(row: ParsedRow, today: dt.date) -> ParsedRow:
    """Run the same checks as a hand-logged activity (future date, 100 h, lengths)."""
    if row.activity is None:
        return row
    try:
        _activity_input(row.activity).cleaned(today)
    except InvalidInput as exc:
        return dataclasses.replace(row, activity=None, problems=(str(exc),))
    return row


def _activity_input(activity: ParsedActivity) -> ActivityInput:
    # A UAN the parser has parsed went through the same parse_uan already (its problems
    # named after the file's column): it is not parsed a second time here.
    return ActivityInput(
        title=activity.title,
        completed_on=activity.completed_on,
        hours=activity.hours,
        provider=activity.provider,
        uan=None if activity.parsed_uan else activity.uan,
        notes=activity.notes,
        source=Source.IMPORT,
    )


def _stored(session: Session, person_id: int) -> list[StoredActivity]:
    query = select(Activity).where(Activity.person_id == person_id).order_by(Activity.id)
    return [
        StoredActivity(
            id=a.id,
            title=a.title,
            completed_on=a.completed_on,
            hours=Hours(a.hours_hundredths),
            uan=a.uan,
            hand_logged=a.source == Source.MANUAL.value,
            cpe_monitor_seen_on=a.cpe_monitor_seen_on,
        )
        for a in session.scalars(query)
    ]


def commit_import(
    ctx: Context,
    preview: ImportPreview,
    *,
    today: dt.date | None = None,
    progress: OnProgress | None = None,
) -> Outcome[ImportResult]:
    """Write a previewed import in one transaction.

    Fates are decided again against the database as it is now, so a record added since the
    preview is never doubled. Rejected rows are listed in the result, never written.
    ``progress(rows written, rows to write)`` is called as the rows are written; whatever it
    raises rolls the whole import back.

    Raises:
        NotFound: the person was deleted since the preview.
    """
    with _collector_paused():
        return _commit(ctx, preview, today or ctx.clock.today(), progress)


def _commit(
    ctx: Context, preview: ImportPreview, day: dt.date, progress: OnProgress | None
) -> Outcome[ImportResult]:
    from_cpe = preview.kind.from_cpe_monitor
    with ctx.db.write() as session:
        if session.get(Person, preview.person_id) is None:
            raise NotFound("person", preview.person_id)
        rows = _fates_now(session, preview)
        counts = ImportCounts.of(rows, preview.counts.blank)
        batch = _batch(preview, counts)
        session.add(batch)
        session.flush()
        seen_on = day if from_cpe else None
        written = Batch(batch.id, preview.person_id, batch.file_name)
        ids = write_rows(session, rows, written, seen_on, progress)
        result = ImportResult(
            batch.id, preview.person_id, preview.file_name, preview.kind, rows, counts, ids
        )
    changes = Changes.of(Kind.ACTIVITIES, people={preview.person_id}, activities=ids)
    return Outcome(result, changes)


def _fates_now(session: Session, preview: ImportPreview) -> tuple[RowVerdict, ...]:
    """The rows' fates against the database as it is inside the commit's transaction.

    The fates depend only on the parsed rows and the person's stored activities: when those
    are exactly what the preview saw, the preview's fates stand; otherwise (a record added,
    changed or deleted since) they are decided again.
    """
    stored = _stored(session, preview.person_id)
    if preview.stored is not None and tuple(stored) == preview.stored:
        return preview.rows
    from_cpe = preview.kind.from_cpe_monitor
    return tuple(assign_fates(preview.parsed, stored, from_cpe_monitor=from_cpe))


def _batch(preview: ImportPreview, counts: ImportCounts) -> ImportBatch:
    return ImportBatch(
        person_id=preview.person_id,
        kind=preview.kind.value,
        file_name=preview.file_name[:255],
        sha256=preview.sha256,
        added=counts.added,
        merged=counts.merged,
        skipped=counts.skipped,
        rejected=counts.rejected,
    )
