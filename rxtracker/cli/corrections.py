"""Corrections from the terminal, through the services the window uses (issue 23).

``ce edit|delete|restore|attach|detach``, ``credential edit|renew|remove|restore`` and
``person remove|restore``. Each is one service call, so the change history records it as it records
the window's; ``--json`` prints the record as it is afterwards (or as it was, once removed).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.cli.lazy import lazy_module
from rxtracker.cli.options import choice_option
from rxtracker.cli.output import print_json
from rxtracker.cli.records_json import activity_json, credential_json, person_json
from rxtracker.cli.registry import CommandTree
from rxtracker.domain import Category, Hours, InvalidInput, parse_date
from rxtracker.i18n import translate
from rxtracker.services.inputs import ActivityInput, CredentialInput
from rxtracker.services.rows import ActivityRow, CredentialRow

if TYPE_CHECKING:
    from rxtracker.services import Context, activities, credentials, people, removal
    from rxtracker.services import certificates as certificate_store
else:  # loaded by the actions that use them, not by ``ce list`` (see cli.lazy)
    activities = lazy_module("rxtracker.services.activities")
    credentials = lazy_module("rxtracker.services.credentials")
    people = lazy_module("rxtracker.services.people")
    removal = lazy_module("rxtracker.services.removal")
    certificate_store = lazy_module("rxtracker.services.certificates")

DATE = "DATE"


def register(tree: CommandTree) -> None:
    """Add the correcting actions to the ce, credential and person commands."""
    _register_ce(tree.group("ce"))
    _register_credential(tree.group("credential"))
    remove = tree.group("person").add_parser(
        "remove",
        help=translate(
            "corrections", "delete a person with every record (asks first; deactivate keeps them)"
        ),
    )
    remove.add_argument("person", metavar="PERSON", help=translate("corrections", "name or id"))
    remove.add_argument(
        "--yes", action="store_true", help=translate("corrections", "do not ask for confirmation")
    )
    _json(remove).set_defaults(run=person_remove)
    back = tree.group("person").add_parser(
        "restore",
        help=translate(
            "corrections", "bring back a removed person with every record (from the history)"
        ),
    )
    _id(back, "person").set_defaults(run=person_restore)


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--json", action="store_true", help=translate("corrections", "machine-readable output")
    )
    return parser


def _id(parser: argparse.ArgumentParser, what: str) -> argparse.ArgumentParser:
    parser.add_argument(
        "id",
        type=int,
        metavar="ID",
        help=translate("corrections", "the {what}'s id").format(what=what),
    )
    return _json(parser)


def _if_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help=translate(
            "corrections",
            "save only if nobody changed the record since it was at version N (--json shows it)",
        ),
    )


def _register_ce(esub: Any) -> None:
    edit = _id(
        esub.add_parser("edit", help=translate("corrections", "change a logged activity")),
        "activity",
    )
    edit.add_argument("--title")
    edit.add_argument("--date", metavar=DATE, help=translate("corrections", "completion date"))
    edit.add_argument("--hours", help=translate("corrections", "contact hours, e.g. 1.5"))
    edit.add_argument("--uan", help=translate("corrections", "ACPE UAN ('' removes it)"))
    edit.add_argument("--provider")
    choice_option(edit, "--category", [c.value for c in Category], "category")
    edit.add_argument(
        "--tag", action="append", metavar="TAG", help=translate("corrections", "replaces the tags")
    )
    edit.add_argument("--notes")
    _if_version(edit)
    edit.set_defaults(run=ce_edit)
    delete = esub.add_parser(
        "delete", help=translate("corrections", "delete an activity (ce restore undoes it)")
    )
    _id(delete, "activity").set_defaults(run=ce_delete)
    restore = esub.add_parser(
        "restore", help=translate("corrections", "bring back a deleted activity from the history")
    )
    _id(restore, "deleted activity").set_defaults(run=ce_restore)
    attach = esub.add_parser(
        "attach", help=translate("corrections", "store a certificate with an activity")
    )
    _id(attach, "activity").add_argument(
        "file", type=Path, metavar="FILE", help=translate("corrections", "PDF, PNG or JPEG")
    )
    attach.set_defaults(run=ce_attach)
    detach = esub.add_parser(
        "detach", help=translate("corrections", "take the certificates off an activity")
    )
    _id(detach, "activity").set_defaults(run=ce_detach)


def _register_credential(csub: Any) -> None:
    edit = _id(
        csub.add_parser("edit", help=translate("corrections", "correct a credential's details")),
        "credential",
    )
    edit.add_argument("--expires", metavar=DATE)
    edit.add_argument("--number")
    edit.add_argument("--issued", metavar=DATE)
    edit.add_argument("--cycle-start", metavar=DATE)
    edit.add_argument(
        "--state", help=translate("corrections", "two letters, for a state registration")
    )
    _if_version(edit)
    edit.set_defaults(run=credential_edit)
    renew = _id(
        csub.add_parser(
            "renew", help=translate("corrections", "record a renewal (the past cycle is kept)")
        ),
        "credential",
    )
    renew.add_argument(
        "--expires",
        metavar=DATE,
        required=True,
        help=translate("corrections", "the new expiration"),
    )
    renew.add_argument(
        "--cycle-start", metavar=DATE, help=translate("corrections", "first day of the new cycle")
    )
    renew.add_argument(
        "--renewed",
        metavar=DATE,
        help=translate("corrections", "the day it was renewed (default today)"),
    )
    renew.set_defaults(run=credential_renew)
    remove = csub.add_parser(
        "remove", help=translate("corrections", "remove a credential (its activities stay)")
    )
    remove.add_argument(
        "--yes",
        action="store_true",
        help=translate("corrections", "do not ask (asked only at a terminal)"),
    )
    _id(remove, "credential").set_defaults(run=credential_remove)
    back = csub.add_parser(
        "restore",
        help=translate("corrections", "bring back a removed credential (from the history)"),
    )
    _id(back, "credential").set_defaults(run=credential_restore)


def _date(text: str | None, field: str) -> Any:
    return parse_date(text, field) if text else None


def _say(args: argparse.Namespace, record: dict[str, Any], sentence: str) -> int:
    if args.json:
        print_json(record)
    else:
        print(sentence)
    return 0


def _activity_text(a: ActivityRow) -> str:
    return f"activity {a.id} ({a.title}, {a.completed_on:%m/%d/%Y}, {a.hours.describe()})"


# ------------------------------------------------------------------ ce


def ce_edit(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce edit ID [--title --date --hours --uan --provider --tag ...]``."""
    a = activities.get_activity(ctx, args.id)
    given = {
        "title": args.title,
        "completed_on": _date(args.date, "date"),
        "hours": Hours.parse(args.hours) if args.hours is not None else None,
        "uan": args.uan,
        "provider": args.provider,
        "category": Category(args.category) if args.category else None,
        "tags": tuple(args.tag) if args.tag is not None else None,
        "notes": args.notes,
    }
    changes = {key: value for key, value in given.items() if value is not None}
    if not changes:
        raise InvalidInput("ce edit", "name at least one field to change (see --help)")
    data = dataclasses.replace(_activity_input(a), **changes)
    opened = a.version if args.if_version is None else args.if_version
    row = activities.update_activity(ctx, a.id, data, version=opened).value
    return _say(args, activity_json(ctx, row), f"Saved {_activity_text(row)}.")


