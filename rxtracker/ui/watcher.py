"""Keeps the open window current with what other programs change (View ▸ Refresh, F5)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from rxtracker.domain import RxError
from rxtracker.i18n import translate
from rxtracker.services import Changes
from rxtracker.services.context import Context
from rxtracker.services.watch import change_mark, changed_elsewhere, changes_since
from rxtracker.ui.hub import EventHub

#: How often the window looks for changes made elsewhere (milliseconds).
POLL_MS = 1000


class ChangeWatcher(QObject):
    """Polls the change mark once a second; a move not made by this window refreshes the pages.

    The pages are told what changed (which records of whom), so each refreshes only that.
    After each of this window's own changes the mark is read again, so only changes made
    elsewhere are announced.
    """

    def __init__(self, ctx: Context, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.mark = change_mark(ctx)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        hub.changed.connect(self._own_change)
        self.timer.start()

    def poll(self) -> bool:
        """Refresh when another program changed the records; True when it did.

        When the records cannot be read any more (the disk removed, the folder deleted),
        polling stops quietly: the next action the user takes says what is wrong, once.
        """
        try:
            if change_mark(self.ctx) == self.mark:
                return False
            self.mark, changes = changes_since(self.ctx, self.mark)
        except RxError:
            self.timer.stop()
            return False
        self.hub.publish(
            changes.by(self), translate("watcher", "Updated with changes made elsewhere.")
        )
        return True

    def refresh(self) -> None:
        """Read everything again now (View ▸ Refresh)."""
        self.mark = change_mark(self.ctx)
        self.hub.publish(changed_elsewhere(self.ctx).by(self), translate("watcher", "Refreshed."))

    def stop(self) -> None:
        """Stop looking (the window closes; its records are about to be closed)."""
        self.timer.stop()

    def resume(self) -> None:
        """Look again, from the records as they are now (after a restore)."""
        self.mark = change_mark(self.ctx)
        self.timer.start()

    def _own_change(self, changes: Changes) -> None:
        if changes.initiator is not self:
            self.mark = change_mark(self.ctx)
