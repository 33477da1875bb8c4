"""Undo for the session: deleting an activity can be taken back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from rxtracker.services import ActivityRow, Context, activities
from rxtracker.ui.hub import EventHub


class DeleteActivityCommand(QUndoCommand):
    """An activity already deleted through the services; undo restores it (same id)."""

    def __init__(self, ctx: Context, hub: EventHub, row: ActivityRow) -> None:
        super().__init__(f"Delete “{row.title}”")
        self.ctx = ctx
        self.hub = hub
        self.row = row
        self._done = True  # the delete happened before the command was pushed

    def redo(self) -> None:
        """Delete again (after an undo)."""
        if self._done:
            return
        outcome = activities.delete_activity(self.ctx, self.row.id)
        self._done = True
        self.hub.publish(outcome.changes, f"Deleted “{self.row.title}”.")

    def undo(self) -> None:
        """Put the activity back, with its tags and certificates."""
        outcome = activities.restore_activity(self.ctx, self.row)
        self.row = outcome.value
        self._done = False
        self.hub.publish(outcome.changes, f"Restored “{self.row.title}”.")
