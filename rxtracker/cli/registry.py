"""The command table, and the tree the command modules add their actions to.

The top-level commands, their help lines and the modules that add to each live here, so
the command line lists every command without importing any command module: a command's
own modules (and the services, the ORM and the engine they need) are imported only once
argparse has chosen that command (``LazyParser``). ``rxtracker --help`` therefore costs
little more than Python and argparse.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
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
        "people whose records rxtracker keeps",
        ("commands", "corrections", "team"),
    ),
    "credential": (
        "certifications and registrations a person holds",
        ("commands", "corrections", "pathways"),
    ),
    "ce": (
        "continuing-education activities",
        ("commands", "certificates", "corrections", "exchange", "team"),
    ),
    "status": ("where each credential stands and what is missing, by when", ("status",)),
    "experience": ("periods of work (years are computed from them)", ("pathways",)),
    "pathways": ("progress toward PTCB certificates, CSPT, CPhT-Adv", ("pathways",)),
    "export": ("export records (CSV) or renewal dates (calendar)", ("exchange",)),
    "report": ("the audit packet of a credential cycle, as a PDF", ("exchange", "team")),
    "backup": ("write a backup zip: database, certificates, manifest", ("exchange",)),
    "restore": ("replace your records with a backup's (the current ones are kept)", ("exchange",)),
    "team": ("everybody's credentials at a glance (supervisors)", ("team",)),
    "history": ("every recorded change of a record (read-only)", ("team",)),
    "demo": (
        "generate a realistic dataset (people, credentials, CE, certificates) into DIR",
        ("demo",),
    ),
    "rules": (
        "the renewal rules rxtracker knows, with their sources; check a catalog file",
        ("rules",),
    ),
    "server": (
        "set up a team database on a PostgreSQL server (as the database's owner)",
        ("server",),
    ),
    "renewal": ("ready to apply, applied, returned, approved; audits", ("renewal",)),
    "plan": ("a plan per credential to finish on time: hours a month, topics first", ("plan",)),
    "next": ("the kinds of course that count for the most credentials at once", ("plan",)),
    "remind": (
        "what needs attention now (exit 1 when something does); --on/--off the daily check",
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


class LazyParser(argparse.ArgumentParser):
    """A top-level command's parser, filled by its modules when argparse first uses it."""

    def __init__(self, *args: Any, command: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._command = command

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Fill the parser (once), then parse as usual."""
        self.fill()
        return super().parse_known_args(args, namespace)

    def fill(self) -> None:
        """Let the command's modules add its arguments and actions, the first time only."""
        if self._command is not None:
            name, self._command = self._command, None
            fill(name, self)


def add_commands(parser: argparse.ArgumentParser) -> dict[str, LazyParser]:
    """Add every top-level command to ``parser``, each filled only when chosen."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=LazyParser)
    add: Callable[..., LazyParser] = commands.add_parser
    return {name: add(name, help=text, command=name) for name, (text, _) in COMMANDS.items()}
