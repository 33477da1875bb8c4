"""``rxtracker rules ...``: the rule catalog from the command line (``rules check FILE``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rxtracker.catalog import CatalogError, CatalogFile, check_file
from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree

RULES_HELP = "the rule catalog: check a new or edited catalog file"
EXIT_BAD_FILE = 2


def register(tree: CommandTree) -> None:
    """Add the ``rules`` group and its ``check`` action (other modules may add actions)."""
    actions = tree.group("rules", RULES_HELP)
    check = actions.add_parser(
        "check",
        help="validate a catalog TOML file the way rxtracker loads its own "
        "(format: docs/catalog-format.md)",
    )
    check.add_argument("file", type=Path, metavar="FILE.toml")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(run=rules_check, needs_data=False)


def rules_check(_ctx: object, args: argparse.Namespace) -> int:
    """Validate ``args.file``: one OK line (exit 0), or the key, line and problem (exit 2)."""
    try:
        file = check_file(args.file)
    except CatalogError as exc:
        if args.json:
            print_json(_error_json(args.file, exc))
        else:
            print(f"rxtracker: error: {exc}", file=sys.stderr)
        return EXIT_BAD_FILE
    if args.json:
        print_json({"ok": True, "file": str(args.file), "holds": file.sort, "id": _id(file)})
    else:
        print(f"{args.file}: OK ({file.sort} {_id(file)})".rstrip())
    return 0


def _id(file: CatalogFile) -> str:
    if file.ctype is not None:
        return file.ctype.id
    return file.eligibility_for or f"{len(file.areas)} areas"


def _error_json(path: Path, exc: CatalogError) -> dict[str, Any]:
    return {
        "ok": False,
        "file": str(path),
        "line": exc.line,
        "key": exc.where,
        "problem": exc.problem,
    }
