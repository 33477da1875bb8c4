"""The event hub: services say what changed, pages decide whether it concerns them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from rxtracker.services import Changes
from rxtracker.ui.actions import ActionRunner


class EventHub(QObject):
    """Re-emits the ``Changes`` of every service call made from the GUI.

    Attributes:
        actions: the runner every page and dialog acts through (it publishes here).
        undo: the window's Edit > Undo stack (None outside a main window).
    """

    changed = Signal(object)  # Changes
    message = Signal(str)  # a short sentence for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = ActionRunner(self, self)
        self.undo: QUndoStack | None = None

    def publish(self, changes: Changes, message: str = "") -> None:
        """Announce what a service call changed (and optionally say it in words)."""
        if not changes.empty:
            self.changed.emit(changes)
        if message:
            self.message.emit(message)
