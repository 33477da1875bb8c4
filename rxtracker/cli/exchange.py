"""Records in and out: ce import/reconcile, export csv/ics, report, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.cli.lazy import lazy_module
from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.tables import RECONCILE, headings
from rxtracker.cli.words import stamp_text, us_date
from rxtracker.domain import InvalidInput
from rxtracker.exchange.mapping import ColumnMapping, DateStyle, Field
from rxtracker.i18n import data_text, translate

if TYPE_CHECKING:  # each command imports the services it runs (imports, exports, backups)
    from rxtracker.exchange.fates import Fate, RowVerdict
    from rxtracker.services import Context, people
    from rxtracker.services.imports import ImportPreview
else:
    people = lazy_module("rxtracker.services.people")


def register(tree: CommandTree) -> None:
    """Add ``ce import``, ``ce reconcile``, ``export``, ``report``, ``backup``, ``restore``."""
    ce_actions = tree.group("ce")
    imp = ce_actions.add_parser(
        "import",
        help=translate("exchange", "import a CPE Monitor export (.xlsx/.csv) or a CSV of CE"),
    )
    imp.add_argument("person", metavar="PERSON", help=translate("exchange", "name or id"))
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("exchange", "show what would happen; write nothing"),
    )
    imp.add_argument(
        "--json", action="store_true", help=translate("exchange", "machine-readable output")
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate(
            "exchange",
            "for a CSV with your own columns: which column holds which field "
            "({fields}); repeatable",
        ).format(fields=", ".join(f.value for f in Field)),
    )
    imp.add_argument(
        "--date-format",
        choices=["auto", "us"],
        default="auto",
        help=translate(
            "exchange", "with --map: auto (YYYY-MM-DD or MM/DD/YYYY) or us (MM/DD/YYYY only)"
        ),
    )
    imp.set_defaults(run=ce_import)
    rec = ce_actions.add_parser(
        "reconcile",
        help=translate(
            "exchange", "list UAN activities not yet seen in an imported CPE Monitor export"
        ),
    )
    rec.add_argument("person", metavar="PERSON", help=translate("exchange", "name or id"))
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(run=ce_reconcile)
    _register_exports(tree)
    _register_backup(tree)


def _register_exports(tree: CommandTree) -> None:
    xsub = tree.group("export")
    csv_cmd = xsub.add_parser(
        "csv", help=translate("exchange", "every CE activity of a person, one row each")
    )
    csv_cmd.add_argument("person", metavar="PERSON", help=translate("exchange", "name or id"))
    csv_cmd.add_argument("--out", required=True, type=Path, metavar="FILE")
    csv_cmd.set_defaults(run=export_csv)
    ics = xsub.add_parser(
        "ics",
        help=translate(
            "exchange", "renewal-window openings, deadlines and expirations as a calendar (.ics)"
        ),
    )
    ics.add_argument(
        "person",
        metavar="PERSON",
        nargs="?",
        help=translate("exchange", "name or id (default: everybody)"),
    )
    ics.add_argument("--out", required=True, type=Path, metavar="FILE")
    ics.set_defaults(run=export_ics)
    rep = tree.command("report")
    rep.add_argument("person", metavar="PERSON", help=translate("exchange", "name or id"))
    rep.add_argument(
        "--credential",
        metavar="TYPE",
        help=translate("exchange", "credential type id (default: soonest deadline)"),
    )
    rep.add_argument("--cycle", choices=["current", "previous"], default="current")
    rep.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    rep.set_defaults(run=report_pdf)


def _register_backup(tree: CommandTree) -> None:
    bak = tree.command("backup")
    bak.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    bak.set_defaults(run=backup)
    res = tree.command("restore")
    res.add_argument("archive", metavar="FILE.zip", type=Path)
    res.set_defaults(run=restore)


# ------------------------------------------------------------------ import


def parse_mapping(pairs: list[str], date_format: str) -> ColumnMapping | None:
    """``["date=Completed", "title=Course"]`` -> a mapping (None when no pair is given).

    Raises:
        InvalidInput: field "--map": not FIELD=COLUMN, or an unknown field.
    """
    if not pairs:
        return None
    columns: dict[Field, str] = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or not column.strip():
            problem = translate("exchange", "{pair} is not FIELD=COLUMN (like date=Completed on)")
            raise InvalidInput("--map", problem.format(pair=repr(pair)))
        try:
            field = Field(name.strip().lower().replace("-", "_"))
        except ValueError:
            problem = translate("exchange", "unknown field {name}; fields are {known}")
            known = ", ".join(f.value for f in Field)
            raise InvalidInput("--map", problem.format(name=repr(name), known=known)) from None
        columns[field] = column.strip()
    return ColumnMapping(columns, DateStyle.US if date_format == "us" else DateStyle.AUTO)


def ce_import(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce import PERSON FILE [--dry-run] [--json] [--map FIELD=COLUMN ...]``."""
    from rxtracker.exchange.fates import Fate
    from rxtracker.services import imports

    person = people.find_person(ctx, args.person)
    mapping = parse_mapping(args.map, args.date_format)
    preview = imports.preview_import(ctx, person.id, args.file, mapping=mapping)
    if args.dry_run:
        rows, counts, batch = preview.rows, preview.counts, None
    else:
        result = imports.commit_import(ctx, preview).value
        rows, counts, batch = result.rows, result.counts, result.batch_id
    if args.json:
        print_json(
            {
                "person": person.name,
                "file": preview.file_name,
                "kind": preview.kind.value,
                "dry_run": args.dry_run,
                "batch_id": batch,
                "imported_before": preview.imported_before,
                "counts": {
                    "added": counts.added,
                    "merged": counts.merged,
                    "skipped": counts.skipped,
                    "rejected": counts.rejected,
                    "blank": counts.blank,
                },
                "rows": [_row_json(r) for r in rows],
            }
        )
        return 0
    _print_import(preview, person.name, args.dry_run, counts.sentence())
    for row in rows:
        if row.fate is not Fate.ADD:
            line = translate("exchange", "  row {line}: {fate}: {reason}")
            print(line.format(line=row.line, fate=_fate_word(row.fate), reason=row.reason))
    return 0


