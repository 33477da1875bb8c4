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
from rxtracker.cli.words import us_date
from rxtracker.domain import Category, Hours, InvalidInput, parse_date
from rxtracker.i18n import data_text, translate
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
    _id(back, translate("corrections", "the person's id")).set_defaults(run=person_restore)


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--json", action="store_true", help=translate("corrections", "machine-readable output")
    )
    return parser


def _id(parser: argparse.ArgumentParser, words: str) -> argparse.ArgumentParser:
    parser.add_argument("id", type=int, metavar="ID", help=words)
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
        translate("corrections", "the activity's id"),
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
    _id(delete, translate("corrections", "the activity's id")).set_defaults(run=ce_delete)
    restore = esub.add_parser(
        "restore", help=translate("corrections", "bring back a deleted activity from the history")
    )
    _id(restore, translate("corrections", "the deleted activity's id")).set_defaults(run=ce_restore)
    attach = esub.add_parser(
        "attach", help=translate("corrections", "store a certificate with an activity")
    )
    _id(attach, translate("corrections", "the activity's id")).add_argument(
        "file", type=Path, metavar="FILE", help=translate("corrections", "PDF, PNG or JPEG")
    )
    attach.set_defaults(run=ce_attach)
    detach = esub.add_parser(
        "detach", help=translate("corrections", "take the certificates off an activity")
    )
    _id(detach, translate("corrections", "the activity's id")).set_defaults(run=ce_detach)


