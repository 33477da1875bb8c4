"""The command tree several modules add to (``ce import`` lives beside ``ce add``)."""

from __future__ import annotations

import argparse
from typing import Any


class CommandTree:
    """Top-level commands, and the action groups under them (``person add``, ``ce list``...).

    A module asks for a group by name; the first asker creates it, later ones extend it.
    """

    def __init__(self, subparsers: Any) -> None:
        self._top = subparsers
        self._groups: dict[str, Any] = {}
        self._commands: dict[str, argparse.ArgumentParser] = {}

    def command(self, name: str, help_text: str) -> argparse.ArgumentParser:
        """A top-level command without actions (``status``, ``pathways``)."""
        parser: argparse.ArgumentParser = self._top.add_parser(name, help=help_text)
        self._commands[name] = parser
        return parser

    def parser(self, name: str) -> argparse.ArgumentParser:
        """A command made earlier by ``command``, for a module that extends it."""
        return self._commands[name]

    def group(self, name: str, help_text: str) -> Any:
        """The action table of a top-level command, created on first use."""
        if name not in self._groups:
            parser = self._top.add_parser(name, help=help_text)
            self._groups[name] = parser.add_subparsers(
                dest="action", required=True, metavar="ACTION"
            )
        return self._groups[name]