def _print_import(preview: ImportPreview, name: str, dry_run: bool, counts: str) -> None:
    """What was read and what it did (or would do), before the rows set apart."""
    from rxtracker.services.wording import sentence_date

    fields = {"kind": preview.kind.label, "file": preview.file_name, "name": name}
    if dry_run:
        print(
            translate("exchange", "Dry run (nothing written): {kind} {file} for {name}.").format(
                **fields
            )
        )
    else:
        print(translate("exchange", "Imported: {kind} {file} for {name}.").format(**fields))
    if preview.imported_before:
        before = translate("exchange", "Note: this exact file was imported before, on {date}.")
        print(before.format(date=sentence_date(preview.imported_before.date())))
    if dry_run:
        print(translate("exchange", "Would be: {counts}.").format(counts=counts))
    else:
        print(f"{counts}.")


def _fate_word(fate: Fate) -> str:
    from rxtracker.exchange.fates import Fate

    return {
        Fate.ADD: translate("exchange", "added"),
        Fate.MERGE: translate("exchange", "merged"),
        Fate.DUPLICATE: translate("exchange", "skipped"),
        Fate.REJECT: translate("exchange", "rejected"),
    }[fate]


def _row_json(row: RowVerdict) -> dict[str, Any]:
    a = row.activity
    return {
        "line": row.line,
        "fate": row.fate.value,
        "reason": row.reason,
        "title": a.title if a else row.text.title,
        "date": a.completed_on.isoformat() if a else row.text.date,
        "hours": a.hours.to_float() if a else row.text.hours,
        "uan": a.uan if a else row.text.uan,
        "matches_activity": row.match_id,
    }


