"""Team mode from the terminal.

Team status and packets, roster import, person archives, person edit/deactivate and the
team report (a supervisor's checks and the change history are ``cli.review``'s).
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
from rxtracker.cli.tables import TEAM, headings
from rxtracker.cli.team_json import view_json
from rxtracker.domain import InvalidInput, Role, parse_date
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.inputs import PersonInput
from rxtracker.services.rows import PersonRow

if TYPE_CHECKING:  # each command imports the services it runs (archives, roster, reports)
    from rxtracker.services import Context, people, team, wording
else:
    people = lazy_module("rxtracker.services.people")
    wording = lazy_module("rxtracker.services.wording")  # the engine's words: not for ce list


def register(tree: CommandTree) -> None:
    """Add ``team``, and the team actions of ``person`` and ``report``."""
    _register_team(tree)
    _register_person(tree.group("person"))
    _register_report(tree.parser("report"))


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
        problem = translate("team", "{days} is not 0 to 3650 days")
        raise InvalidInput("expiring-within", problem.format(days=args.expiring_within))
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
    heading = translate("team", "As of {date}: {summary}.")
    print(heading.format(date=wording.sentence_date(view.as_of), summary=view.summary.sentence()))
    rows = [_cell_line(r.person, c) for r in view.rows for c in r.cells]
    print_table(headings(TEAM), rows)
    return 0


def _cell_line(person: PersonRow, c: team.TeamCell) -> list[object]:
    from rxtracker.services.wording.phases import phase_label

    days = "" if c.days_left is None else c.days_left
    return [
        person.name,
        person.role.label,
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
        problem = translate("team", "{path} exists and is not a folder")
        raise InvalidInput("out", problem.format(path=args.out))
    written = 0
    for status in team.team_view(ctx, day).rows:
        renewing = [c for c in status.cells if c.expires_on is not None]
        if not renewing:
            print(
                translate("team", "  {name}: no credential that renews; no packet").format(
                    name=status.person.name
                )
            )
            continue
        built = audit_report(ctx, status.person.id, credential_type=renewing[0].type_id, as_of=day)
        out = args.out / f"{_file_name(status.person.name)}-{renewing[0].type_id}.pdf"
        result = render_packet(built, out)
        count = result.total_pages
        pages = translate("team", "%n pages", None, count)
        print(f"  {status.person.name}: {result.path.name} ({pages})")
        written += 1
    wrote = translate("team", "Wrote %n audit packets to {path}.", None, written)
    print(wrote.format(path=args.out))
    return 0


def _file_name(name: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in name).split()).lower() or "person"


def report_dispatch(ctx: Context, args: argparse.Namespace, person_report: Any) -> int:
    """``report team --out FILE.pdf|csv`` here; ``report PERSON`` stays the audit packet."""
    from rxtracker.services import team_report

    if args.person.strip().casefold() != "team":
        if args.as_of:
            raise InvalidInput("as-of", translate("team", "is only for `report team`"))
        return int(person_report(ctx, args))
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        problem = translate("team", "{file} must end in .pdf or .csv")
        raise InvalidInput("out", problem.format(file=args.out.name))
    if suffix == ".csv":
        result = team_report.export_team_csv(ctx, args.out, _as_of(args))
        count = result.count
        wrote = translate("team", "Wrote the team report (%n lines) to {path}.", None, count)
        print(wrote.format(path=result.path))
        return 0
    from rxtracker.printing.pdf import render_team_report  # Qt is loaded only for this command

    built = team_report.team_report(ctx, _as_of(args))
    pages = render_team_report(built, args.out)
    lines, expiring = len(built.lines), len(built.expiring)
    wrote = translate(
        "team", "Wrote the team report as of {date} to {path}: {lines}, {expiring}, {pages}."
    )
    print(
        wrote.format(
            date=wording.sentence_date(built.as_of),
            path=args.out,
            lines=translate("team", "%n lines", None, lines),
            expiring=translate("team", "%n expiring soon", None, expiring),
            pages=translate("team", "%n pages", None, pages),
        )
    )
    return 0


# ---------------------------------------------------------------- person


def person_import(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person import FILE.csv [--dry-run]``."""
    from rxtracker.services import roster

    preview = roster.preview_roster(ctx, args.file)
    line = translate("team", "  line {line}: {fate}: {name}: {reason}")
    for row in preview.rows:
        fields = {"fate": row.fate.label, "name": row.line.name or "?", "reason": row.reason}
        print(line.format(line=row.line.line, **fields))
    if args.dry_run:
        dry = translate("team", "Dry run, nothing written: {counts}.")
        print(dry.format(counts=preview.sentence()))
        return 0
    result = roster.commit_roster(ctx, preview).value
    done = translate("team", "Imported {file}: {counts}.")
    print(done.format(file=args.file.name, counts=result.preview.sentence()))
    return 0


def person_export(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person export PERSON --out FILE.zip``."""
    from rxtracker.services import person_archive

    if args.out.suffix.lower() != ".zip":
        problem = translate("team", "{file} must end in .zip")
        raise InvalidInput("out", problem.format(file=args.out.name))
    person = people.find_person(ctx, args.person)
    r = person_archive.export_person(ctx, person.id, args.out)
    wrote = translate("team", "Wrote {name}'s records to {path}: {counts}.")
    print(wrote.format(name=r.person_name, path=r.path, counts=_archive_counts(r)))
    return 0


def person_import_archive(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person import-archive FILE.zip``."""
    from rxtracker.services import person_archive

    r = person_archive.import_person(ctx, args.file).value
    added = translate("team", "Added {name} (id {id}) from {file}: {counts}.")
    print(
        added.format(
            name=r.person_name, id=r.person_id, file=args.file.name, counts=_archive_counts(r)
        )
    )
    return 0


def _archive_counts(r: Any) -> str:
    """'2 credentials, 5 activities, 3 certificate files' (a person archive's contents)."""
    credentials, activities, certificates = r.credentials, r.activities, r.certificates
    return translate("team", "{credentials}, {activities}, {certificates}").format(
        credentials=translate("team", "%n credentials", None, credentials),
        activities=translate("team", "%n activities", None, activities),
        certificates=translate("team", "%n certificate files", None, certificates),
    )


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
    print(translate("team", "Saved {name} (id {id}).").format(name=row.name, id=row.id))
    return 0


def _given(value: str | None, current: str | None) -> str | None:
    return value if value is not None else current


def person_active(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person deactivate|reactivate PERSON``."""
    p = people.find_person(ctx, args.person)
    row = people.set_person_active(ctx, p.id, args.active).value
    if row.active:
        text = translate("team", "{name} is active again.")
    else:
        text = translate("team", "{name} is deactivated (records kept; left the team views).")
    print(text.format(name=row.name))
    return 0
