"""Team mode from the terminal.

Team status and packets, roster import, person archives, person edit/deactivate, the team
report, verification and change history.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.cli.lazy import lazy_module
from rxtracker.cli.options import choice_option
from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.team_json import view_json
from rxtracker.domain import InvalidInput, Role, parse_date
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.changes import ENTITIES
from rxtracker.services.inputs import PersonInput
from rxtracker.services.rows import PersonRow

if TYPE_CHECKING:  # each command imports the services it runs (archives, roster, reports)
    from rxtracker.services import Context, people, team
    from rxtracker.services import history as changes
else:
    people = lazy_module("rxtracker.services.people")
    changes = lazy_module("rxtracker.services.history")


def register(tree: CommandTree) -> None:
    """Add ``team``, ``history``, and the team actions of ``person``, ``ce`` and ``report``."""
    _register_team(tree)
    _register_person(tree.group("person"))
    _register_ce(tree.group("ce"))
    _register_report(tree.parser("report"))
    hist = tree.command("history")
    hist.add_argument("entity", choices=ENTITIES)
    hist.add_argument("id", type=int, metavar="ID")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(run=show_history)


def _register_team(tree: CommandTree) -> None:
    tsub = tree.group("team")
    status = tsub.add_parser(
        "status", help=translate("team", "people by credential, most urgent first")
    )
    status.add_argument(
        "--as-of", metavar="DATE", help=translate("team", "judge on this day (default: today)")
    )
    status.add_argument(
        "--expiring-within",
        type=int,
        metavar="DAYS",
        help=translate("team", "only deadlines within DAYS (or past)"),
    )
    status.add_argument(
        "--not-on-track", action="store_true", help=translate("team", "only what needs action")
    )
    choice_option(status, "--role", [r.value for r in Role], "role")
    status.add_argument(
        "--credential", metavar="TYPE", help=translate("team", "only this credential type")
    )
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=team_status)
    packets = tsub.add_parser(
        "packets", help=translate("team", "one audit packet PDF per person, in a folder")
    )
    packets.add_argument("--out", required=True, type=Path, metavar="DIR")
    packets.add_argument("--as-of", metavar="DATE")
    packets.set_defaults(run=team_packets)


def _register_person(psub: Any) -> None:
    imp = psub.add_parser(
        "import", help=translate("team", "add people (and credentials) from a roster CSV/.xlsx")
    )
    imp.add_argument("file", metavar="FILE.csv", type=Path)
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("team", "show what would happen; write nothing"),
    )
    imp.set_defaults(run=person_import)
    exp = psub.add_parser(
        "export", help=translate("team", "one person's records and certificates as a zip")
    )
    exp.add_argument("person", metavar="PERSON", help=translate("team", "name or id"))
    exp.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    exp.set_defaults(run=person_export)
    arc = psub.add_parser(
        "import-archive", help=translate("team", "add a person from a zip made by `person export`")
    )
    arc.add_argument("file", metavar="FILE.zip", type=Path)
    arc.set_defaults(run=person_import_archive)
    edit = psub.add_parser(
        "edit", help=translate("team", "change a person's name, e-mail, role or home state")
    )
    edit.add_argument("person", metavar="PERSON", help=translate("team", "name or id"))
    edit.add_argument("--name")
    edit.add_argument("--email")
    choice_option(edit, "--role", [r.value for r in Role], "role")
    edit.add_argument("--state", help=translate("team", "home state, two letters"))
    edit.add_argument(
        "--eprofile", metavar="ID", help=translate("team", "NABP e-Profile ID (CPE Monitor)")
    )
    edit.add_argument("--ptcb-number", metavar="NUMBER")
    edit.add_argument("--nha-number", metavar="NUMBER")
    edit.set_defaults(run=person_edit)
    for action, active, words in (
        (
            "deactivate",
            False,
            QT_TRANSLATE_NOOP("team", "keep every record but leave the team views"),
        ),
        ("reactivate", True, QT_TRANSLATE_NOOP("team", "bring a deactivated person back")),
    ):
        cmd = psub.add_parser(action, help=translate("team", words))
        cmd.add_argument("person", metavar="PERSON", help=translate("team", "name or id"))
        cmd.set_defaults(run=person_active, active=active)


def _register_ce(esub: Any) -> None:
    ver = esub.add_parser(
        "verify", help=translate("team", "mark an activity verified (certificate checked)")
    )
    ver.add_argument("id", type=int, metavar="ACTIVITY_ID")
    ver.add_argument(
        "--by", metavar="PERSON", help=translate("team", "the supervisor who checked it")
    )
    ver.set_defaults(run=ce_verify)
    ret = esub.add_parser(
        "return", help=translate("team", "send an activity back to its technician with a note")
    )
    ret.add_argument("id", type=int, metavar="ACTIVITY_ID")
    ret.add_argument("--note", required=True, help=translate("team", "what to fix"))
    ret.add_argument(
        "--by", metavar="PERSON", help=translate("team", "the supervisor who checked it")
    )
    ret.set_defaults(run=ce_return)


def _register_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help=translate("team", "with `report team`: the day judged (default today)"),
    )
    person_report = parser.get_default("run")
    parser.set_defaults(run=lambda ctx, args: report_dispatch(ctx, args, person_report))


# ---------------------------------------------------------------- team


def _as_of(args: argparse.Namespace) -> dt.date | None:
    return parse_date(args.as_of, "as-of") if args.as_of else None


def team_status(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker team status [--as-of D] [--expiring-within DAYS] [--json] ...``."""
    from rxtracker.services import team

    if args.expiring_within is not None and not 0 <= args.expiring_within <= 3650:
        raise InvalidInput("expiring-within", f"{args.expiring_within} is not 0 to 3650 days")
    filters = team.TeamFilter(
        within_days=args.expiring_within,
        not_on_track=args.not_on_track,
        role=Role(args.role) if args.role else None,
        type_id=args.credential,
    )
    window = args.expiring_within if args.expiring_within is not None else 60
    view = team.team_view(ctx, _as_of(args), filters, window_days=window)
    if args.json:
        print_json(view_json(view))
        return 0
    print(f"As of {view.as_of}: {view.summary.sentence()}.")
    rows = [_cell_line(r.person, c) for r in view.rows for c in r.cells]
    print_table(["Person", "Role", "Credential", "Status", "Deadline", "Days", "Missing h"], rows)
    return 0