def ce_reconcile(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce reconcile PERSON [--json]``."""
    from rxtracker.services import reconcile

    person = people.find_person(ctx, args.person)
    pending = reconcile.not_in_cpe_monitor(ctx, person.id)
    if args.json:
        print_json(
            [
                {
                    "activity_id": p.activity.id,
                    "date": p.activity.completed_on.isoformat(),
                    "title": p.activity.title,
                    "provider": p.activity.provider,
                    "uan": p.activity.uan,
                    "days_since": p.days_since,
                    "reporting": p.reporting.value,
                    "message": p.message,
                }
                for p in pending
            ]
        )
        return 0
    if not pending:
        every = translate(
            "exchange",
            "Every UAN activity of {name} has shown up in an imported CPE Monitor export.",
        )
        print(every.format(name=person.name))
        return 0
    count = len(pending)
    heading = translate(
        "exchange", "%n activities of {name} are not yet in CPE Monitor:", None, count
    )
    print(heading.format(name=person.name))
    print_table(
        headings(RECONCILE),
        [
            [
                p.activity.id,
                p.activity.completed_on,
                p.activity.title,
                p.activity.provider,
                p.activity.uan,
                p.message,
            ]
            for p in pending
        ],
    )
    return 0


# ------------------------------------------------------------------ export, backup


def export_csv(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker export csv PERSON --out FILE``."""
    from rxtracker.services import exports

    person = people.find_person(ctx, args.person)
    result = exports.export_activities_csv(ctx, person.id, args.out)
    count = result.count
    wrote = translate("exchange", "Wrote %n activities of {name} to {path}.", None, count)
    print(wrote.format(name=person.name, path=result.path))
    return 0


def export_ics(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker export ics [PERSON] --out FILE``."""
    from rxtracker.services import exports

    person = people.find_person(ctx, args.person) if args.person else None
    result = exports.export_calendar(ctx, args.out, person_id=person.id if person else None)
    whose = person.name if person else translate("exchange", "everybody")
    count = result.count
    wrote = translate("exchange", "Wrote %n renewal dates ({whose}) to {path}.", None, count)
    print(wrote.format(whose=whose, path=result.path))
    return 0


def report_pdf(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker report PERSON [--credential T] [--cycle current|previous] --out F.pdf``."""
    from rxtracker.printing.pdf import render_packet  # Qt is loaded only for this command
    from rxtracker.services import report

    person = people.find_person(ctx, args.person)
    built = report.audit_report(ctx, person.id, credential_type=args.credential, cycle=args.cycle)
    result = render_packet(built, args.out)
    packet = built.packet
    activities, certificates, pages = (
        len(packet.activities),
        len(packet.certificates),
        result.total_pages,
    )
    wrote = translate(
        "exchange",
        "Wrote the audit packet of {name}, {credential}, {start} to {end}, to {path}: "
        "{activities}, {certificates}, {pages}.",
    )
    print(
        wrote.format(
            name=packet.person_name,
            credential=data_text(packet.credential_name),
            start=us_date(packet.cycle_start),
            end=us_date(packet.cycle_end),
            path=result.path,
            activities=translate("exchange", "%n activities", None, activities),
            certificates=translate("exchange", "%n certificates", None, certificates),
            pages=translate("exchange", "%n pages", None, pages),
        )
    )
    unreadable = translate(
        "exchange", "  attachment {number}: the stored file could not be read; listed with its hash"
    )
    for number in result.unreadable:
        print(unreadable.format(number=number))
    return 0


def backup(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker backup --out FILE.zip``."""
    from rxtracker.services import backup as backups

    result = backups.create_backup(ctx, args.out)
    count = result.certificate_count
    written = translate(
        "exchange",
        "Backup written to {path}: the database (schema {schema}) and %n certificate files.",
        None,
        count,
    )
    print(written.format(path=result.path, schema=result.manifest.schema_version))
    return 0


def restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker restore FILE.zip``."""
    from rxtracker.services import backup as backups

    result = backups.restore_backup(ctx, args.archive)
    restored = translate(
        "exchange",
        "Restored from {archive} (made {made} by rxtracker {version}). "
        "Your previous data was saved to {previous}.",
    )
    print(
        restored.format(
            archive=result.restored_from,
            made=stamp_text(result.manifest.created_at),
            version=result.manifest.app_version,
            previous=result.previous_data,
        )
    )
    return 0