def _register_credential(csub: Any) -> None:
    edit = _id(
        csub.add_parser("edit", help=translate("corrections", "correct a credential's details")),
        translate("corrections", "the credential's id"),
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
        translate("corrections", "the credential's id"),
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
    _id(remove, translate("corrections", "the credential's id")).set_defaults(run=credential_remove)
    back = csub.add_parser(
        "restore",
        help=translate("corrections", "bring back a removed credential (from the history)"),
    )
    _id(back, translate("corrections", "the credential's id")).set_defaults(run=credential_restore)


def _date(text: str | None, field: str) -> Any:
    return parse_date(text, field) if text else None


def _say(args: argparse.Namespace, record: dict[str, Any], sentence: str) -> int:
    if args.json:
        print_json(record)
    else:
        print(sentence)
    return 0


def _activity_text(a: ActivityRow) -> str:
    return translate("corrections", "activity {id} ({title}, {date}, {hours})").format(
        id=a.id, title=a.title, date=us_date(a.completed_on), hours=a.hours.describe()
    )


def _nothing_to_change(command: str) -> InvalidInput:
    return InvalidInput(
        command, translate("corrections", "name at least one field to change (see --help)")
    )


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
        raise _nothing_to_change("ce edit")
    data = dataclasses.replace(_activity_input(a), **changes)
    opened = a.version if args.if_version is None else args.if_version
    row = activities.update_activity(ctx, a.id, data, version=opened).value
    sentence = translate("corrections", "Saved {activity}.")
    return _say(args, activity_json(ctx, row), sentence.format(activity=_activity_text(row)))


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
    sentence = translate(
        "corrections", "Deleted {activity}; `rxtracker ce restore {id}` brings it back."
    )
    return _say(
        args, activity_json(ctx, row), sentence.format(activity=_activity_text(row), id=row.id)
    )


def ce_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce restore ID``."""
    row = activities.restore_deleted_activity(ctx, args.id).value
    sentence = translate(
        "corrections",
        "Restored {activity}. Its certificate, if it had one, is not kept by the history: "
        "`rxtracker ce attach {id} FILE` stores it again.",
    )
    return _say(
        args, activity_json(ctx, row), sentence.format(activity=_activity_text(row), id=row.id)
    )


def ce_attach(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce attach ID FILE``."""
    row = activities.attach_certificate(ctx, args.id, args.file).value
    sentence = translate("corrections", "Stored {file} with {activity}.")
    return _say(
        args,
        activity_json(ctx, row),
        sentence.format(file=args.file.name, activity=_activity_text(row)),
    )


def ce_detach(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce detach ID``."""
    before = activities.get_activity(ctx, args.id)
    row = activities.detach_certificates(ctx, args.id).value
    names = ", ".join(x.original_name for x in before.attachments)
    sentence = translate("corrections", "Took {files} off {activity}.")
    return _say(
        args, activity_json(ctx, row), sentence.format(files=names, activity=_activity_text(row))
    )


# ------------------------------------------------------------------ credential


def _credential_text(c: CredentialRow) -> str:
    if c.expires_on:
        until = translate("corrections", "expires {date}").format(date=us_date(c.expires_on))
    else:
        until = translate("corrections", "does not expire")
    if c.number:
        text = translate("corrections", "{type} no. {number} (id {id}, {until})")
    else:
        text = translate("corrections", "{type} (id {id}, {until})")
    return text.format(type=data_text(c.type_name), number=c.number, id=c.id, until=until)


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
        raise _nothing_to_change("credential edit")
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
    sentence = translate("corrections", "Saved {credential}.")
    return _say(args, credential_json(row), sentence.format(credential=_credential_text(row)))


def credential_renew(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential renew ID --expires DATE [--cycle-start D] [--renewed D]``."""
    row = credentials.renew_credential(
        ctx,
        args.id,
        parse_date(args.expires, "expires"),
        new_cycle_start=_date(args.cycle_start, "cycle start"),
        renewed_on=_date(args.renewed, "renewed"),
    ).value
    sentence = translate(
        "corrections",
        "Renewed {credential}; the past cycle is kept (credential list shows it).",
    )
    return _say(args, credential_json(row), sentence.format(credential=_credential_text(row)))


def credential_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential remove ID [--yes]`` (asks first at a terminal)."""
    c = credentials.get_credential(ctx, args.id)
    short = {t.id: t.short_name for t in credentials.credential_types(ctx)}
    words = removal.credential_words(c, short.get(c.type_id, ""))
    question = translate("corrections", "Remove {credential}? [y/N] ").format(credential=words)
    if not args.yes and sys.stdin.isatty() and not _confirm(question):
        print(translate("corrections", "Nothing was removed."), file=sys.stderr)
        return 1
    removal.remove_credential(ctx, c.id)
    sentence = translate(
        "corrections",
        "Removed {credential}; its activities stay. "
        "`rxtracker credential restore {id}` brings it back.",
    )
    return _say(args, credential_json(c), sentence.format(credential=_credential_text(c), id=c.id))


def credential_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential restore ID``: a removed credential back from the history."""
    removal.restore_removed(ctx, "credential", args.id)
    c = credentials.get_credential(ctx, args.id)
    sentence = translate("corrections", "Restored {credential} with its past cycles.")
    return _say(args, credential_json(c), sentence.format(credential=_credential_text(c)))


# ------------------------------------------------------------------ person


def person_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person remove PERSON [--yes]``."""
    p = people.find_person(ctx, args.person)
    fields = {"name": p.name, "id": p.id, "what": people.person_record_counts(ctx, p.id)}
    question = translate("corrections", "Delete {name} (id {id}) with {what}? [y/N] ")
    if not args.yes and not _confirm(question.format(**fields)):
        print(translate("corrections", "Nothing was removed."), file=sys.stderr)
        return 1
    removed = removal.remove_person(ctx, p.id).value
    # a restore brings back only the files still kept
    certificate_store.forget_deleted(ctx, list(removed.files))
    sentence = translate(
        "corrections",
        "Removed {name} (id {id}) with {what}. "
        "`rxtracker person restore {id}` brings them back (certificate files aside).",
    )
    return _say(args, person_json(p), sentence.format(**fields))


def person_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker person restore ID``: a removed person back with every record."""
    removal.restore_removed(ctx, "person", args.id)
    p = people.get_person(ctx, args.id)
    what = people.person_record_counts(ctx, p.id)
    sentence = translate("corrections", "Restored {name} (id {id}) with {what}.")
    return _say(args, person_json(p), sentence.format(name=p.name, id=p.id, what=what))


def _confirm(question: str) -> bool:
    """Ask ``question`` on stderr; yes is "y" or "yes", or the interface language's words."""
    print(question, end="", flush=True, file=sys.stderr)
    answer = sys.stdin.readline().strip().lower()
    yes = {"y", "yes", translate("corrections", "y"), translate("corrections", "yes")}
    return answer in yes
