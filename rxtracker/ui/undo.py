"""Undo for the session: deleting an activity can be taken back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from rxtracker.services import ActivityRow, Context, Outcome, activities
from rxtracker.services.certificates import forget_deleted
from rxtracker.ui.hub import EventHub


class DeleteActivityCommand(QUndoCommand):
    """An activity already deleted through the services; undo restores it (same id).

    Both directions run through the action runner, so a problem is told in its own words.
    """

    def __init__(self, ctx: Context, hub: EventHub, row: ActivityRow, parent: QWidget) -> None:
        super().__init__(f"Delete “{row.title}”")
        self.ctx = ctx
        self.hub = hub
        self.row = row
        self.parent = parent
        self._done = True  # the delete happened before the command was pushed

    @property
    def deleted(self) -> bool:
        """True while the activity is deleted (not brought back by an undo)."""
        return self._done

    def redo(self) -> None:
        """Delete again (after an undo)."""
        if self._done:
            return
        title = self.row.title
        if self.hub.actions.run(
            self.parent,
            f"Delete “{title}”",
            lambda: activities.delete_activity(self.ctx, self.row.id),
            message=lambda _: f"Deleted “{title}”.",
        ):
            self._done = True

    def undo(self) -> None:
        """Put the activity back, with its tags and certificates."""
        title = self.row.title
        self.hub.actions.run(
            self.parent,
            f"Restore “{title}”",
            lambda: activities.restore_activity(self.ctx, self.row),
            message=lambda _: f"Restored “{title}”.",
            done=self._restored,
        )

    def _restored(self, outcome: Outcome[ActivityRow]) -> None:
        self.row = outcome.value
        self._done = False


def close_undo_window(ctx: Context, stack: QUndoStack) -> None:
    """Empty ``stack`` (another person shown, the app closing).

    The deletes in it can no longer be undone, so their certificate files that no record
    points to are deleted.
    """
    commands = (stack.command(i) for i in range(stack.count()))
    names = [
        a.stored_name
        for c in commands
        if isinstance(c, DeleteActivityCommand) and c.deleted
        for a in c.row.attachments
    ]
    stack.clear()
    forget_deleted(ctx, names)
