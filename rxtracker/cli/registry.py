"""The command table, and the tree the command modules add their actions to.

The top-level commands, their help lines and the modules that add to each live here, so
the command line lists every command without importing any command module: a command's
own modules (and the services, the ORM and the engine they need) are imported only once
argparse has chosen that command (``LazyCommand``). ``rxtracker --help`` therefore costs
little more than Python and argparse.
"""

from __future__ import annotations

import argparse
import importlib

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

TYPE_CHECKING = False  # what typing's is, without importing typing (help needs neither)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

#: The modules of ``rxtracker.cli`` that add commands, in the order they add them (an
#: action group lists its actions in this order; ``team`` extends ``exchange``'s report).
MODULES = (
    "commands",
    "certificates",
    "corrections",
    "status",
    "pathways",
    "exchange",
    "team",
    "review",
    "demo",
    "rules",
    "server",
    "renewal",
    "plan",
    "remind",
)

#: Every top-level command, as ``rxtracker --help`` lists it: its help line and the modules
#: that add to it.
COMMANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "person": (
        QT_TRANSLATE_NOOP("registry", "people whose records rxtracker keeps"),
        ("commands", "corrections", "team"),
    ),
    "credential": (
        QT_TRANSLATE_NOOP("registry", "certifications and registrations a person holds"),
        ("commands", "corrections", "pathways"),
    ),
    "ce": (
        QT_TRANSLATE_NOOP("registry", "continuing-education activities"),
        ("commands", "certificates", "corrections", "exchange", "review"),
    ),
    "status": (
        QT_TRANSLATE_NOOP("registry", "where each credential stands and what is missing, by when"),
        ("status",),
    ),
    "experience": (
        QT_TRANSLATE_NOOP("registry", "periods of work (years are computed from them)"),
        ("pathways",),
    ),
    "pathways": (
        QT_TRANSLATE_NOOP("registry", "progress toward PTCB certificates, CSPT, CPhT-Adv"),
        ("pathways",),
    ),
    "export": (
        QT_TRANSLATE_NOOP("registry", "export records (CSV) or renewal dates (calendar)"),
        ("exchange",),
    ),
    "report": (
        QT_TRANSLATE_NOOP("registry", "the audit packet of a credential cycle, as a PDF"),
        ("exchange", "team"),
    ),
    "backup": (
        QT_TRANSLATE_NOOP("registry", "write a backup zip: database, certificates, manifest"),
        ("exchange",),
    ),
    "restore": (
        QT_TRANSLATE_NOOP(
            "registry", "replace your records with a backup's (the current ones are kept)"
        ),
        ("exchange",),
    ),
    "team": (
        QT_TRANSLATE_NOOP("registry", "everybody's credentials at a glance (supervisors)"),
        ("team",),
    ),
    "history": (
        QT_TRANSLATE_NOOP("registry", "every recorded change of a record (read-only)"),
        ("review",),
    ),
    "demo": (
        QT_TRANSLATE_NOOP(
            "registry",
            "generate a realistic dataset (people, credentials, CE, certificates) into DIR",
        ),
        ("demo",),
    ),
    "rules": (
        QT_TRANSLATE_NOOP(
            "registry",
            "the renewal rules rxtracker knows, with their sources; check a catalog file",
        ),
        ("rules",),
    ),
    "server": (
        QT_TRANSLATE_NOOP(
            "registry", "set up a team database on a PostgreSQL server (as the database's owner)"
        ),
        ("server",),
    ),
    "renewal": (
        QT_TRANSLATE_NOOP("registry", "ready to apply, applied, returned, approved; audits"),
        ("renewal",),
    ),
    "plan": (
        QT_TRANSLATE_NOOP(
            "registry", "a plan per credential to finish on time: hours a month, topics first"
        ),
        ("plan",),
    ),
    "next": (
        QT_TRANSLATE_NOOP(
            "registry", "the kinds of course that count for the most credentials at once"
        ),
        ("plan",),
    ),
    "remind": (
        QT_TRANSLATE_NOOP(
            "registry",
            "what needs attention now (exit 1 when something does); --on/--off the daily check",
        ),
        ("remind",),
    ),
}


class CommandTree:
    """What a command module's ``register`` adds to: one top-level command's parser.

    A module asks for commands by name (``command("status")``, ``group("ce")``); only the
    chosen command gets a real parser, the others a detached one that nobody reads (a module
    adding to several commands is imported for any of them). A group's action table is
    created by its first asker; later askers extend it.
    """

    def __init__(self, name: str, parser: argparse.ArgumentParser) -> None:
        self.name = name
        self._parser = parser
        self._actions: Any = None
        self.asked: list[str] = []  # every name asked for, in order (the table's test reads it)

    def command(self, name: str) -> argparse.ArgumentParser:
        """The parser of a top-level command without actions (``status``, ``pathways``)."""
        return self.parser(name)

    def parser(self, name: str) -> argparse.ArgumentParser:
        """The parser of ``name``, also for a module extending another's (``report``)."""
        self.asked.append(name)
        return self._parser if name == self.name else argparse.ArgumentParser(prog=name)

    def group(self, name: str) -> Any:
        """The action table of a top-level command (``person add``, ``ce list``...)."""
        if name != self.name:
            self.asked.append(name)
            return argparse.ArgumentParser(prog=name).add_subparsers()
        self.asked.append(name)
        if self._actions is None:
            self._actions = self._parser.add_subparsers(
                dest="action",
                required=True,
                metavar="ACTION",
                parser_class=argparse.ArgumentParser,
            )
        return self._actions


def fill(name: str, parser: argparse.ArgumentParser) -> CommandTree:
    """Import the modules of command ``name`` and let them add to its ``parser``."""
    tree = CommandTree(name, parser)
    wanted = COMMANDS[name][1]
    for module in MODULES:
        if module in wanted:
            importlib.import_module(f"rxtracker.cli.{module}").register(tree)
    return tree


class LazyCommand:
    """A top-level command as argparse holds it until chosen: its parser is made on first use.

    ``rxtracker --help`` lists the commands from their help lines (argparse's own table);
    only the command argparse chooses gets a real parser, filled by its modules, which then
    takes this stand-in's place in argparse's table of commands.
    """

    def __init__(self, *, command: str, table: dict[str, Any], **kwargs: Any) -> None:
        self._command = command
        self._table = table
        self._kwargs = kwargs  # what argparse gave for the parser (its prog)
        self._parser: argparse.ArgumentParser | None = None

    def parse_known_args(
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse the command's own arguments with its real parser (what argparse calls)."""
        return self.made().parse_known_args(args, namespace)

    def made(self) -> argparse.ArgumentParser:
        """The command's parser, made and filled by its modules the first time."""
        if self._parser is None:
            self._parser = argparse.ArgumentParser(**self._kwargs)
            fill(self._command, self._parser)
            self._table[self._command] = self._parser
        return self._parser


def add_commands(parser: argparse.ArgumentParser) -> dict[str, LazyCommand]:
    """Add every top-level command to ``parser``, each made only when chosen."""
    add_subparsers: Any = parser.add_subparsers  # typeshed wants an ArgumentParser class
    commands = add_subparsers(dest="command", metavar="COMMAND", parser_class=LazyCommand)
    table = commands.choices  # argparse's table of commands, by name
    return {
        name: commands.add_parser(name, help=translate("registry", text), command=name, table=table)
        for name, (text, _) in COMMANDS.items()
    }
