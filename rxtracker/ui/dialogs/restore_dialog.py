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
        self.setWindowTitle("Restore from a backup")
        intro = QLabel(
            "Choose a backup (.zip) made with Back up now or an automatic backup. rxtracker "
            "shows what it holds first. Restoring replaces the records on this computer; the "
            f"current ones are saved first as a backup in {ctx.paths.backups}."
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("Backup file")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText("No backup chosen yet")
        browse = QPushButton("Choose file…")
        browse.clicked.connect(self.browse)
        browse.setAutoDefault(False)
        browse.setMinimumWidth(browse.fontMetrics().horizontalAdvance(browse.text()) + 32)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What the backup holds")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton("Restore", QDialogButtonBox.ButtonRole.ActionRole)
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
            self, "Choose a backup", str(self.ctx.paths.backups), "Backup (*.zip)"
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Unpack and check the backup off the UI thread, then show what it holds."""
        self.path_edit.setText(str(path))
        self.preview = None
        self.restore_button.setEnabled(False)
        self._say("Reading the backup…")
        self.hub.actions.run_long(
            self,
            "Read the backup",
            lambda _progress: preview_backup(self.ctx, path),
            done=self._show,
            failed=lambda words: self._say(words, problem=True),
        )

    def _show(self, preview: BackupPreview) -> None:
        self.preview = preview
        made = date_text(parse_date(preview.created_at[:10]))
        people = "; ".join(
            f"{name} ({_count(c, 'credential')}, {_count(a, 'activity')})"
            for name, c, a in preview.people
        )
        self._say(
            f"Backup made on {made} (rxtracker {preview.app_version}): "
            f"{people or 'nobody'}; {_count(preview.certificates, 'certificate file')}. "
            "Press Restore to replace the records on this computer with these."
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
            "Restore from a backup",
            lambda _progress: restore_backup(self.ctx, path),
            done=self._restored,
            failed=self._not_restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.pause(False)
        self.hub.publish(changed_elsewhere(self.ctx), "Restored from the backup.")
        self._say(
            f"Restored from {result.restored_from.name}. Your previous records are saved in "
            f"{result.previous_data}."
        )

    def _not_restored(self, words: str) -> None:
        self.pause(False)
        self._say(f"Not restored: {words}", problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        style = f"color: {theme.problem_colour(self).name()};" if problem else ""
        self.summary.setStyleSheet(style)
        self.summary.setText(text)


def _count(n: int, word: str) -> str:
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{n} {word if n == 1 else plural}"
