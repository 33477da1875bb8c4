"""A supervisor's review from the terminal: ``ce verify``, ``ce return`` and ``history``."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from rxtracker.cli.lazy import lazy_module
from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree
from rxtracker.i18n import translate
from rxtracker.services.changes import ENTITIES
from rxtracker.services.rows import ActivityRow

if TYPE_CHECKING:  # loaded by the actions that use them, not by ``ce list`` (see cli.lazy)
    from rxtracker.services import Context, people, wording
    from rxtracker.services import history as changes
else:
    people = lazy_module("rxtracker.services.people")
    changes = lazy_module("rxtracker.services.history")
    wording = lazy_module("rxtracker.services.wording")  # the engine's words: not for ce list

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def register(tree: CommandTree) -> None:
    """Add ``ce verify``, ``ce return`` and ``history``."""
    _register_ce(tree.group("ce"))
    hist = tree.command("history")
    hist.add_argument("entity", choices=ENTITIES)
    hist.add_argument("id", type=int, metavar="ID")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(run=show_history)


def _register_ce(esub: Any) -> None:
    ver = esub.add_parser(
        "verify", help=translate("review", "mark an activity verified (certificate checked)")
    )
    ver.add_argument("id", type=int, metavar="ACTIVITY_ID")
    ver.add_argument(
        "--by", metavar="PERSON", help=translate("review", "the supervisor who checked it")
    )
    ver.set_defaults(run=ce_verify)
    ret = esub.add_parser(
        "return", help=translate("review", "send an activity back to its technician with a note")
    )
    ret.add_argument("id", type=int, metavar="ACTIVITY_ID")
    ret.add_argument("--note", required=True, help=translate("review", "what to fix"))
    ret.add_argument(
        "--by", metavar="PERSON", help=translate("review", "the supervisor who checked it")
    )
    ret.set_defaults(run=ce_return)


def _by(ctx: Context, args: argparse.Namespace) -> int | None:
    return people.find_person(ctx, args.by).id if args.by else None


def ce_verify(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce verify ACTIVITY_ID [--by PERSON]``."""
    from rxtracker.services import verification

    row = verification.verify_activity(ctx, args.id, by_person_id=_by(ctx, args)).value
    return _checked(row)


def ce_return(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce return ACTIVITY_ID --note TEXT [--by PERSON]``."""
    from rxtracker.services import verification

    row = verification.return_activity(ctx, args.id, args.note, by_person_id=_by(ctx, args)).value
    return _checked(row)


def _checked(row: ActivityRow) -> int:
    text = translate("review", "Activity {id} ({title}): {check}.")
    print(text.format(id=row.id, title=row.title, check=row.verification_text))
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
    line = translate("review", "{date} {time} UTC  {action} by {who}")
    for r in rows:
        when = {"date": wording.sentence_date(r.changed_at.date()), "time": f"{r.changed_at:%H:%M}"}
        print(line.format(**when, action=r.action_label, who=r.who))
        for f in r.fields:
            print(f"    {f.label}: {_value(f.old, f.field)} -> {_value(f.new or None, f.field)}")
    return 0


def _value(text: str | None, field: str) -> str:
    """A changed value in words ("not checked yet"), a date the locale's way, "—" for none."""
    if text is None:
        return "—"
    if _ISO_DATE.fullmatch(text):
        return wording.sentence_date(dt.date.fromisoformat(text))
    return changes.value_words(text, field) or text
