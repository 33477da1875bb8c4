"""Headless commands for pathways: experience, pathways, custom types, credential items."""

from __future__ import annotations

import argparse
from typing import Any

from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.tables import EXPERIENCE, ITEMS, headings, now
from rxtracker.domain import Hours, InvalidInput, parse_date
from rxtracker.engine.result import PathwayResult, SpecialtyArea
from rxtracker.i18n import data_text, translate
from rxtracker.services import Context, credentials, people, wording
from rxtracker.services import custom_types as custom
from rxtracker.services import experience as work
from rxtracker.services.pathways import person_pathways
from rxtracker.services.wording.pathways import area_rule_text, step_detail, step_label


def register(tree: CommandTree) -> None:
    """Add ``experience``, ``pathways`` and the ``credential`` custom-type/item actions."""
    _register_experience(tree)
    path = tree.command("pathways")
    path.add_argument("person", metavar="PERSON", help=translate("pathways", "name or id"))
    path.add_argument(
        "--as-of", metavar="DATE", help=translate("pathways", "judge on this day (default: today)")
    )
    path.add_argument(
        "--json", action="store_true", help=translate("pathways", "machine-readable output")
    )
    path.set_defaults(run=pathways_show)
    _register_credential_actions(tree.group("credential"))


def _register_experience(tree: CommandTree) -> None:
    xsub = tree.group("experience")
    add = xsub.add_parser("add", help=translate("pathways", "record a period of work"))
    add.add_argument("person", metavar="PERSON", help=translate("pathways", "name or id"))
    add.add_argument(
        "--role",
        required=True,
        help=translate("pathways", "e.g. pharmacy technician, IV technician"),
    )
    add.add_argument("--start", required=True, metavar="DATE")
    add.add_argument(
        "--end", metavar="DATE", help=translate("pathways", "leave out for a current job")
    )
    add.add_argument(
        "--hours-per-week", type=int, default=40, metavar="N", help=translate("pathways", "1 to 80")
    )
    add.add_argument(
        "--area",
        action="append",
        default=[],
        metavar="TAG",
        help=translate(
            "pathways", "e.g. sterile-compounding, billing, medication-history (repeatable)"
        ),
    )
    add.add_argument(
        "--setting", default="", help=translate("pathways", "e.g. hospital, retail, long-term care")
    )
    add.add_argument("--notes", default="")
    add.set_defaults(run=experience_add)
    lst = xsub.add_parser("list", help=translate("pathways", "list a person's periods of work"))
    lst.add_argument("person", metavar="PERSON", help=translate("pathways", "name or id"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=experience_list)
    rem = xsub.add_parser("remove", help=translate("pathways", "delete a period of work"))
    rem.add_argument("id", type=int, metavar="EXPERIENCE_ID")
    rem.set_defaults(run=experience_remove)


def _register_credential_actions(csub: Any) -> None:
    cust = csub.add_parser(
        "custom-add", help=translate("pathways", "define a credential type rxtracker does not know")
    )
    cust.add_argument(
        "--name", required=True, help=translate("pathways", "e.g. 'Acme annual sterile training'")
    )
    cust.add_argument(
        "--issuer", required=True, help=translate("pathways", "who issues it (employer, board...)")
    )
    cust.add_argument(
        "--cycle-months",
        required=True,
        type=int,
        metavar="N",
        help=translate("pathways", "1 to 120"),
    )
    cust.add_argument(
        "--hours", required=True, help=translate("pathways", "total CE hours per cycle, e.g. 10")
    )
    cust.add_argument(
        "--min-tag",
        action="append",
        default=[],
        metavar="TAG=HOURS",
        help=translate("pathways", "at least HOURS of CE tagged TAG (repeatable), e.g. law=2"),
    )
    cust.add_argument(
        "--min-topic",
        action="append",
        default=[],
        metavar="NN=HOURS",
        help=translate("pathways", "at least HOURS of ACPE topic NN (repeatable), e.g. 05=1"),
    )
    cust.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="LABEL",
        help=translate("pathways", "a non-hour item to record"),
    )
    cust.add_argument(
        "--state", help=translate("pathways", "two letters, for a state's registration")
    )
    cust.set_defaults(run=custom_add)
    cdel = csub.add_parser(
        "custom-delete", help=translate("pathways", "delete a custom type no credential uses")
    )
    cdel.add_argument("type", metavar="TYPE")
    cdel.set_defaults(run=custom_delete)
    att = csub.add_parser(
        "attest", help=translate("pathways", "record a non-hour requirement (attestation) as done")
    )
    att.add_argument("credential", type=int, metavar="CREDENTIAL_ID")
    att.add_argument(
        "requirement",
        metavar="REQUIREMENT_ID",
        help=translate("pathways", "see `credential items`"),
    )
    att.add_argument(
        "--date", required=True, metavar="DATE", help=translate("pathways", "the day it was done")
    )
    att.add_argument("--note", default="")
    att.set_defaults(run=credential_attest)
    items = csub.add_parser(
        "items", help=translate("pathways", "list a credential's recorded non-hour items")
    )
    items.add_argument("credential", type=int, metavar="CREDENTIAL_ID")
    items.add_argument("--json", action="store_true")
    items.set_defaults(run=credential_items)


