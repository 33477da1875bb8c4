"""``rxtracker demo --out DIR``: a realistic generated dataset of any size in a new data folder."""

from __future__ import annotations

import argparse
import time

from rxtracker.cli.registry import CommandTree
from rxtracker.demo.datagen import ACTIVITIES_PER_YEAR, DatasetSpec, generate_dataset
from rxtracker.domain import parse_date
from rxtracker.i18n import translate
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
    print(
        f"Generated {counts.people} people, {counts.credentials} credentials "
        f"({counts.past_cycles} past cycles), {counts.activities} CE activities, "
        f"{counts.tags} tags and {counts.certificates} certificates in {ctx.paths.data_dir} "
        f"({time.perf_counter() - started:.1f} s)."
    )
    return 0
