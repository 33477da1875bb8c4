"""Settings ▸ Restore from a backup… (issue 20): see what a backup holds, then restore it.

The current records are saved as a backup first (``backups/before-restore-….zip``). The
window holds the data folder's lock, which lets this process (and only it) restore: the
window stops reading while the records are swapped (the change watcher), the restore closes
the open database and reopens the restored one, and every page reads again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import parse_date
from rxtracker.i18n import translate
from rxtracker.services import Context
from rxtracker.services.backup import BackupPreview, RestoreResult, preview_backup, restore_backup
from rxtracker.services.watch import changed_elsewhere
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.hub import EventHub


class RestoreDialog(QDialog):
    """Choose a backup, read what it holds, restore it (the current records kept first)."""

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        pause: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        """``pause(True)`` stops the window's reads before the swap; ``pause(False)`` resumes."""
        super().__init__(parent)
        self.ctx, self.hub, self.pause = ctx, hub, pause
        self.preview: BackupPreview | None = None
        self.setWindowTitle(translate("restore_dialog", "Restore from a backup"))
        intro = QLabel(
            translate(
                "restore_dialog",
                "Choose a backup (.zip) made with Back up now or an automatic backup. rxtracker "
                "shows what it holds first. Restoring replaces the records on this computer; the "
                "current ones are saved first as a backup in {folder}.",
            ).format(folder=ctx.paths.backups)
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("restore_dialog", "Backup file"))
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(translate("restore_dialog", "No backup chosen yet"))
        browse = QPushButton(translate("restore_dialog", "Choose file…"))
        browse.clicked.connect(self.browse)
        browse.setAutoDefault(False)
        browse.setMinimumWidth(browse.fontMetrics().horizontalAdvance(browse.text()) + 32)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("restore_dialog", "What the backup holds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            translate("restore_dialog", "Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def browse(self) -> None:
        """Choose the backup (the backups folder first), then read it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("restore_dialog", "Choose a backup"),
            str(self.ctx.paths.backups),
            translate("restore_dialog", "Backup (*.zip)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Unpack and check the backup off the UI thread, then show what it holds."""
        self.path_edit.setText(str(path))
        self.preview = None
        self.restore_button.setEnabled(False)
        self._say(translate("restore_dialog", "Reading the backup…"))
        self.hub.actions.run_long(
            self,
            translate("restore_dialog", "Read the backup"),
            lambda _progress: preview_backup(self.ctx, path),
            done=self._show,
            failed=lambda words: self._say(words, problem=True),
        )

    def _show(self, preview: BackupPreview) -> None:
        self.preview = preview
        made = date_text(parse_date(preview.created_at[:10]))
        people = "; ".join(
            translate("restore_dialog", "{name} ({credentials}, {activities})").format(
                name=name,
                credentials=translate("restore_dialog", "%n credential(s)", None, c),
                activities=_activities(a),
            )
            for name, c, a in preview.people
        )
        certificates = preview.certificates
        files = translate("restore_dialog", "%n certificate file(s)", None, certificates)
        self._say(
            translate(
                "restore_dialog",
                "Backup made on {date} (rxtracker {version}): {people}; {files}. "
                "Press Restore to replace the records on this computer with these.",
            ).format(
                date=made,
                version=preview.app_version,
                people=people or translate("restore_dialog", "nobody"),
                files=files,
            )
        )
        self.restore_button.setEnabled(True)

    def restore(self) -> None:
        """Restore on a worker thread while the window stops reading; then read everything."""
        if self.preview is None:
            return
        path = self.preview.path
        self.restore_button.setEnabled(False)
        self.pause(True)
        self.hub.actions.run_long(
            self,
            translate("restore_dialog", "Restore from a backup"),
            lambda _progress: restore_backup(self.ctx, path),
            done=self._restored,
            failed=self._not_restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.pause(False)
        self.hub.publish(
            changed_elsewhere(self.ctx), translate("restore_dialog", "Restored from the backup.")
        )
        self._say(
            translate(
                "restore_dialog",
                "Restored from {name}. Your previous records are saved in {folder}.",
            ).format(name=result.restored_from.name, folder=result.previous_data)
        )

    def _not_restored(self, words: str) -> None:
        self.pause(False)
        self._say(
            translate("restore_dialog", "Not restored: {why}").format(why=words), problem=True
        )

    def _say(self, text: str, problem: bool = False) -> None:
        style = f"color: {theme.problem_colour(self).name()};" if problem else ""
        self.summary.setStyleSheet(style)
        self.summary.setText(text)


def _activities(count: int) -> str:
    """'1 activity', '2 activities' (an English plural "(s)" cannot write)."""
    if count == 1:
        return translate("restore_dialog", "1 activity")
    return translate("restore_dialog", "%n activities", None, count)
