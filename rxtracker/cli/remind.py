"""``rxtracker remind``: the reminder check, headless, and turning the daily check on or off.

Exit status 0 when nothing needs attention, 1 when something does (scripts and the
scheduled task read it), 2 for bad input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree
from rxtracker.domain import InvalidInput, parse_date
from rxtracker.i18n import translate
from rxtracker.services import Context
from rxtracker.services.reminders.calendar import subscription_path, update_subscription
from rxtracker.services.reminders.check import Reminder, ReminderCheck, check_reminders
from rxtracker.services.reminders.entries import (
    TASK_NAME,
    install_reminders,
    is_installed,
    remove_reminders,
    system_entry,
)
from rxtracker.services.wording import sentence_date

EXIT_NOTHING_DUE = 0
EXIT_SOMETHING_DUE = 1


def register(tree: CommandTree) -> None:
    """Add ``remind``."""
    parser = tree.command("remind")
    parser.add_argument(
        "--as-of", metavar="DATE", help=translate("remind", "check on this day (default: today)")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("remind", "machine-readable output")
    )
    parser.add_argument(
        "--days",
        type=int,
        metavar="N",
        help=translate(
            "remind",
            "look N days ahead for deadlines (default: Settings ▸ Remind me, else 90)",
        ),
    )
    switch = parser.add_mutually_exclusive_group()
    switch.add_argument(
        "--on",
        action="store_true",
        help=translate(
            "remind",
            "check once a day at login and show a desktop notification when something "
            "needs attention (an autostart entry, a scheduled task or a LaunchAgent)",
        ),
    )
    switch.add_argument(
        "--off", action="store_true", help=translate("remind", "stop the daily check (removes it)")
    )
    parser.set_defaults(run=run_remind)


def run_remind(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker remind [--as-of DATE] [--days N] [--json] [--on|--off]``."""
    if args.on or args.off:
        return _switch(ctx, on=args.on, as_json=args.json)
    if args.days is not None and args.days < 0:
        raise InvalidInput("days", "must be 0 or more")
    as_of = parse_date(args.as_of, "as-of") if args.as_of else ctx.clock.today()
    check = check_reminders(ctx, as_of, args.days)
    calendar = _update_calendar(ctx, as_of)
    if args.json:
        print_json(check_json(check, calendar))
    else:
        _print_check(check, calendar)
    return EXIT_SOMETHING_DUE if check.due else EXIT_NOTHING_DUE


def _switch(ctx: Context, *, on: bool, as_json: bool) -> int:
    entry = system_entry(ctx.paths)
    if on:
        install_reminders(entry)
        update_subscription(ctx, ctx.clock.today())
    else:
        remove_reminders(entry)
    scheduler = translate("remind", "Task Scheduler: {task}").format(task=TASK_NAME)
    where = str(entry.path) if entry.path else scheduler
    if as_json:
        print_json({"reminders": "on" if on else "off", "system": entry.system, "entry": where})
    elif on:
        text = translate(
            "remind", "Reminders are on: rxtracker checks once a day at login ({where})."
        )
        print(text.format(where=where))
    else:
        print(translate("remind", "Reminders are off: the daily check was removed."))
    return 0 if is_installed(entry) == on else 1


def _update_calendar(ctx: Context, as_of: Any) -> str | None:
    """Keep the calendar subscription file current; None (with a warning) when it cannot."""
    try:
        return str(update_subscription(ctx, as_of).path)
    except OSError as exc:
        where = subscription_path(ctx.paths)
        text = translate(
            "remind", "rxtracker: warning: calendar file not updated ({where}): {problem}"
        )
        print(text.format(where=where, problem=exc), file=sys.stderr)
        return None


def check_json(check: ReminderCheck, calendar: str | None) -> dict[str, Any]:
    """The check as a JSON object."""
    return {
        "as_of": check.as_of.isoformat(),
        "horizon_days": check.horizon_days,
        "due": check.due,
        "reminders": [_reminder_json(r) for r in check.reminders],
        "calendar": calendar,
    }


def _reminder_json(r: Reminder) -> dict[str, Any]:
    return {
        "kind": r.kind,
        "person": {"id": r.person_id, "name": r.person},
        "credential_id": r.credential_id,
        "credential": r.credential,
        "day": r.day.isoformat(),
        "message": r.message,
    }


def _print_check(check: ReminderCheck, calendar: str | None) -> None:
    fields = {"date": sentence_date(check.as_of), "days": check.horizon_days}
    if not check.due:
        text = translate("remind", "Nothing needs attention on {date} (looking {days} days ahead).")
        print(text.format(**fields))
    else:
        print(
            translate("remind", "Needs attention on {date} (looking {days} days ahead):").format(
                **fields
            )
        )
        for r in check.reminders:
            print(f"  - {r.person}: {r.message}")
    if calendar:
        print(translate("remind", "Calendar subscription file: {path}").format(path=calendar))