def experience_add(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker experience add PERSON --role R --start D [--end D] ...``."""
    person = people.find_person(ctx, args.person)
    data = work.ExperienceInput(
        role=args.role,
        start_on=parse_date(args.start, "start"),
        end_on=parse_date(args.end, "end") if args.end else None,
        hours_per_week=args.hours_per_week,
        areas=tuple(args.area),
        setting=args.setting,
        notes=args.notes,
    )
    row = work.add_experience(ctx, person.id, data).value
    text = translate("pathways", "Recorded {role} for {name}, {start} to {end} (id {id}).")
    print(text.format(role=row.role, name=person.name, **_period(row), id=row.id))
    return 0


def experience_list(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker experience list PERSON [--json]``."""
    person = people.find_person(ctx, args.person)
    rows = work.list_experience(ctx, person.id)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "person_id": r.person_id,
                    "role": r.role,
                    "setting": r.setting,
                    "areas": list(r.areas),
                    "start": r.start_on.isoformat(),
                    "end": r.end_on.isoformat() if r.end_on else None,
                    "hours_per_week": r.hours_per_week,
                    "notes": r.notes,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        headings(EXPERIENCE),
        [
            [
                r.id,
                r.role,
                r.setting,
                r.start_on,
                r.end_on or now(),
                r.hours_per_week,
                " ".join(r.areas),
            ]
            for r in rows
        ],
    )
    return 0


