"""``rxtracker renewal``: from "ready" to "renewed" (issue 20).

``ready`` (exit 0 ready, 1 not), the application's steps (``applied``, ``returned``,
``resubmitted``, ``approved``), the checklist's yes/no answers (``confirm``), and audits
(``audit``, ``audit-sent``, ``audit-outcome``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from rxtracker.cli.options import choice
from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.renewal_json import state_json
from rxtracker.domain import parse_date
from rxtracker.engine.phases import RenewalState, Step
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services import Context, credentials, people, type_names, wording
from rxtracker.services import audits as audit_service
from rxtracker.services.ready import CONFIRMATIONS, ReadyView, confirm, ready_view
from rxtracker.services.renewal import StepInput, find_held, record_step, renewal_phase
from rxtracker.services.wording import (
    renewal_sentences,
)

_STEP_HELP = {
    Step.APPLIED: QT_TRANSLATE_NOOP(
        "renewal", "you applied and paid (the fee is recorded; --fee if it differs)"
    ),
    Step.RETURNED: QT_TRANSLATE_NOOP(
        "renewal", "the application came back (--reason, repeatable): resubmit within 30 days"
    ),
    Step.RESUBMITTED: QT_TRANSLATE_NOOP(
        "renewal", "you resubmitted a returned application (with the reprocessing fee)"
    ),
    Step.APPROVED: QT_TRANSLATE_NOOP(
        "renewal", "the renewal was approved (--expires: the new expiration date)"
    ),
}


def register(tree: CommandTree) -> None:
    """Add the ``renewal`` actions."""
    rsub = tree.group("renewal")
    ready = rsub.add_parser(
        "ready", help=translate("renewal", "what is still missing before applying (exit 1)")
    )
    _person_type(ready, type_needed=False).set_defaults(run=run_ready)
    for step, text in _STEP_HELP.items():
        parser = _person_type(rsub.add_parser(step.value, help=translate("renewal", text)), on=True)
        parser.add_argument(
            "--reason", action="append", default=[], help=translate("renewal", "why (repeatable)")
        )
        parser.add_argument(
            "--fee", help=translate("renewal", "the amount paid, e.g. 55 (default: the catalog's)")
        )
        parser.add_argument(
            "--expires", metavar="DATE", help=translate("renewal", "approved: the new expiration")
        )
        parser.set_defaults(run=run_step, step=step)
    show = _person_type(
        rsub.add_parser("show", help=translate("renewal", "where the application and audit stand"))
    )
    show.set_defaults(run=run_show)
    yes = _person_type(
        rsub.add_parser("confirm", help=translate("renewal", "confirm an e-Profile check (yes)"))
    )
    yes.add_argument(
        "what",
        type=choice(list(CONFIRMATIONS), "confirm"),
        help=translate("renewal", "birthday|ptcb-number"),
    )
    yes.set_defaults(run=run_confirm)
    _register_audits(rsub)


def _register_audits(rsub: Any) -> None:
    notice = _person_type(
        rsub.add_parser("audit", help=translate("renewal", "an audit notice came")), on=True
    )
    notice.add_argument(
        "--due", metavar="DATE", required=True, help=translate("renewal", "documents due by")
    )
    notice.add_argument("--note", default="")
    notice.set_defaults(run=run_audit)
    sent = _person_type(
        rsub.add_parser("audit-sent", help=translate("renewal", "the audit documents were sent")),
        on=True,
    )
    sent.set_defaults(run=run_audit_sent)
    outcome = _person_type(
        rsub.add_parser("audit-outcome", help=translate("renewal", "the audit's outcome")), on=True
    )
    outcome.add_argument("outcome", type=choice(["passed", "failed"], "outcome"))
    outcome.set_defaults(run=run_audit_outcome)


def _person_type(
    parser: argparse.ArgumentParser, *, on: bool = False, type_needed: bool = True
) -> argparse.ArgumentParser:
    parser.add_argument("person", metavar="PERSON", help=translate("renewal", "name or id"))
    parser.add_argument(
        "type",
        metavar="TYPE",
        nargs=None if type_needed else "?",
        help=translate("renewal", "credential type, e.g. PTCB"),
    )
    if on:
        parser.add_argument(
            "--on",
            metavar="DATE",
            help=translate("renewal", "the day it happened (default: today)"),
        )
    parser.add_argument(
        "--as-of", metavar="DATE", help=translate("renewal", "judge on this day (default: today)")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("renewal", "machine-readable output")
    )
    return parser


def _day(ctx: Context, text: str | None, field: str) -> dt.date:
    return parse_date(text, field) if text else ctx.clock.today()


def _held(ctx: Context, args: argparse.Namespace) -> int:
    person = people.find_person(ctx, args.person)
    return find_held(ctx, person.id, type_names.find_type(ctx, args.type))


def run_step(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal applied|returned|resubmitted|approved PERSON TYPE --on DATE``."""
    held = _held(ctx, args)
    data = StepInput(
        args.step,
        _day(ctx, args.on, "on"),
        reasons="; ".join(r.strip() for r in args.reason if r.strip()),
        fee=args.fee,
        expires_on=parse_date(args.expires, "expires") if args.expires else None,
    )
    record_step(ctx, held, data)
    return _print_state(renewal_phase(ctx, held, _day(ctx, args.as_of, "as-of")), args)


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal show PERSON TYPE [--as-of DATE] [--json]``."""
    held = _held(ctx, args)
    return _print_state(renewal_phase(ctx, held, _day(ctx, args.as_of, "as-of")), args)


def run_confirm(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal confirm PERSON TYPE birthday|ptcb-number``."""
    said = confirm(ctx, _held(ctx, args), args.what, ctx.clock.today()).value
    print(translate("renewal", "Confirmed: {what}.").format(what=said))
    return 0


