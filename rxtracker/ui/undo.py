"""Undo for the session: deleting an activity, removing a credential or a person (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from rxtracker.i18n import translate
from rxtracker.services import ActivityRow, Context, Outcome, activities
from rxtracker.services.certificates import forget_deleted
from rxtracker.services.removal import Removed, put_back, remove_credential, remove_person
from rxtracker.ui.hub import EventHub


class DeleteActivityCommand(QUndoCommand):
    """An activity already deleted through the services; undo restores it (same id).

    Both directions run through the action runner, so a problem is told in its own words.
    """

    def __init__(self, ctx: Context, hub: EventHub, row: ActivityRow, parent: QWidget) -> None:
        super().__init__(translate("undo", "Delete “{title}”").format(title=row.title))
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
            translate("undo", "Delete “{title}”").format(title=title),
            lambda: activities.delete_activity(self.ctx, self.row.id),
            message=lambda _: translate("undo", "Deleted “{title}”.").format(title=title),
        ):
            self._done = True

    def undo(self) -> None:
        """Put the activity back, with its tags and certificates."""
        title = self.row.title
        self.hub.actions.run(
            self.parent,
            translate("undo", "Restore “{title}”").format(title=title),
            lambda: activities.restore_activity(self.ctx, self.row),
            message=lambda _: translate("undo", "Restored “{title}”.").format(title=title),
            done=self._restored,
        )

    def _restored(self, outcome: Outcome[ActivityRow]) -> None:
        self.row = outcome.value
        self._done = False


class RemoveCommand(QUndoCommand):
    """A credential or person already removed through the services; undo puts it back.

    The records come back under the same ids, with everything the removal took (past cycles
    and items; for a person every record and certificate).
    """

    def __init__(self, ctx: Context, hub: EventHub, removed: Removed, parent: QWidget) -> None:
        super().__init__(translate("undo", "Remove {what}").format(what=removed.what))
        self.ctx = ctx
        self.hub = hub
        self.removed = removed
        self.parent = parent
        self._done = True  # the removal happened before the command was pushed
        self.busy = False  # True while undoing or redoing: the stack must not be cleared

    @property
    def files(self) -> tuple[str, ...]:
        """Certificate files of the removal while it stands (none once undone)."""
        return self.removed.files if self._done else ()

    def redo(self) -> None:
        """Remove again (after an undo)."""
        if self._done:
            return
        remove = remove_credential if self.removed.entity == "credential" else remove_person
        self.busy = True
        self._done = self.hub.actions.run(
            self.parent,
            translate("undo", "Remove {what}").format(what=self.removed.what),
            lambda: remove(self.ctx, self.removed.id),
            message=lambda _: translate("undo", "Removed {what}.").format(what=self.removed.what),
        )
        self.busy = False

    def undo(self) -> None:
        """Put the removed records back."""
        self.busy = True  # a person coming back may be shown, which would clear the stack
        self._done = not self.hub.actions.run(
            self.parent,
            translate("undo", "Restore {what}").format(what=self.removed.what),
            lambda: put_back(self.ctx, self.removed),
            message=lambda _: translate("undo", "Restored {what}.").format(what=self.removed.what),
        )
        self.busy = False


def close_undo_window(ctx: Context, stack: QUndoStack) -> None:
    """Empty ``stack`` (another person shown, the app closing).

    The deletes in it can no longer be undone, so their certificate files that no record
    points to are deleted.
    """
    if any(isinstance(c, RemoveCommand) and c.busy for c in _commands(stack)):
        return  # a removal being undone or redone changed the person shown
    commands = _commands(stack)
    names = [
        a.stored_name
        for c in commands
        if isinstance(c, DeleteActivityCommand) and c.deleted
        for a in c.row.attachments
    ]
    names += [name for c in _commands(stack) if isinstance(c, RemoveCommand) for name in c.files]
    stack.clear()
    forget_deleted(ctx, names)


def _commands(stack: QUndoStack) -> list[QUndoCommand]:
    return [stack.command(i) for i in range(stack.count())]
