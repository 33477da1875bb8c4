"""``rxtracker status``: where each credential stands, and exactly what is missing."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.renewal_json import iso, state_json
from rxtracker.domain import Hours, parse_date
from rxtracker.engine import ActivityResult, CredentialResult, Phase, RequirementResult
from rxtracker.i18n import data_text, translate
from rxtracker.services.people_read import find_person
from rxtracker.services.status import CredentialStatus, PersonStatus, person_status, team_status
from rxtracker.services.wording import (
    catalog_text,
    counts_less_text,
    held_texts,
    missing_texts,
    note_texts,
    phase_label,
    remark_texts,
    renewal_sentences,
    requirement_result_label,
    sentence_date,
    shortfall_text,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.services.quick import Reading


def register(tree: CommandTree) -> None:
    """Add the ``status`` command to the top-level subparsers."""
    parser = tree.command("status")
    parser.add_argument(
        "person", metavar="PERSON", nargs="?", help=translate("status", "name or id (default: all)")
    )
    parser.add_argument(
        "--as-of", metavar="DATE", help=translate("status", "judge on this day (default: today)")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("status", "machine-readable output")
    )
    parser.set_defaults(run=run_status, quick=True)


def run_status(ctx: Reading, args: argparse.Namespace) -> int:
    """Run ``rxtracker status [PERSON] [--as-of DATE] [--json]`` (quick context too)."""
    as_of = parse_date(args.as_of, "as-of") if args.as_of else ctx.clock.today()
    if args.person:
        person = find_person(ctx, args.person)
        statuses = [person_status(ctx, person.id, as_of, every_activity=args.json)]
    else:
        statuses = team_status(ctx, as_of, every_activity=args.json)
    if args.json:
        print_json([person_json(s, as_of) for s in statuses])
    else:
        print_text(statuses, as_of)
    return 0


# ------------------------------------------------------------------ JSON


def person_json(status: PersonStatus, as_of: dt.date) -> dict[str, Any]:
    """One person's status as a JSON object."""
    return {
        "person": {"id": status.person.id, "name": status.person.name},
        "as_of": as_of.isoformat(),
        "credentials": [credential_json(c) for c in status.credentials],
    }


def credential_json(status: CredentialStatus) -> dict[str, Any]:
    """One credential's status as a JSON object (hours are numbers, two decimals at most)."""
    r = status.result
    return {
        "id": status.credential.id,
        "type": r.type_id,
        "type_name": r.type_name,
        "number": status.credential.number,
        "status": r.phase.value,
        "status_label": phase_label(r.phase),
        "cycle_start": r.dates.start.isoformat(),
        "cycle_end": iso(r.dates.end),
        "renewal_opens": iso(r.dates.renewal_opens),
        "deadline": iso(r.dates.deadline),
        "reinstatement_until": iso(r.dates.reinstatement_until),
        "days_to_deadline": r.days_to_deadline,
        "days_since_expiration": r.days_since_expiration,
        "rules": r.rules_type_id,
        "rules_from": iso(r.rules_effective_from),
        "required_hours": r.required_hours.to_float(),
        "counted_hours": r.counted_hours.to_float(),
        "missing_hours": r.missing_hours.to_float(),
        "conditional_hours": r.conditional_hours.to_float(),
        "conditional": list(held_texts(r.conditional)),
        "credits": _credits_json(r),
        "requirements": [_requirement_json(q) for q in r.requirements],
        "activities": [_activity_json(a) for a in r.activities],
        "missing": list(missing_texts(r.missing)),
        "notes": list(note_texts(r.notes)),
        "renewal": state_json(status.renewal),
    }


def _requirement_json(q: RequirementResult) -> dict[str, Any]:
    return {
        "id": q.id,
        "kind": q.kind,
        "label": q.label,
        "required": q.required.to_float() if q.required is not None else None,
        "counted": q.counted.to_float(),
        "met": q.met,
        "missing": q.missing.to_float(),
        "sentence": shortfall_text(q.shortfall) if q.shortfall else None,
        "unconfirmed": q.unconfirmed,
        "exempt": q.exempt,
        "condition": q.condition or None,
        "source": q.source,
    }


def _activity_json(a: ActivityResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": a.activity_id,
        "title": a.title,
        "date": iso(a.completed_on),
        "hours": a.hours.to_float(),
        "counted_hours": a.counted.to_float(),
        "by_requirement": {rid: h.to_float() for rid, h in a.by_requirement},
    }
    reason = counts_less_text(a)
    if reason:
        out["reason"] = reason
    if a.remarks:
        out["remarks"] = list(remark_texts(a))
    return out


def _credits_json(r: CredentialResult) -> dict[str, Any] | None:
    if r.credits is None:
        return None
    return {
        "name": r.credits.name,
        "hours_per_credit": r.credits.hours_per_credit.to_float(),
        "required": float(r.credits.required),
        "counted": float(r.credits.counted),
    }


# ------------------------------------------------------------------ plain text