def _cell_line(person: PersonRow, c: team.TeamCell) -> list[object]:
    from rxtracker.services.wording.phases import phase_label

    days = "" if c.days_left is None else c.days_left
    return [
        person.name,
        person.role.value,
        c.type_name,
        phase_label(c.phase),
        c.deadline,
        days,
        c.missing_hours,
    ]


def team_packets(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker team packets --out DIR [--as-of D]``."""
    from rxtracker.printing.pdf import render_packet  # Qt is loaded only for this command
    from rxtracker.services import team
    from rxtracker.services.report import audit_report

    day = _as_of(args)
    if args.out.exists() and not args.out.is_dir():
        raise InvalidInput("out", f"{args.out} exists and is not a folder")
    written = 0
    for status in team.team_view(ctx, day).rows:
        renewing = [c for c in status.cells if c.expires_on is not None]
        if not renewing:
            print(f"  {status.person.name}: no credential that renews; no packet")
            continue
        built = audit_report(ctx, status.person.id, credential_type=renewing[0].type_id, as_of=day)
        out = args.out / f"{_file_name(status.person.name)}-{renewing[0].type_id}.pdf"
        result = render_packet(built, out)
        print(f"  {status.person.name}: {result.path.name} ({result.total_pages} pages)")
        written += 1
    print(f"Wrote {written} audit packets to {args.out}.")
    return 0


def _file_name(name: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in name).split()).lower() or "person"


def report_dispatch(ctx: Context, args: argparse.Namespace, person_report: Any) -> int:
    """``report team --out FILE.pdf|csv`` here; ``report PERSON`` stays the audit packet."""
    from rxtracker.services import team_report

    if args.person.strip().casefold() != "team":
        if args.as_of:
            raise InvalidInput("as-of", "is only for `report team`")
        return int(person_report(ctx, args))
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise InvalidInput("out", f"{args.out.name} must end in .pdf or .csv")
    if suffix == ".csv":
        result = team_report.export_team_csv(ctx, args.out, _as_of(args))
        print(f"Wrote the team report ({result.count} lines) to {result.path}.")
        return 0
    from rxtracker.printing.pdf import render_team_report  # Qt is loaded only for this command

    built = team_report.team_report(ctx, _as_of(args))
    pages = render_team_report(built, args.out)
    print(
        f"Wrote the team report as of {built.as_of} to {args.out}: {len(built.lines)} lines, "
        f"{len(built.expiring)} expiring soon, {pages} pages."
    )
    return 0


# ---------------------------------------------------------------- person


def person_import(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person import FILE.csv [--dry-run]``."""
    from rxtracker.services import roster

    preview = roster.preview_roster(ctx, args.file)
    for row in preview.rows:
        print(f"  line {row.line.line}: {row.fate.label}: {row.line.name or '?'}: {row.reason}")
    if args.dry_run:
        print(f"Dry run, nothing written: {preview.sentence()}.")
        return 0
    result = roster.commit_roster(ctx, preview).value
    print(f"Imported {args.file.name}: {result.preview.sentence()}.")
    return 0


def person_export(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person export PERSON --out FILE.zip``."""
    from rxtracker.services import person_archive

    if args.out.suffix.lower() != ".zip":
        raise InvalidInput("out", f"{args.out.name} must end in .zip")
    person = people.find_person(ctx, args.person)
    r = person_archive.export_person(ctx, person.id, args.out)
    print(
        f"Wrote {r.person_name}'s records to {r.path}: {r.credentials} credentials, "
        f"{r.activities} activities, {r.certificates} certificate files."
    )
    return 0


def person_import_archive(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person import-archive FILE.zip``."""
    from rxtracker.services import person_archive

    r = person_archive.import_person(ctx, args.file).value
    print(
        f"Added {r.person_name} (id {r.person_id}) from {args.file.name}: {r.credentials} "
        f"credentials, {r.activities} activities, {r.certificates} certificate files."
    )
    return 0


def person_edit(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person edit PERSON [--name N] [--email E] [--role R] [--state XX] ...``."""
    p = people.find_person(ctx, args.person)
    data = PersonInput(
        name=args.name if args.name is not None else p.name,
        email=args.email if args.email is not None else p.email,
        role=Role(args.role) if args.role else p.role,
        home_state=args.state if args.state is not None else p.home_state,
        nabp_eprofile_id=_given(args.eprofile, p.nabp_eprofile_id),
        ptcb_number=_given(args.ptcb_number, p.ptcb_number),
        nha_number=_given(args.nha_number, p.nha_number),
        notes=p.notes,
    )
    row = people.update_person(ctx, p.id, data).value
    print(f"Saved {row.name} (id {row.id}).")
    return 0


def _given(value: str | None, current: str | None) -> str | None:
    return value if value is not None else current


def person_active(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person deactivate|reactivate PERSON``."""
    p = people.find_person(ctx, args.person)
    row = people.set_person_active(ctx, p.id, args.active).value
    state = "active again" if row.active else "deactivated (records kept; left the team views)"
    print(f"{row.name} is {state}.")
    return 0


# ---------------------------------------------------------------- ce verification, history


def _by(ctx: Context, args: argparse.Namespace) -> int | None:
    return people.find_person(ctx, args.by).id if args.by else None


def ce_verify(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce verify ACTIVITY_ID [--by PERSON]``."""
    from rxtracker.services import verification

    row = verification.verify_activity(ctx, args.id, by_person_id=_by(ctx, args)).value
    print(f"Activity {row.id} ({row.title}): {row.verification_text}.")
    return 0


def ce_return(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce return ACTIVITY_ID --note TEXT [--by PERSON]``."""
    from rxtracker.services import verification

    row = verification.return_activity(ctx, args.id, args.note, by_person_id=_by(ctx, args)).value
    print(f"Activity {row.id} ({row.title}): {row.verification_text}.")
    return 0


def show_history(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker history person|credential|activity ID [--json]``."""
    rows = changes.record_history(ctx, args.entity, args.id)
    if args.json:
        print_json(
            [
                {
                    "when": r.changed_at,
                    "app_user": r.app_user,
                    "acting_person": r.acting_person_name,
                    "action": r.action,
                    "changes": {f.field: {"old": f.old, "new": f.new} for f in r.fields},
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        print(f"{r.changed_at:%Y-%m-%d %H:%M} UTC  {r.action_label} by {r.who}")
        for f in r.fields:
            print(f"    {f.field}: {f.old if f.old is not None else '—'} -> {f.new or '—'}")
    return 0
