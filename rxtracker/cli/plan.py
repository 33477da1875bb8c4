"""``rxtracker plan``, ``next`` and ``remind``: staying on track (issue 16)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree
from rxtracker.domain import Hours, parse_date
from rxtracker.i18n import data_text, language, translate
from rxtracker.services import Context, people
from rxtracker.services.views.plan import (
    Counted,
    Plan,
    PlanView,
    Suggestion,
    everybody_plans,
    plan_view,
)
from rxtracker.services.wording import (
    plan_text,
    requirement_label,
    sentence_date,
    shortfall_text,
    suggestion_reason,
    suggestion_title,
)


def register(tree: CommandTree) -> None:
    """Add ``plan`` and ``next`` (``remind`` is ``rxtracker.cli.remind``'s)."""
    for name, run in (("plan", run_plan), ("next", run_next)):
        parser = tree.command(name)
        parser.add_argument(
            "person",
            metavar="PERSON",
            nargs="?",
            help=translate("plan", "name or id (default: all)"),
        )
        _day_and_json(parser)
        parser.set_defaults(run=run)


def _day_and_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", metavar="DATE", help=translate("plan", "plan from this day (default: today)")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("plan", "machine-readable output")
    )


def _views(ctx: Context, args: argparse.Namespace) -> tuple[dt.date, list[PlanView]]:
    as_of = parse_date(args.as_of, "as-of") if args.as_of else ctx.clock.today()
    if args.person:
        person = people.find_person(ctx, args.person)
        return as_of, [plan_view(ctx, person.id, as_of)]
    return as_of, everybody_plans(ctx, as_of)


def run_plan(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker plan [PERSON] [--as-of DATE] [--json]``."""
    return _show(ctx, args, plans=True)


def run_next(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker next [PERSON] [--as-of DATE] [--json]``."""
    return _show(ctx, args, plans=False)


def _show(ctx: Context, args: argparse.Namespace, *, plans: bool) -> int:
    """The plans (or the suggestions) of the person, or of everybody active."""
    _, views = _views(ctx, args)
    if args.json:
        print_json([_person_json(v, plans=plans) for v in views])
    elif plans:
        _each_person(views, translate("plan", "{name} (id {id}): plan on {date}"), _plan_lines)
    else:
        heading = translate("plan", "{name} (id {id}): what to take next on {date}")
        _each_person(views, heading, _next_lines)
    return 0


def _each_person(views: list[PlanView], heading: str, lines: Any) -> None:
    if not views:
        print(translate("plan", "Nobody yet. Add a person with `rxtracker person add NAME`."))
    for index, view in enumerate(views):
        if index:
            print()
        day = sentence_date(view.as_of)
        print(heading.format(name=view.person.name, id=view.person.id, date=day))
        for line in lines(view):
            print(line)


# ------------------------------------------------------------------ plain text


def _plan_lines(view: PlanView) -> list[str]:
    if not view.plans:
        return ["  " + translate("plan", "No credentials recorded.")]
    out: list[str] = []
    for item in view.plans:
        out += ["", f"  {view.short_names.get(item.credential_id, item.type_name)}"]
        out += [f"    {plan_text(item)}"]
        out += [
            f"    - {requirement_label(t.requirement_id, t.label)}: {_still(t.missing)}"
            for t in (*item.topics, *item.kinds)
        ]
        if item.months:
            out.append("    " + translate("plan", "Month by month:"))
            out += [f"      {_month_line(m.month, m.hours, m.topics)}" for m in item.months]
    return out


def _still(missing: Hours) -> str:
    return missing.describe() if missing else translate("plan", "not done yet")


def _month_line(month: dt.date, hours: Hours, topics: Any) -> str:
    labels = [(data_text(label), h) for label, h in topics]  # the catalog's words
    what = "; ".join(f"{label} {h.describe()}" if h else label for label, h in labels)
    # English: "Mar 2027" as always; other languages the month as a number ("03/2027"):
    # month names come from the locale only, and it writes no month without a day.
    name = f"{month:%b %Y}" if language() == "en" else f"{month:%m/%Y}"
    return f"{name}  {hours.shown() + ' h':>6}" + (f"  {what}" if what else "")


def _next_lines(view: PlanView) -> list[str]:
    if not view.suggestions:
        return [
            "  "
            + translate(
                "plan", "Nothing to suggest: every credential has what it needs (or none is held)."
            )
        ]
    out: list[str] = []
    for number, item in enumerate(view.suggestions, 1):
        out += [f"  {number}. {suggestion_title(item)}", f"     {suggestion_reason(item)}"]
    return out


# ------------------------------------------------------------------ JSON


def _person_json(view: PlanView, *, plans: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "person": {"id": view.person.id, "name": view.person.name},
        "as_of": view.as_of.isoformat(),
    }
    if plans:
        out["plans"] = [plan_json(p, view.short_names) for p in view.plans]
    else:
        out["suggestions"] = [suggestion_json(s) for s in view.suggestions]
    return out


def plan_json(item: Plan, names: dict[int, str]) -> dict[str, Any]:
    """One credential's plan as a JSON object (hours are numbers)."""
    return {
        "credential_id": item.credential_id,
        "credential": names.get(item.credential_id, item.type_name),
        "finish_by": item.finish_by.isoformat() if item.finish_by else None,
        "months_left": item.months_left,
        "missing_hours": item.missing.to_float(),
        "hours_per_month": item.per_month.to_float(),
        "sentence": plan_text(item),
        "topics": [_need_json(t) for t in item.topics],
        "kinds": [_need_json(t) for t in item.kinds],
        "months": [
            {
                "month": m.month.strftime("%Y-%m"),
                "hours": m.hours.to_float(),
                "topics": [{"label": label, "hours": h.to_float()} for label, h in m.topics],
            }
            for m in item.months
        ],
    }


def _need_json(need: Any) -> dict[str, Any]:
    return {
        "requirement": need.requirement_id,
        "label": need.label,
        "missing_hours": need.missing.to_float(),
        "sentence": shortfall_text(need.shortfall) if need.shortfall else "",
    }


def suggestion_json(item: Suggestion) -> dict[str, Any]:
    """One suggestion as a JSON object."""
    return {
        "title": suggestion_title(item),
        "hours": item.hours.to_float(),
        "topic": item.topic,
        "tag": item.tag,
        "technician_specific": item.technician,
        "live": item.live,
        "reason": suggestion_reason(item),
        "counts_for": [_counted_json(c) for c in item.counts_for],
        "also_if_live": [_counted_json(c) for c in item.also_if_live],
    }


def _counted_json(c: Counted) -> dict[str, Any]:
    return {
        "credential_id": c.credential_id,
        "credential": c.credential,
        "requirement": c.requirement_id,
        "label": c.label,
        "missing_hours": c.missing.to_float(),
        "general": c.general,
    }
