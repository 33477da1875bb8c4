"""The headless commands: person, credential, ce."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rxtracker.cli import certificates
from rxtracker.cli.lazy import lazy_module
from rxtracker.cli.options import choice_option
from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.records_json import activity_json, credential_json, person_json
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.tables import (
    ACTIVITIES,
    CREDENTIALS,
    PEOPLE,
    TYPES,
    headings,
    months,
    never,
    yes_no,
)
from rxtracker.domain import (
    AlreadyRecorded,
    Category,
    Hours,
    InvalidInput,
    Role,
    Verification,
    parse_date,
)
from rxtracker.i18n import data_text, translate
from rxtracker.services import activity_read, people_read
from rxtracker.services.rows import ActivityRow

if TYPE_CHECKING:
    from rxtracker.services import Context, activities, credentials, inputs, people, type_names
    from rxtracker.services.quick import Reading
else:  # loaded by the actions that use them: ``ce list`` reads without the ORM (quick)
    inputs = lazy_module("rxtracker.services.inputs")
    activities = lazy_module("rxtracker.services.activities")
    credentials = lazy_module("rxtracker.services.credentials")
    people = lazy_module("rxtracker.services.people")
    type_names = lazy_module("rxtracker.services.type_names")


def register(tree: CommandTree) -> None:
    """Add the person, credential and ce commands to the top-level subparsers."""
    psub = tree.group("person")
    add = psub.add_parser("add", help=translate("commands", "add a person"))
    add.add_argument("name")
    add.add_argument("--email")
    choice_option(add, "--role", [r.value for r in Role], "role", default=Role.TECHNICIAN.value)
    add.add_argument("--state", help=translate("commands", "home state, two letters (TX)"))
    add.add_argument(
        "--same-name-ok",
        action="store_true",
        help=translate("commands", "add a second person although somebody has this name"),
    )
    add.set_defaults(run=person_add)
    plist = psub.add_parser("list", help=translate("commands", "list people"))
    plist.add_argument(
        "--json", action="store_true", help=translate("commands", "machine-readable output")
    )
    plist.set_defaults(run=person_list)

    csub = tree.group("credential")
    cadd = csub.add_parser("add", help=translate("commands", "record a credential"))
    cadd.add_argument("person", metavar="PERSON", help=translate("commands", "name or id"))
    cadd.add_argument(
        "type",
        metavar="TYPE",
        help=translate("commands", "credential type id (see `credential types`)"),
    )
    cadd.add_argument(
        "--expires",
        metavar="DATE",
        help=translate(
            "commands",
            "required for a credential that renews; leave out for one that never expires "
            "(PTCB assessment-based certificates)",
        ),
    )
    cadd.add_argument("--number")
    cadd.add_argument("--issued", metavar="DATE")
    cadd.add_argument("--cycle-start", metavar="DATE")
    cadd.add_argument(
        "--state", help=translate("commands", "two letters, for a state registration")
    )
    cadd.add_argument(
        "--first-registration",
        action="store_true",
        help=translate(
            "commands",
            "the current cycle is the first registration period (several boards waive or "
            "prorate CE then; otherwise read from --issued)",
        ),
    )
    cadd.set_defaults(run=credential_add)
    clist = csub.add_parser("list", help=translate("commands", "list a person's credentials"))
    clist.add_argument(
        "person",
        metavar="PERSON",
        nargs="?",
        help=translate("commands", "name or id (default: all)"),
    )
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(run=credential_list)
    ctypes = csub.add_parser(
        "types", help=translate("commands", "list the credential types rxtracker knows")
    )
    ctypes.add_argument("--json", action="store_true")
    ctypes.set_defaults(run=credential_types)

    esub = tree.group("ce")
    eadd = esub.add_parser("add", help=translate("commands", "log a CE activity"))
    eadd.add_argument("person", metavar="PERSON", help=translate("commands", "name or id"))
    eadd.add_argument(
        "--title", help=translate("commands", "required unless read with --from-certificate")
    )
    eadd.add_argument(
        "--date",
        metavar="DATE",
        help=translate("commands", "completion date (required, as --title)"),
    )
    eadd.add_argument(
        "--hours", help=translate("commands", "contact hours, e.g. 1.5 (required, as --title)")
    )
    eadd.add_argument(
        "--from-certificate",
        type=Path,
        metavar="FILE",
        help=translate(
            "commands",
            "read the fields not given from this certificate (PDF, PNG or JPEG) and attach it",
        ),
    )
    eadd.add_argument("--provider", default="")
    eadd.add_argument("--uan", help=translate("commands", "ACPE UAN, e.g. 0197-0000-24-001-H03-T"))
    choice_option(
        eadd,
        "--category",
        [c.value for c in Category],
        "category",
        help=translate("commands", "default: acpe with a UAN, other without"),
    )
    eadd.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help=translate("commands", "e.g. texas-law, human-trafficking (repeatable)"),
    )
    eadd.add_argument(
        "--certificate", type=Path, metavar="FILE", help=translate("commands", "PDF, PNG or JPEG")
    )
    eadd.add_argument(
        "--recognized-program",
        metavar="TYPE",
        help=translate(
            "commands", "this activity is the PTCB-recognized program for TYPE (e.g. ptcb-cert-tpv)"
        ),
    )
    eadd.add_argument("--notes", default="")
    eadd.add_argument(
        "--again",
        action="store_true",
        help=translate(
            "commands", "log it although its UAN is logged on that date or in the same cycle"
        ),
    )
    eadd.set_defaults(run=ce_add)
    elist = esub.add_parser("list", help=translate("commands", "list a person's activities"))
    elist.add_argument("person", metavar="PERSON", help=translate("commands", "name or id"))
    elist.add_argument("--json", action="store_true")
    elist.set_defaults(run=ce_list, quick=True)


@contextlib.contextmanager
def unless_meant(flag: str) -> Iterator[None]:
    """Name the option that overrides a refusal of something already recorded (exit 2)."""
    try:
        yield
    except AlreadyRecorded as exc:
        raise InvalidInput(exc.field, f"{exc.problem}; {flag}") from None


# ------------------------------------------------------------------ person


def person_add(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person add NAME ...``."""
    role = Role(args.role)
    data = inputs.PersonInput(name=args.name, email=args.email, role=role, home_state=args.state)
    with unless_meant(translate("commands", "--same-name-ok adds a second person with this name")):
        row = people.add_person(ctx, data, same_name_ok=args.same_name_ok).value
    print(translate("commands", "Added {name} (id {id}).").format(name=row.name, id=row.id))
    return 0


