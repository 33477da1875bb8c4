"""The headless commands: person, credential, ce."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.cli import certificates
from rxtracker.cli.lazy import lazy_module
from rxtracker.cli.options import choice_option
from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.domain import (
    AlreadyRecorded,
    Category,
    Hours,
    InvalidInput,
    Role,
    Verification,
    parse_date,
)
from rxtracker.services import activity_read, people_read
from rxtracker.services.inputs import ActivityInput, CredentialInput, PersonInput
from rxtracker.services.rows import ActivityRow, CredentialRow, PersonRow

if TYPE_CHECKING:
    from rxtracker.services import Context, activities, credentials, people, type_names
    from rxtracker.services.quick import Reading
else:  # loaded by the actions that use them: ``ce list`` reads without the ORM (quick)
    activities = lazy_module("rxtracker.services.activities")
    credentials = lazy_module("rxtracker.services.credentials")
    people = lazy_module("rxtracker.services.people")
    type_names = lazy_module("rxtracker.services.type_names")


def register(tree: CommandTree) -> None:
    """Add the person, credential and ce commands to the top-level subparsers."""
    psub = tree.group("person")
    add = psub.add_parser("add", help="add a person")
    add.add_argument("name")
    add.add_argument("--email")
    choice_option(add, "--role", [r.value for r in Role], "role", default=Role.TECHNICIAN.value)
    add.add_argument("--state", help="home state, two letters (TX)")
    add.add_argument(
        "--same-name-ok",
        action="store_true",
        help="add a second person although somebody has this name",
    )
    add.set_defaults(run=person_add)
    plist = psub.add_parser("list", help="list people")
    plist.add_argument("--json", action="store_true", help="machine-readable output")
    plist.set_defaults(run=person_list)

    csub = tree.group("credential")
    cadd = csub.add_parser("add", help="record a credential")
    cadd.add_argument("person", metavar="PERSON", help="name or id")
    cadd.add_argument("type", metavar="TYPE", help="credential type id (see `credential types`)")
    cadd.add_argument(
        "--expires",
        metavar="DATE",
        help="required for a credential that renews; leave out for one that never expires "
        "(PTCB assessment-based certificates)",
    )
    cadd.add_argument("--number")
    cadd.add_argument("--issued", metavar="DATE")
    cadd.add_argument("--cycle-start", metavar="DATE")
    cadd.add_argument("--state", help="two letters, for a state registration")
    cadd.add_argument(
        "--first-registration",
        action="store_true",
        help="the current cycle is the first registration period (several boards waive or "
        "prorate CE then; otherwise read from --issued)",
    )
    cadd.set_defaults(run=credential_add)
    clist = csub.add_parser("list", help="list a person's credentials")
    clist.add_argument("person", metavar="PERSON", nargs="?", help="name or id (default: all)")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(run=credential_list)
    ctypes = csub.add_parser("types", help="list the credential types rxtracker knows")
    ctypes.add_argument("--json", action="store_true")
    ctypes.set_defaults(run=credential_types)

    esub = tree.group("ce")
    eadd = esub.add_parser("add", help="log a CE activity")
    eadd.add_argument("person", metavar="PERSON", help="name or id")
    eadd.add_argument("--title", help="required unless read with --from-certificate")
    eadd.add_argument("--date", metavar="DATE", help="completion date (required, as --title)")
    eadd.add_argument("--hours", help="contact hours, e.g. 1.5 (required, as --title)")
    eadd.add_argument(
        "--from-certificate",
        type=Path,
        metavar="FILE",
        help="read the fields not given from this certificate (PDF, PNG or JPEG) and attach it",
    )
    eadd.add_argument("--provider", default="")
    eadd.add_argument("--uan", help="ACPE UAN, e.g. 0197-0000-24-001-H03-T")
    choice_option(
        eadd,
        "--category",
        [c.value for c in Category],
        "category",
        help="default: acpe with a UAN, other without",
    )
    eadd.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="e.g. texas-law, human-trafficking (repeatable)",
    )
    eadd.add_argument("--certificate", type=Path, metavar="FILE", help="PDF, PNG or JPEG")
    eadd.add_argument(
        "--recognized-program",
        metavar="TYPE",
        help="this activity is the PTCB-recognized program for TYPE (e.g. ptcb-cert-tpv)",
    )
    eadd.add_argument("--notes", default="")
    eadd.add_argument(
        "--again",
        action="store_true",
        help="log it although its UAN is logged on that date or in the same cycle",
    )
    eadd.set_defaults(run=ce_add)
    elist = esub.add_parser("list", help="list a person's activities")
    elist.add_argument("person", metavar="PERSON", help="name or id")
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
    data = PersonInput(name=args.name, email=args.email, role=role, home_state=args.state)
    with unless_meant("--same-name-ok adds a second person with this name"):
        row = people.add_person(ctx, data, same_name_ok=args.same_name_ok).value
    print(f"Added {row.name} (id {row.id}).")
    return 0


def person_list(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person list [--json]``."""
    rows = people.list_people(ctx)
    if args.json:
        print_json([person_json(p) for p in rows])
    else:
        print_table(
            ["ID", "Name", "Role", "State", "E-mail", "Active"],
            [
                [
                    p.id,
                    p.name,
                    p.role.value,
                    p.home_state or "",
                    p.email or "",
                    "yes" if p.active else "no",
                ]
                for p in rows
            ],
        )
    return 0