def run_audit(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal audit PERSON TYPE --on DATE --due DATE``."""
    held = _held(ctx, args)
    due = parse_date(args.due, "due")
    audit_service.add_audit(ctx, held, _day(ctx, args.on, "on"), due, args.note)
    return _print_state(renewal_phase(ctx, held, _day(ctx, args.as_of, "as-of")), args)


def run_audit_sent(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal audit-sent PERSON TYPE --on DATE``."""
    held = _held(ctx, args)
    audit_service.audit_submitted(ctx, held, _day(ctx, args.on, "on"))
    return _print_state(renewal_phase(ctx, held, _day(ctx, args.as_of, "as-of")), args)


def run_audit_outcome(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal audit-outcome PERSON TYPE passed|failed --on DATE``."""
    held = _held(ctx, args)
    audit_service.audit_outcome(ctx, held, args.outcome, _day(ctx, args.on, "on"))
    return _print_state(renewal_phase(ctx, held, _day(ctx, args.as_of, "as-of")), args)


def _print_state(state: RenewalState, args: argparse.Namespace) -> int:
    if args.json:
        print_json(state_json(state))
    else:
        nothing = translate("renewal", "Nothing recorded about this renewal yet.")
        for line in renewal_sentences(state) or (nothing,):
            print(line)
    return 0


def run_ready(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker renewal ready PERSON [TYPE] [--json] [--as-of DATE]``: 0 ready, 1 not."""
    person = people.find_person(ctx, args.person)
    as_of = _day(ctx, args.as_of, "as-of")
    if args.type:
        held = [find_held(ctx, person.id, type_names.find_type(ctx, args.type))]
    else:
        held = [c.id for c in credentials.list_credentials(ctx, person.id) if c.expires_on]
    views = [ready_view(ctx, credential_id, as_of) for credential_id in held]
    if args.json:
        print_json([_ready_json(v) for v in views])
    else:
        for view in views:
            _print_ready(view)
    return 0 if views and all(v.ready for v in views) else 1


def _ready_json(view: ReadyView) -> dict[str, Any]:
    return {
        "credential_id": view.credential_id,
        "type": view.type_id,
        "type_name": view.type_name,
        "as_of": view.as_of.isoformat(),
        "ready": view.ready,
        "checks": [
            {"id": c.id, "label": c.label, "done": c.done, "detail": c.detail or None}
            for c in view.checks
        ],
    }


def _print_ready(view: ReadyView) -> None:
    if view.ready:
        heading = translate("renewal", "{type}: ready to apply (as of {date})")
    else:
        heading = translate("renewal", "{type}: not ready yet (as of {date})")
    print(heading.format(type=data_text(view.type_name), date=wording.sentence_date(view.as_of)))
    for check in view.checks:
        detail = f": {check.detail}" if check.detail else ""
        print(f"  [{'x' if check.done else ' '}] {check.label}{detail}")