def person_list(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person list [--json]``."""
    rows = people.list_people(ctx)
    if args.json:
        print_json([person_json(p) for p in rows])
    else:
        print_table(
            headings(PEOPLE),
            [
                [
                    p.id,
                    p.name,
                    p.role.label,
                    p.home_state or "",
                    p.email or "",
                    yes_no(p.active),
                ]
                for p in rows
            ],
        )
    return 0


# ------------------------------------------------------------------ credential


def credential_add(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential add PERSON TYPE --expires ...``."""
    person = people.find_person(ctx, args.person)
    data = inputs.CredentialInput(
        type_id=type_names.find_type(ctx, args.type),
        expires_on=parse_date(args.expires, "expires") if args.expires else None,
        number=args.number,
        state=args.state,
        issued_on=parse_date(args.issued, "issued") if args.issued else None,
        cycle_start=parse_date(args.cycle_start, "cycle start") if args.cycle_start else None,
        initial_cycle=args.first_registration,
    )
    row = credentials.add_credential(ctx, person.id, data).value
    if row.expires_on:
        text = translate("commands", "Added {type} for {name}, expiring {date} (id {id}).")
    else:
        text = translate("commands", "Added {type} for {name}, with no expiration date (id {id}).")
    from rxtracker.services.wording import sentence_date  # the engine: not for ``ce list``

    day = sentence_date(row.expires_on)
    print(text.format(type=data_text(row.type_name), name=person.name, date=day, id=row.id))
    return 0


def credential_list(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential list [PERSON] [--json]``."""
    person_id = people.find_person(ctx, args.person).id if args.person else None
    rows = credentials.list_credentials(ctx, person_id)
    if args.json:
        print_json([credential_json(c) for c in rows])
    else:
        print_table(
            headings(CREDENTIALS),
            [
                [c.id, c.person_id, c.type_id, c.number, c.state, c.expires_on or never()]
                for c in rows
            ],
        )
    return 0


def credential_types(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential types [--json]``."""
    types = credentials.credential_types(ctx)
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "issuer": t.issuer,
                    "kind": t.kind.value,
                    "state": t.state,
                    "cycle_months": t.cycle_months,
                    "summary": t.summary,
                    "unconfirmed": list(t.unconfirmed),
                }
                for t in types
            ]
        )
    else:
        print_table(
            headings(TYPES),
            [[t.id, data_text(t.name), months(t.cycle_months)] for t in types],
        )
    return 0


# ------------------------------------------------------------------ ce


def ce_add(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce add PERSON --title --date --hours ...``."""
    if args.from_certificate is not None:
        certificates.fill_from_certificate(args)
    certificates.check_typed(args)
    person = people.find_person(ctx, args.person)
    certificates.warn_other_person(args, person.name)
    data = inputs.ActivityInput(
        title=args.title,
        completed_on=parse_date(args.date),
        hours=Hours.parse(args.hours),
        provider=args.provider,
        uan=args.uan,
        category=Category(args.category) if args.category else None,
        tags=tuple(args.tag),
        notes=args.notes,
        recognized_program=args.recognized_program,
    )
    with unless_meant(translate("commands", "--again logs it a second time")):
        outcome = activities.add_activity(
            ctx, person.id, data, certificate=args.certificate, again=args.again
        )
    row = outcome.value
    fields = {"hours": row.hours.describe(), "name": person.name, "title": row.title, "id": row.id}
    if row.attachments:
        text = translate(
            "commands", "Logged {hours} for {name}: {title} (id {id}), certificate stored ({sha}…)."
        )
        print(text.format(**fields, sha=row.attachments[0].sha256[:12]))
    else:
        print(
            translate("commands", "Logged {hours} for {name}: {title} (id {id}).").format(**fields)
        )
    return 0


def ce_list(ctx: Reading, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce list PERSON [--json]`` (on a quick context too: ``services.quick``)."""
    person = people_read.find_person(ctx, args.person)
    rows = activity_read.list_activities(ctx, person.id)
    if args.json:
        print_json([activity_json(ctx, a) for a in rows])
    else:
        print_table(
            headings(ACTIVITIES),
            [
                [
                    a.id,
                    a.completed_on,
                    a.hours,
                    a.title,
                    a.provider,
                    a.uan or "",
                    a.category.value,
                    yes_no(True) if a.attachments else "",
                    _checked(a),
                ]
                for a in rows
            ],
        )
        for a in rows:
            if a.archive_report and a.verification is Verification.UNVERIFIED:
                text = translate("commands", "* #{id}: not checked here; {report}")
                print(text.format(id=a.id, report=a.archive_report))
    return 0


def _checked(a: ActivityRow) -> str:
    """The Checked column: this workplace's own check, or that only an archive reported one."""
    if a.verification is not Verification.UNVERIFIED:
        return a.verification.label.lower()
    return translate("commands", "elsewhere*") if a.archive_report else ""