# ------------------------------------------------------------------ credential


def credential_add(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential add PERSON TYPE --expires ...``."""
    person = people.find_person(ctx, args.person)
    data = CredentialInput(
        type_id=type_names.find_type(ctx, args.type),
        expires_on=parse_date(args.expires, "expires") if args.expires else None,
        number=args.number,
        state=args.state,
        issued_on=parse_date(args.issued, "issued") if args.issued else None,
        cycle_start=parse_date(args.cycle_start, "cycle start") if args.cycle_start else None,
        initial_cycle=args.first_registration,
    )
    row = credentials.add_credential(ctx, person.id, data).value
    until = f"expiring {row.expires_on}" if row.expires_on else "with no expiration date"
    print(f"Added {row.type_name} for {person.name}, {until} (id {row.id}).")
    return 0


def credential_list(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential list [PERSON] [--json]``."""
    person_id = people.find_person(ctx, args.person).id if args.person else None
    rows = credentials.list_credentials(ctx, person_id)
    if args.json:
        print_json([credential_json(c) for c in rows])
    else:
        print_table(
            ["ID", "Person", "Type", "Number", "State", "Expires"],
            [
                [c.id, c.person_id, c.type_id, c.number, c.state, c.expires_on or "never"]
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
            ["Type", "Name", "Cycle"],
            [
                [t.id, t.name, f"{t.cycle_months} months" if t.cycle_months else "none"]
                for t in types
            ],
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
    data = ActivityInput(
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
    with unless_meant("--again logs it a second time"):
        outcome = activities.add_activity(
            ctx, person.id, data, certificate=args.certificate, again=args.again
        )
    row = outcome.value
    extra = f", certificate stored ({row.attachments[0].sha256[:12]}…)" if row.attachments else ""
    print(f"Logged {row.hours.describe()} for {person.name}: {row.title} (id {row.id}){extra}.")
    return 0


def ce_list(ctx: Reading, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce list PERSON [--json]`` (on a quick context too: ``services.quick``)."""
    person = people_read.find_person(ctx, args.person)
    rows = activity_read.list_activities(ctx, person.id)
    if args.json:
        print_json([activity_json(ctx, a) for a in rows])
    else:
        print_table(
            [
                "ID",
                "Date",
                "Hours",
                "Title",
                "Provider",
                "UAN",
                "Category",
                "Certificate",
                "Checked",
            ],
            [
                [
                    a.id,
                    a.completed_on,
                    a.hours,
                    a.title,
                    a.provider,
                    a.uan or "",
                    a.category.value,
                    "yes" if a.attachments else "",
                    _checked(a),
                ]
                for a in rows
            ],
        )
        for a in rows:
            if a.archive_report and a.verification is Verification.UNVERIFIED:
                print(f"* #{a.id}: not checked here; {a.archive_report}")
    return 0


def person_json(p: PersonRow) -> dict[str, Any]:
    """One person as a JSON object."""
    return {
        "id": p.id,
        "name": p.name,
        "email": p.email,
        "role": p.role.value,
        "state": p.home_state,
        "nabp_eprofile_id": p.nabp_eprofile_id,
        "ptcb_number": p.ptcb_number,
        "nha_number": p.nha_number,
        "active": p.active,
        "version": p.version,
    }


def credential_json(c: CredentialRow) -> dict[str, Any]:
    """One credential as a JSON object."""
    return {
        "id": c.id,
        "person_id": c.person_id,
        "type": c.type_id,
        "name": c.type_name,
        "number": c.number,
        "state": c.state,
        "issued": c.issued_on,
        "expires": c.expires_on,
        "cycle_start": c.cycle_start,
        "version": c.version,
    }


def _checked(a: ActivityRow) -> str:
    """The Checked column: this workplace's own check, or that only an archive reported one."""
    if a.verification is not Verification.UNVERIFIED:
        return a.verification.label.lower()
    return "elsewhere*" if a.archive_report else ""


def activity_json(ctx: Reading, a: ActivityRow) -> dict[str, Any]:
    """One activity as a JSON object."""
    certs = [str(activity_read.certificate_path(ctx, x.stored_name)) for x in a.attachments]
    return {
        "id": a.id,
        "person_id": a.person_id,
        "title": a.title,
        "provider": a.provider,
        "date": a.completed_on.isoformat(),
        "hours": a.hours.to_float(),
        "uan": a.uan,
        "format": a.format.value if a.format else None,
        "topic": a.topic,
        "audience": a.audience.value if a.audience else None,
        "category": a.category.value,
        "source": a.source.value,
        "tags": list(a.tags),
        "recognized_program": a.recognized_program,
        "notes": a.notes,
        "certificate": certs[0] if certs else None,
        "certificates": certs,
        "certificate_sha256": [x.sha256 for x in a.attachments],
        "verification": a.verification.value,
        "verification_text": a.verification_text,
        "archive_report": a.archive_report or None,
        "version": a.version,
    }
