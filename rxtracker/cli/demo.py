"""``rxtracker demo --out DIR``: a realistic generated dataset of any size in a new data folder."""

from __future__ import annotations

import argparse
import time
from decimal import Decimal

from rxtracker.cli.registry import CommandTree
from rxtracker.demo.datagen import (
    ACTIVITIES_PER_YEAR,
    DatasetSpec,
    GeneratedCounts,
    generate_dataset,
)
from rxtracker.domain import parse_date
from rxtracker.i18n import decimal_text, translate
from rxtracker.services import Context


def register(tree: CommandTree) -> None:
    """Add the ``demo`` command."""
    parser = tree.command("demo")
    parser.add_argument(
        "--out",
        dest="target_data_dir",
        metavar="DIR",
        required=True,
        help=translate(
            "demo",
            "the data folder to create (must hold no records); open it with "
            "`rxtracker --data-dir DIR`",
        ),
    )
    parser.add_argument(
        "--people", type=int, default=1, metavar="N", help=translate("demo", "default: 1")
    )
    parser.add_argument(
        "--years",
        type=int,
        default=5,
        metavar="Y",
        help=translate("demo", "of history; default: 5"),
    )
    parser.add_argument(
        "--activities",
        type=int,
        metavar="N",
        help=translate(
            "demo", "CE activities in all (default: {count} per person and year)"
        ).format(count=ACTIVITIES_PER_YEAR),
    )
    parser.add_argument(
        "--seed", type=int, default=0, metavar="S", help=translate("demo", "same seed, same data")
    )
    parser.add_argument(
        "--as-of", metavar="DATE", help=translate("demo", "the data's today (default: today)")
    )
    parser.set_defaults(run=run_demo)


def run_demo(ctx: Context, args: argparse.Namespace) -> int:
    """Run ``rxtracker demo --out DIR [--people N] [--years Y] [--activities N] [--seed S]``."""
    spec = DatasetSpec(
        people=args.people,
        years=args.years,
        activities=args.activities,
        seed=args.seed,
        as_of=parse_date(args.as_of, "as-of") if args.as_of else ctx.clock.today(),
    )
    started = time.perf_counter()
    counts = generate_dataset(ctx, spec)
    seconds = Decimal(time.perf_counter() - started).quantize(Decimal("0.1"))
    generated = translate(
        "demo",
        "Generated {people}, {credentials} ({past_cycles}), {activities}, {tags} and "
        "{certificates} in {folder} ({seconds} s).",
    )
    print(
        generated.format(
            **_counted(counts), folder=ctx.paths.data_dir, seconds=decimal_text(seconds)
        )
    )
    return 0


def _counted(counts: GeneratedCounts) -> dict[str, str]:
    """Each count of the generated dataset in words ("3 people", "1 tag")."""
    people, credentials, past_cycles = counts.people, counts.credentials, counts.past_cycles
    activities, tags, certificates = counts.activities, counts.tags, counts.certificates
    return {  # each count a plain name: pyside6-lupdate reads no other plural argument
        "people": translate("demo", "%n people", None, people),
        "credentials": translate("demo", "%n credentials", None, credentials),
        "past_cycles": translate("demo", "%n past cycles", None, past_cycles),
        "activities": translate("demo", "%n CE activities", None, activities),
        "tags": translate("demo", "%n tags", None, tags),
        "certificates": translate("demo", "%n certificates", None, certificates),
    }
