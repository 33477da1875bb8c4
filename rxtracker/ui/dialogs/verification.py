"""A supervisor's checks in the CE log: verify, send back with a note, see the history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from rxtracker.domain import Verification
from rxtracker.i18n import translate
from rxtracker.services import ActivityRow, Context, Outcome
from rxtracker.services import verification as checks
from rxtracker.ui.dialogs.history_dialog import HistoryDialog
from rxtracker.ui.hub import EventHub


class ReturnNote:
    """Asks for the note that goes back to the technician (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> str | None:
        """The note typed, or None when cancelled."""
        text, ok = QInputDialog.getMultiLineText(
            parent,
            translate("verification", "Send back to the technician"),
            translate(
                "verification",
                "What should be fixed in “{title}”? (for example: the certificate is for "
                "another course, or the hours do not match)",
            ).format(title=title),
        )
        return text if ok else None


class VerificationButtons:
    """The Verify / Send back / History buttons of the CE log, acting on the selection."""

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        selected: Callable[[], ActivityRow | None],
        parent: QWidget,
    ) -> None:
        self.ctx = ctx
        self.hub = hub
        self.selected = selected
        self.parent = parent
        self.history: HistoryDialog | None = None
        self.verify_button = QPushButton(translate("verification", "Ve&rified"))
        self.verify_button.setToolTip(
            translate("verification", "Mark as checked: the certificate matches the record")
        )
        self.verify_button.clicked.connect(self.verify)
        self.return_button = QPushButton(translate("verification", "Send &back…"))
        self.return_button.setToolTip(
            translate("verification", "Return to the technician with a note saying what to fix")
        )
        self.return_button.clicked.connect(self.send_back)
        self.history_button = QPushButton(translate("verification", "Histor&y…"))
        self.history_button.setToolTip(
            translate("verification", "Every change made to this record (read-only)")
        )
        self.history_button.clicked.connect(self.show_history)
        self.buttons = (self.verify_button, self.return_button, self.history_button)
        self.update_for(None)

    def update_for(self, row: ActivityRow | None) -> None:
        """Enable the buttons that make sense for ``row``."""
        for button in self.buttons:
            button.setEnabled(row is not None)
        if row is not None:
            self.verify_button.setEnabled(row.verification is not Verification.VERIFIED)

    def verify(self) -> None:
        """Mark the selected activity as verified."""
        row = self.selected()
        if row is not None:
            self._run(lambda: checks.verify_activity(self.ctx, row.id), row)

    def send_back(self) -> None:
        """Ask for a note, then send the selected activity back."""
        row = self.selected()
        if row is None:
            return
        note = ReturnNote.ask(self.parent, row.title)
        if note is not None:
            self._run(lambda: checks.return_activity(self.ctx, row.id, note), row)

    def _run(self, action: Callable[[], Outcome[ActivityRow]], row: ActivityRow) -> None:
        self.hub.actions.run(
            self.parent,
            translate("verification", "Check “{title}”").format(title=row.title),
            action,
            message=lambda o: translate("verification", "“{title}”: {state}.").format(
                title=row.title, state=o.value.verification_text
            ),
        )

    def show_history(self) -> None:
        """Open the read-only change history of the selected activity."""
        row = self.selected()
        if row is not None:
            self.history = HistoryDialog(self.ctx, "activity", row.id, row.title, self.parent)
            self.history.open()