def experience_remove(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker experience remove EXPERIENCE_ID``."""
    row = work.delete_experience(ctx, args.id).value
    text = translate("pathways", "Deleted {role} ({start} to {end}).")
    print(text.format(role=row.role, **_period(row)))
    return 0


def _period(row: work.ExperienceRow) -> dict[str, str]:
    """A period of work's first and last day as its sentences show them ("now" if it goes on)."""
    end = wording.sentence_date(row.end_on) if row.end_on else now()
    return {"start": wording.sentence_date(row.start_on), "end": end}


# ------------------------------------------------------------------ pathways


def pathways_show(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker pathways PERSON [--as-of D] [--json]``."""
    person = people.find_person(ctx, args.person)
    as_of = parse_date(args.as_of, "as of") if args.as_of else None
    view = person_pathways(ctx, person.id, as_of)
    if args.json:
        print_json(
            {
                "person": person.name,
                "pathways": [pathway_json(p) for p in view.pathways],
                "areas": [area_json(a) for a in view.areas],
            }
        )
        return 0
    for result in view.pathways:
        _print_pathway(result)
    print(translate("pathways", "Specialty areas"))
    for area in view.areas:
        if area.activity_ids:
            line = translate("pathways", "  {area}: {hours} (activities {ids})")
        else:
            line = translate("pathways", "  {area}: {hours} (activities none yet)")
        ids = ", ".join(str(i) for i in area.activity_ids)
        print(line.format(area=data_text(area.name), hours=area.hours.describe(), ids=ids))
    return 0


def _print_pathway(result: PathwayResult) -> None:
    state = _state_word(result)
    print(f"{data_text(result.name)}: {state}")
    route = ""
    for step in result.steps:
        if step.route and step.route != route:
            print(f"  {data_text(step.route)}:")
        route = step.route
        indent = "    " if route else "  "
        mark = "[x]" if step.done else "[ ]" if step.required else "[-]"
        flags = translate("pathways", " (unconfirmed)") if step.unconfirmed else ""
        flags += "" if step.required else translate("pathways", " (not required)")
        print(f"{indent}{mark} {step_label(step)}{flags}: {step_detail(step)}")
    for text in result.unconfirmed:
        print(translate("pathways", "  Unconfirmed: {text}").format(text=data_text(text)))
    print()


def _state_word(result: PathwayResult) -> str:
    if result.achieved:
        return translate("pathways", "earned")
    return (
        translate("pathways", "eligible") if result.eligible else translate("pathways", "not yet")
    )


def pathway_json(result: PathwayResult) -> dict[str, Any]:
    """One pathway checklist as a JSON object."""
    return {
        "id": result.id,
        "name": result.name,
        "kind": result.kind,
        "achieved": result.achieved,
        "eligible": result.eligible,
        "routes_met": list(result.routes_met),
        "steps": [
            {
                "label": step_label(s),
                "done": s.done,
                "detail": step_detail(s),
                "route": s.route or None,
                "required": s.required,
                "unconfirmed": s.unconfirmed,
                "note": s.note or None,
            }
            for s in result.steps
        ],
        "notes": list(result.notes),
        "unconfirmed": list(result.unconfirmed),
    }


def area_json(area: SpecialtyArea) -> dict[str, Any]:
    """One specialty area as a JSON object."""
    return {
        "id": area.id,
        "name": area.name,
        "hours": area.hours.to_float(),
        "activities": list(area.activity_ids),
        "rule": area_rule_text(area),
    }


# ------------------------------------------------------------------ credential types, items


def custom_add(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential custom-add --name --issuer --cycle-months --hours ...``."""
    minimums = [
        *(custom.MinHours(_pair_hours(t, "min-tag"), tag=_pair_key(t)) for t in args.min_tag),
        *(custom.MinHours(_pair_hours(t, "min-topic"), topic=_pair_key(t)) for t in args.min_topic),
    ]
    data = custom.CustomTypeInput(
        name=args.name,
        issuer=args.issuer,
        cycle_months=args.cycle_months,
        total_hours=Hours.parse(args.hours),
        minimums=tuple(minimums),
        items=tuple(args.item),
        state=args.state,
    )
    row = custom.add_custom_type(ctx, data).value
    text = translate("pathways", "Added credential type {id} ({name}).")
    print(text.format(id=row.id, name=row.credential_type.name))
    return 0


def _pair_key(text: str) -> str:
    return text.partition("=")[0]


def _pair_hours(text: str, field: str) -> Hours:
    key, sep, hours = text.partition("=")
    if not sep or not key.strip():
        problem = translate("pathways", "{text} must be written KEY=HOURS, like law=2")
        raise InvalidInput(field, problem.format(text=repr(text)))
    return Hours.parse(hours, field)


def custom_delete(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential custom-delete TYPE``."""
    row = custom.delete_custom_type(ctx, args.type).value
    print(translate("pathways", "Deleted credential type {id}.").format(id=row.id))
    return 0


def credential_attest(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential attest CREDENTIAL_ID REQUIREMENT_ID --date D``."""
    done_on = parse_date(args.date)
    item = credentials.record_item(
        ctx, args.credential, args.requirement, done_on, note=args.note
    ).value
    text = translate("pathways", "Recorded {item} on {date} (credential {id}).")
    label = wording.requirement_label(item.requirement_id, item.label)
    print(text.format(item=label, date=wording.sentence_date(item.done_on), id=item.credential_id))
    return 0


def credential_items(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker credential items CREDENTIAL_ID [--json]``."""
    rows = credentials.list_items(ctx, args.credential)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "requirement": r.requirement_id,
                    "label": r.label,
                    "date": r.done_on.isoformat(),
                    "note": r.note,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        headings(ITEMS),
        [
            [
                r.id,
                r.requirement_id,
                wording.requirement_label(r.requirement_id, r.label),
                r.done_on,
                r.note,
            ]
            for r in rows
        ],
    )
    return 0