def print_text(statuses: list[PersonStatus], as_of: dt.date) -> None:
    """Plain text a technician can read, in the interface language."""
    if not statuses:
        print(translate("status", "Nobody yet. Add a person with `rxtracker person add NAME`."))
    for index, status in enumerate(statuses):
        if index:
            print()
        print(
            translate("status", "{name} (id {id}): status on {date}").format(
                name=status.person.name, id=status.person.id, date=sentence_date(as_of)
            )
        )
        if not status.credentials:
            print("  " + translate("status", "No credentials recorded."))
        for credential in status.credentials:
            print()
            lines = credential_lines(credential.result)
            lines[2:2] = ["  " + line for line in renewal_sentences(credential.renewal)]
            for line in lines:
                print("  " + line)


def credential_lines(r: CredentialResult) -> list[str]:
    """One credential's status as indented lines."""
    d = r.dates
    lines = [f"{data_text(r.type_name)}: {phase_label(r.phase).upper()}{_since_text(r)}"]
    if d.end is None:
        held = translate("status", "Held since {date}; does not expire")
        lines.append("  " + held.format(date=sentence_date(d.start)))
    else:
        cycle = translate("status", "Cycle {start} to {end}")
        lines.append(
            "  "
            + cycle.format(start=sentence_date(d.start), end=sentence_date(d.end))
            + _window_text(r)
        )
    if r.required_hours or r.counted_hours:
        lines.append("  " + _hours_text(r) + _credits_text(r))
    for q in r.requirements:
        if q.kind != "max" or q.counted:
            lines.append("  " + _requirement_text(q))
    lines += _section(translate("status", "Missing"), missing_texts(r.missing))
    lines += _section(translate("status", "Counts only if accepted"), held_texts(r.conditional))
    lines += _section(translate("status", "Not counted in full"), _not_counted_in_full(r))
    lines += _section(translate("status", "Notes"), note_texts(r.notes))
    return lines


def _not_counted_in_full(r: CredentialResult) -> list[str]:
    """The cycle's activities that count for less than their hours; the rest in one line."""
    partial = [_activity_text(a) for a in r.activities if a.reasons and a.counted != a.hours]
    if unlisted := r.activities_not_listed:  # the text lists what can count in the cycle
        partial.append(
            translate(
                "status",
                "%n more CE record(s) that cannot count toward this cycle on this day, not "
                "listed (`status --json` lists each one with its reason)",
                None,
                unlisted,
            )
        )
    return partial


def _hours_text(r: CredentialResult) -> str:
    """'Hours: 10 of 20 counted, at least 10 more needed'."""
    fields = {
        "counted": r.counted_hours.shown(),
        "required": r.required_hours.shown(),
        "missing": r.missing_hours.shown(),
    }
    if r.missing_hours:
        return translate(
            "status", "Hours: {counted} of {required} counted, at least {missing} more needed"
        ).format(**fields)
    return translate("status", "Hours: {counted} of {required} counted").format(**fields)


def _since_text(r: CredentialResult) -> str:
    """', expired 98 days ago' for a lapsed or expired credential, else ''."""
    days = r.days_since_expiration
    if days is None or r.phase not in (Phase.LAPSED, Phase.EXPIRED):
        return ""
    return translate("status", ", expired %n day(s) ago", None, days)


def _window_text(r: CredentialResult) -> str:
    parts = []
    if r.dates.renewal_opens:
        opens = translate("status", "renewal opens {date}")
        parts.append(opens.format(date=sentence_date(r.dates.renewal_opens)))
    if r.dates.deadline and r.dates.deadline != r.dates.end:
        apply = translate("status", "apply by {date}")
        parts.append(apply.format(date=sentence_date(r.dates.deadline)))
    days = r.days_to_deadline
    if days is not None and days >= 0:
        parts.append(translate("status", "%n days left", None, days))
    return "; " + ", ".join(parts) if parts else ""


def _credits_text(r: CredentialResult) -> str:
    if r.credits is None:
        return ""
    return translate("status", " ({counted} of {required} {name})").format(
        counted=r.credits.counted, required=r.credits.required, name=data_text(r.credits.name)
    )


def _requirement_text(q: RequirementResult) -> str:
    mark = "[x]" if q.met else "[ ]"
    amount = ""
    if q.kind == "max":
        amount = translate("status", "{counted} h counted").format(counted=q.counted.shown())
    elif q.required is not None:
        amount = translate("status", "{counted} of {required} h").format(
            counted=q.counted.shown(), required=q.required.shown()
        )
    extra = ""
    if q.exempt:
        extra = " " + translate("status", "(waived)")
    elif q.unconfirmed:
        extra = " " + translate("status", "(not confirmed)")
    label = requirement_result_label(q)
    if q.condition:
        label = f"{catalog_text(q.id, q.condition)}: {label}"
    return f"{mark} {label}{': ' + amount if amount else ''}{extra}"


def _activity_text(a: ActivityResult) -> str:
    return translate("status", "#{id} {title} ({hours}, {counted} counted): {reason}").format(
        id=a.activity_id,
        title=a.title,
        hours=Hours.describe(a.hours),
        counted=a.counted.shown(),
        reason=counts_less_text(a),
    )


def _section(title: str, items: Any) -> list[str]:
    items = list(items)
    return [f"  {title}:", *(f"    - {item}" for item in items)] if items else []
