"""One page read in flight, the latest one asked for waiting behind it.

A page whose reads follow what the user types (the CE log's search) asks for a read per
keystroke. Through ``LatestRead`` they go to ``ActionRunner.read`` one at a time: asking
while a read is under way replaces whatever was waiting, and only the answer to the latest
ask is given to its ``done`` (an older one arriving is dropped). A word typed quickly costs
the read in flight when it began and one read of the whole word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from rxtracker.ui.actions import ActionRunner

T = TypeVar("T")


class LatestRead:
    """A page's reads, one in flight; the latest asked waits and supersedes older asks."""

    def __init__(self, actions: ActionRunner, parent: QWidget, title: str) -> None:
        self._actions, self._parent, self._title = actions, parent, title
        self._asked = 0  # asks so far: only the answer to the last one is given
        self._in_flight = False
        self._waiting: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        """True while a read is under way (another may be waiting behind it)."""
        return self._in_flight

    def ask(self, work: Callable[[], T], done: Callable[[T], object]) -> None:
        """Read ``work`` on the worker thread, ``done`` with it unless asked again meanwhile."""
        self._asked += 1
        number = self._asked

        def start() -> None:
            self._in_flight = True
            self._actions.read(
                self._parent,
                self._title,
                work,
                lambda value: self._arrived(number, done, value),
                self._ended,
            )

        if self._in_flight:
            self._waiting = start  # whatever waited before is no longer wanted
        else:
            start()

    def _ended(self) -> None:
        self._in_flight = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _arrived(self, number: int, done: Callable[[T], object], value: T) -> None:
        if number == self._asked:
            done(value)
