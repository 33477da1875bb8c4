"""``rxtracker rules ...``: the rule catalog from the command line.

``rules check FILE`` validates a catalog file; ``rules list``, ``rules show TYPE`` and
``rules coverage`` print the built-in rules in plain words, each with its source.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rxtracker.catalog import CatalogError, CatalogFile, CredentialType, check_file, load_builtin
from rxtracker.catalog.coverage import CONFIRMED, coverage_markdown
from rxtracker.catalog.describe import Description, confirmation_words, describe
from rxtracker.catalog.files import sort_words
from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, in_english, translate

EXIT_BAD_FILE = 2

#: ``coverage.CONFIRMED`` (the words of docs/coverage.md), for pyside6-lupdate: ``rules list``
#: translates them where it prints them.
CATALOG_WORDS = (
    QT_TRANSLATE_NOOP("rules", "yes"),
    QT_TRANSLATE_NOOP("rules", "partly"),
    QT_TRANSLATE_NOOP("rules", "no"),
)
#: The columns of ``rules list`` (its own: "Checked" is the day a rule was checked).
COLUMNS = (
    QT_TRANSLATE_NOOP("rules", "Type"),
    QT_TRANSLATE_NOOP("rules", "State"),
    QT_TRANSLATE_NOOP("rules", "CE hours"),
    QT_TRANSLATE_NOOP("rules", "Cycle"),
    QT_TRANSLATE_NOOP("rules", "Confirmed"),
    QT_TRANSLATE_NOOP("rules", "Checked"),
)


def register(tree: CommandTree) -> None:
    """Add the ``rules`` group and its ``check`` action (other modules may add actions)."""
    actions = tree.group("rules")
    check = actions.add_parser(
        "check",
        help=translate(
            "rules",
            "validate a catalog TOML file the way rxtracker loads its own "
            "(format: docs/catalog-format.md)",
        ),
    )
    check.add_argument("file", type=Path, metavar="FILE.toml")
    check.add_argument(
        "--json", action="store_true", help=translate("rules", "machine-readable output")
    )
    check.set_defaults(run=rules_check, needs_data=False)
    _register_reading(actions)


def _register_reading(actions: Any) -> None:
    """``rules list``, ``rules show`` and ``rules coverage``: the built-in catalog only."""
    lst = actions.add_parser(
        "list", help=translate("rules", "every credential type: state, hours, cycle, confirmed")
    )
    lst.add_argument(
        "--json", action="store_true", help=translate("rules", "machine-readable output")
    )
    lst.set_defaults(run=rules_list, needs_data=False)
    show = actions.add_parser(
        "show", help=translate("rules", "one type's rules in plain sentences, with sources")
    )
    show.add_argument(
        "type",
        metavar="TYPE",
        help=translate("rules", "a type id from `rules list` (wa-technician)"),
    )
    show.add_argument(
        "--json", action="store_true", help=translate("rules", "machine-readable output")
    )
    show.set_defaults(run=rules_show, needs_data=False)
    cov = actions.add_parser(
        "coverage", help=translate("rules", "the docs/coverage.md table, from the catalog")
    )
    cov.set_defaults(run=rules_coverage, needs_data=False)


def rules_check(_ctx: object, args: argparse.Namespace) -> int:
    """Validate ``args.file``: one OK line (exit 0), or the key, line and problem (exit 2).

    ``--json`` gives the problem in English, as every machine output (``in_english``).
    """
    try:
        if args.json:
            with in_english():
                file = check_file(args.file)
        else:
            file = check_file(args.file)
    except CatalogError as exc:
        if args.json:
            print_json(_error_json(args.file, exc))
        else:
            print(
                translate("rules", "rxtracker: error: {problem}").format(problem=exc),
                file=sys.stderr,
            )
        return EXIT_BAD_FILE
    if args.json:
        print_json({"ok": True, "file": str(args.file), "holds": file.sort, "id": _id(file)})
    else:
        holds = f"{sort_words(file.sort)} {_id(file)}".rstrip()
        print(translate("rules", "{file}: OK ({holds})").format(file=args.file, holds=holds))
    return 0


def _id(file: CatalogFile) -> str:
    if file.ctype is not None:
        return file.ctype.id
    count = len(file.areas)
    return file.eligibility_for or translate("rules", "%n areas", None, count)


def _error_json(path: Path, exc: CatalogError) -> dict[str, Any]:
    return {
        "ok": False,
        "file": str(path),
        "line": exc.line,
        "key": exc.where,
        "problem": exc.problem,
    }


def rules_list(_ctx: object, args: argparse.Namespace) -> int:
    """Run ``rxtracker rules list [--json]``."""
    if args.json:
        with in_english():
            infos = [describe(t) for t in load_builtin().holdable()]
        print_json([_summary_json(i) for i in infos])
        return 0
    infos = [describe(t) for t in load_builtin().holdable()]
    rows = [
        (
            i.ctype.id,
            i.ctype.state or "-",
            i.hours,
            i.cycle,
            translate("rules", CONFIRMED[i.ctype.confirmation]),
            i.checked,
        )
        for i in infos
    ]
    print_table([translate("rules", title) for title in COLUMNS], rows)
    return 0


def rules_show(_ctx: object, args: argparse.Namespace) -> int:
    """Run ``rxtracker rules show TYPE [--json]``."""
    ctype = load_builtin().get(args.type)
    if args.json:
        with in_english():
            print_json(_show_json(describe(ctype)))
        return 0
    from rxtracker.services.wording import sentence_date

    info = describe(ctype)
    heading = translate("rules", "{name} ({id}), issued by {issuer}")
    print(heading.format(name=data_text(ctype.name), id=ctype.id, issuer=data_text(ctype.issuer)))
    confirmed = confirmation_words(ctype)
    print(
        translate("rules", "CE: {hours}. Facts {confirmed}.").format(
            hours=info.hours, confirmed=confirmed
        )
    )
    source = translate("rules", "  Source: {source} (checked {date})")
    for sentence in info.sentences:
        print(f"- {sentence.text}")
        print(source.format(source=sentence.source, date=sentence_date(sentence.checked)))
    return 0


def rules_coverage(_ctx: object, _args: argparse.Namespace) -> int:
    """Run ``rxtracker rules coverage``: the markdown table of docs/coverage.md (English)."""
    print(coverage_markdown(load_builtin()), end="")
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
