"""``rxtracker rules list|show|coverage``: the rule catalog in plain words, with sources."""

from __future__ import annotations

import argparse
from typing import Any

from rxtracker.catalog import CredentialType
from rxtracker.catalog.coverage import CONFIRMED, coverage_markdown
from rxtracker.catalog.describe import CONFIRMATION_WORDS, Description, describe
from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.services import Context


def register(tree: CommandTree) -> None:
    """Add the ``rules`` actions."""
    sub = tree.group("rules", "the renewal rules rxtracker knows, with their sources")
    lst = sub.add_parser("list", help="every credential type: state, hours, cycle, confirmed")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(run=rules_list)
    show = sub.add_parser("show", help="one type's rules in plain sentences, with sources")
    show.add_argument("type", metavar="TYPE", help="a type id from `rules list` (wa-technician)")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(run=rules_show)
    cov = sub.add_parser("coverage", help="the docs/coverage.md table, generated from the catalog")
    cov.set_defaults(run=rules_coverage)


def rules_list(ctx: Context, args: argparse.Namespace) -> int:
    """rxtracker rules list [--json]"""
    infos = [describe(t) for t in ctx.catalog.holdable()]
    if args.json:
        print_json([_summary_json(i) for i in infos])
        return 0
    rows = [
        (
            i.ctype.id,
            i.ctype.state or "-",
            i.hours,
            i.cycle,
            CONFIRMED[i.ctype.confirmation],
            i.checked,
        )
        for i in infos
    ]
    print_table(["Type", "State", "CE hours", "Cycle", "Confirmed", "Checked"], rows)
    return 0


def rules_show(ctx: Context, args: argparse.Namespace) -> int:
    """rxtracker rules show TYPE [--json]"""
    info = describe(ctx.catalog.get(args.type))
    if args.json:
        print_json(_show_json(info))
        return 0
    ctype = info.ctype
    print(f"{ctype.name} ({ctype.id}), issued by {ctype.issuer}")
    print(f"CE: {info.hours}. Facts {CONFIRMATION_WORDS[ctype.confirmation]}.")
    for sentence in info.sentences:
        print(f"- {sentence.text}")
        print(f"  Source: {sentence.source} (checked {sentence.checked})")
    return 0


def rules_coverage(ctx: Context, args: argparse.Namespace) -> int:
    """rxtracker rules coverage: the markdown table of docs/coverage.md."""
    print(coverage_markdown(ctx.catalog), end="")
    return 0


def _summary_json(info: Description) -> dict[str, Any]:
    ctype = info.ctype
    return {
        "id": ctype.id,
        "name": ctype.name,
        "kind": ctype.kind.value,
        "state": ctype.state,
        "issuer": ctype.issuer,
        "ce": ctype.ce.value,
        "hours": _total_hours(ctype),
        "hours_text": info.hours,
        "cycle_months": ctype.cycle_months,
        "cycle": info.cycle,
        "topics": list(info.topics),
        "confirmation": ctype.confirmation.value,
        "source": ctype.current_rules.sourced.source,
        "checked": info.checked.isoformat(),
    }


def _show_json(info: Description) -> dict[str, Any]:
    ctype = info.ctype
    return {
        **_summary_json(info),
        "summary": ctype.summary,
        "renews": ctype.dates.renews,
        "requires": list(ctype.requires),
        "satisfied_by": list(ctype.satisfied_by),
        "still_applies": list(ctype.still_applies),
        "unconfirmed": list(ctype.unconfirmed),
        "rules": [
            {
                "text": s.text,
                "source": s.source,
                "checked": s.checked.isoformat(),
                "unconfirmed": s.unconfirmed,
            }
            for s in info.sentences
        ],
    }


def _total_hours(ctype: CredentialType) -> str | None:
    for req in ctype.current_rules.requirements:
        if req.kind.value == "total" and req.hours is not None:
            return str(req.hours)
    return None
