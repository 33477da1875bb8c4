"""Roster import: choose a CSV/.xlsx, see what each row would do, then import in one go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.exchange.fates import Fate
from rxtracker.i18n import translate
from rxtracker.services import Context, Outcome, credentials
from rxtracker.services.roster import RosterPreview, RosterResult, commit_roster, preview_roster
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.roster import RosterPreviewModel
from rxtracker.ui.pages.base import setup_table

_Index = QModelIndex | QPersistentModelIndex


class RosterFile:
    """Asks for the roster file (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        """The chosen file, or None."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("roster_dialog", "Import a roster"),
            "",
            translate("roster_dialog", "Rosters (*.csv *.xlsx *.txt);;All files (*)"),
        )
        return Path(name) if name else None


class RosterImportDialog(QDialog):
    """Preview a roster, then import every good row in one transaction."""

    imported = Signal(object)  # Outcome[RosterResult]

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.preview: RosterPreview | None = None
        self.setWindowTitle(translate("roster_dialog", "Import a roster"))
        intro = QLabel(
            translate(
                "roster_dialog",
                "A CSV or Excel file with a row per person: name, e-mail, role, home state, "
                "and optionally a credential (type, number, expiration). Nothing is written "
                "until you press Import.",
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(translate("roster_dialog", "&Choose a file…"))
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(translate("roster_dialog", "No file chosen."))
        names = {t.id: t.name for t in credentials.credential_types(ctx)}
        self.model = RosterPreviewModel(self, names)
        self.table = QTableView()
        setup_table(self.table, translate("roster_dialog", "What each roster row would do"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            translate("roster_dialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.commit)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(860, 480)

    def choose(self) -> None:
        """Ask for a file and preview it."""
        path = RosterFile.ask(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Preview ``path`` (nothing is written)."""
        self.file_label.setText(path.name)
        self.hub.actions.run(
            self,
            translate("roster_dialog", "Read {name}").format(name=path.name),
            lambda: preview_roster(self.ctx, path),
            done=self._show_preview,
            failed=self._unreadable,
        )

    def _unreadable(self, words: str) -> None:
        self.preview = None
        self.model.set_rows(())
        self.summary.setText(words)
        self.import_button.setEnabled(False)

    def _show_preview(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.model.set_rows(self.preview.rows)
        self.summary.setText(
            translate("roster_dialog", "If you import: {what}.").format(
                what=self.preview.sentence()
            )
        )
        writes = self.preview.count(Fate.ADD) + self.preview.count(Fate.MERGE)
        self.import_button.setEnabled(writes > 0)

    def commit(self) -> None:
        """Import the previewed roster."""
        if self.preview is None:
            return
        preview = self.preview
        self.hub.actions.run(
            self,
            translate("roster_dialog", "Import the roster"),
            lambda: commit_roster(self.ctx, preview),
            message=lambda o: translate("roster_dialog", "Roster imported: {what}.").format(
                what=o.value.preview.sentence()
            ),
            done=self._imported,
        )

    def _imported(self, outcome: Outcome[RosterResult]) -> None:
        self.imported.emit(outcome)
        self.accept()