def _activity_input(a: ActivityRow) -> ActivityInput:
    return ActivityInput(
        title=a.title,
        completed_on=a.completed_on,
        hours=a.hours,
        provider=a.provider,
        uan=a.uan,
        category=a.category,
        tags=a.tags,
        notes=a.notes,
        source=a.source,
        recognized_program=a.recognized_program,
    )


def ce_delete(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce delete ID``."""
    row = activities.delete_activity(ctx, args.id).value
    return _say(
        args,
        activity_json(ctx, row),
        f"Deleted {_activity_text(row)}; `rxtracker ce restore {row.id}` brings it back.",
    )


def ce_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce restore ID``."""
    row = activities.restore_deleted_activity(ctx, args.id).value
    return _say(
        args,
        activity_json(ctx, row),
        f"Restored {_activity_text(row)}. Its certificate, if it had one, is not kept by the "
        f"history: `rxtracker ce attach {row.id} FILE` stores it again.",
    )


def ce_attach(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce attach ID FILE``."""
    row = activities.attach_certificate(ctx, args.id, args.file).value
    sentence = f"Stored {args.file.name} with {_activity_text(row)}."
    return _say(args, activity_json(ctx, row), sentence)


def ce_detach(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce detach ID``."""
    before = activities.get_activity(ctx, args.id)
    row = activities.detach_certificates(ctx, args.id).value
    names = ", ".join(x.original_name for x in before.attachments)
    return _say(args, activity_json(ctx, row), f"Took {names} off {_activity_text(row)}.")


# ------------------------------------------------------------------ credential


def _credential_text(c: CredentialRow) -> str:
    number = f" no. {c.number}" if c.number else ""
    until = f"expires {c.expires_on:%m/%d/%Y}" if c.expires_on else "does not expire"
    return f"{c.type_name}{number} (id {c.id}, {until})"


def credential_edit(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential edit ID [--expires --number --issued --cycle-start --state]``."""
    c = credentials.get_credential(ctx, args.id)
    given = {
        "expires_on": _date(args.expires, "expires"),
        "number": args.number,
        "issued_on": _date(args.issued, "issued"),
        "cycle_start": _date(args.cycle_start, "cycle start"),
        "state": args.state,
    }
    changes = {key: value for key, value in given.items() if value is not None}
    if not changes:
        raise InvalidInput("credential edit", "name at least one field to change (see --help)")
    data = CredentialInput(
        type_id=c.type_id,
        expires_on=c.expires_on,
        number=c.number,
        state=c.state,
        issued_on=c.issued_on,
        cycle_start=c.cycle_start,
        status_notes=c.status_notes,
    )
    opened = c.version if args.if_version is None else args.if_version
    row = credentials.update_credential(
        ctx, c.id, dataclasses.replace(data, **changes), version=opened
    ).value
    return _say(args, credential_json(row), f"Saved {_credential_text(row)}.")


def credential_renew(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential renew ID --expires DATE [--cycle-start D] [--renewed D]``."""
    row = credentials.renew_credential(
        ctx,
        args.id,
        parse_date(args.expires, "expires"),
        new_cycle_start=_date(args.cycle_start, "cycle start"),
        renewed_on=_date(args.renewed, "renewed"),
    ).value
    return _say(
        args,
        credential_json(row),
        f"Renewed {_credential_text(row)}; the past cycle is kept (credential list shows it).",
    )


def credential_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential remove ID [--yes]`` (asks first at a terminal)."""
    c = credentials.get_credential(ctx, args.id)
    short = {t.id: t.short_name for t in credentials.credential_types(ctx)}
    question = f"Remove {removal.credential_words(c, short.get(c.type_id, ''))}? [y/N] "
    if not args.yes and sys.stdin.isatty() and not _confirm(question):
        print("Nothing was removed.", file=sys.stderr)
        return 1
    removal.remove_credential(ctx, c.id)
    return _say(
        args,
        credential_json(c),
        f"Removed {_credential_text(c)}; its activities stay. "
        f"`rxtracker credential restore {c.id}` brings it back.",
    )


def credential_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential restore ID``: a removed credential back from the history."""
    removal.restore_removed(ctx, "credential", args.id)
    c = credentials.get_credential(ctx, args.id)
    return _say(args, credential_json(c), f"Restored {_credential_text(c)} with its past cycles.")


# ------------------------------------------------------------------ person


def person_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person remove PERSON [--yes]``."""
    p = people.find_person(ctx, args.person)
    what = people.person_record_counts(ctx, p.id)
    if not args.yes and not _confirm(f"Delete {p.name} (id {p.id}) with {what}? [y/N] "):
        print("Nothing was removed.", file=sys.stderr)
        return 1
    removed = removal.remove_person(ctx, p.id).value
    # a restore brings back only the files still kept
    certificate_store.forget_deleted(ctx, list(removed.files))
    return _say(
        args,
        person_json(p),
        f"Removed {p.name} (id {p.id}) with {what}. "
        f"`rxtracker person restore {p.id}` brings them back (certificate files aside).",
    )


def person_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person restore ID``: a removed person back with every record."""
    removal.restore_removed(ctx, "person", args.id)
    p = people.get_person(ctx, args.id)
    what = people.person_record_counts(ctx, p.id)
    return _say(args, person_json(p), f"Restored {p.name} (id {p.id}) with {what}.")


def _confirm(question: str) -> bool:
    print(question, end="", flush=True, file=sys.stderr)
    answer = sys.stdin.readline().strip().lower()
    return answer in {"y", "yes"}
