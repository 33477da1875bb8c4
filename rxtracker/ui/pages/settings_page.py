"""Settings: the reminder horizon and where the records are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import SETTINGS_CHANGED, Context
from rxtracker.services.backup import BackupResult, create_backup
from rxtracker.ui import theme
from rxtracker.ui.common import open_with_system_viewer
from rxtracker.ui.hub import EventHub
from rxtracker.ui.pages.base import Page, heading
from rxtracker.ui.pages.language_row import LanguageRow
from rxtracker.ui.settings import MAX_REMINDER_DAYS, MIN_REMINDER_DAYS, UiSettings
from rxtracker.ui.widgets.reminders_box import RemindersBox

#: The Appearance choices, in the order of ``theme.MODES``.
THEME_WORDS = (
    QT_TRANSLATE_NOOP("settings_page", "Same as the system"),
    QT_TRANSLATE_NOOP("settings_page", "Light"),
    QT_TRANSLATE_NOOP("settings_page", "Dark"),
)


class SettingsPage(Page):
    """Reminder horizon, data folder (with a button to open it)."""

    def __init__(
        self, ctx: Context, hub: EventHub, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, hub, parent)
        self.settings = settings
        self.horizon = QSpinBox()
        self.horizon.setRange(MIN_REMINDER_DAYS, MAX_REMINDER_DAYS)
        self.horizon.setSuffix(translate("settings_page", " days"))
        self.horizon.setAccessibleName(
            translate("settings_page", "Remind me this many days before a deadline")
        )
        self.horizon.valueChanged.connect(self._horizon_changed)
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(translate("settings_page", "Appearance"))
        for mode, words in zip(theme.MODES, THEME_WORDS, strict=True):
            self.theme_choice.addItem(translate("settings_page", words), mode)
        self.theme_choice.currentIndexChanged.connect(self._theme_chosen)
        self.supervisor = QCheckBox(
            translate("settings_page", "I check other technicians' records")
        )
        self.supervisor.setToolTip(
            translate(
                "settings_page",
                "Shows the Team page, File ▸ People and the supervisor's checks in the CE log "
                "(always shown when rxtracker keeps more than one person)",
            )
        )
        self.supervisor.toggled.connect(self._supervisor_chosen)
        self.folder = QLabel(str(ctx.paths.data_dir))
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(translate("settings_page", "Data folder"))
        self.open_folder = QPushButton(translate("settings_page", "&Open the folder"))
        self.open_folder.setAccessibleName(translate("settings_page", "Open the data folder"))
        self.open_folder.clicked.connect(lambda: open_with_system_viewer(ctx.paths.data_dir))
        self.backup_button = QPushButton(translate("settings_page", "&Back up now…"))
        self.backup_button.setAccessibleName(translate("settings_page", "Back up your records now"))
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_button = QPushButton(translate("settings_page", "Res&tore from a backup…"))
        self.restore_button.setAccessibleName(
            translate("settings_page", "Restore your records from a backup")
        )
        self.restore_button.clicked.connect(self.open_restore)
        self.backup_result = QLabel()
        self.backup_result.setWordWrap(True)
        self.file_dialog: QFileDialog | None = None
        form = QFormLayout()
        self.language = LanguageRow(settings, self)
        form.addRow(translate("settings_page", "&Remind me:"), self._horizon_row())
        form.addRow(translate("settings_page", "&Appearance:"), self.theme_choice)
        form.addRow(translate("settings_page", "&Language:"), self.language)
        form.addRow(translate("settings_page", "Team:"), self.supervisor)
        form.addRow(translate("settings_page", "Your records are in:"), self.folder)
        form.addRow("", self._folder_row())
        form.addRow(translate("settings_page", "Backup:"), self._backup_row())
        self.reminders = RemindersBox(ctx, hub)
        form.addRow(translate("settings_page", "Reminders:"), self.reminders)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("settings_page", "Settings")))
        layout.addLayout(form)
        layout.addStretch(1)

    def _horizon_row(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.horizon)
        note = QLabel(
            translate("settings_page", "before a deadline (shown as a banner when rxtracker opens)")
        )
        note.setWordWrap(True)
        box.addWidget(note, 1)
        return row

    def _folder_row(self) -> QWidget:
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            translate(
                "settings_page",
                "The database, your certificate files and automatic backups are all in this "
                "folder. Nothing is sent anywhere.",
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return row

    def _backup_row(self) -> QWidget:
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            translate(
                "settings_page",
                "Saves your records and every certificate file in one .zip file. Keep it on a "
                "USB stick or another computer.",
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.backup_result)
        return row

    def choose_backup_file(self) -> None:
        """Ask where to save the backup (window-modal; the choice arrives by signal)."""
        name = f"rxtracker-backup-{self.ctx.clock.today().isoformat()}.zip"
        dialog = QFileDialog(
            self,
            translate("settings_page", "Save a backup"),
            str(Path.home() / name),
            translate("settings_page", "Backup (*.zip)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip")
        dialog.fileSelected.connect(lambda chosen: self.back_up_to(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def open_restore(self) -> None:
        """Settings ▸ Restore from a backup: a preview first, the current records kept."""
        from rxtracker.ui.dialogs.restore_dialog import RestoreDialog

        watcher = getattr(self.window(), "watcher", None)

        def pause(stop: bool) -> None:
            if watcher is not None:
                watcher.stop() if stop else watcher.resume()

        self.restore_dialog = RestoreDialog(self.ctx, self.hub, pause, self)
        self.restore_dialog.open()

    def back_up_to(self, target: Path) -> None:
        """Write the backup and say where it is (or why it failed)."""
        self.hub.actions.run_long(
            self,
            translate("settings_page", "Back up your records"),
            lambda _: create_backup(self.ctx, target),
            message=lambda _: translate("settings_page", "Backup saved to {file}.").format(
                file=target
            ),
            done=lambda result: self._backed_up(target, result),
            failed=lambda words: self.backup_result.setText(
                translate("settings_page", "The backup was not saved: {why}").format(why=words)
            ),
        )

    def _backed_up(self, target: Path, result: BackupResult) -> None:
        count = result.certificate_count
        words = translate(
            "settings_page",
            "Saved {file} with your records and %n certificate file(s).",
            None,
            count,
        )
        self.backup_result.setText(words.format(file=target))

    kinds = frozenset()  # settings do not depend on records

    def reload(self) -> None:
        """Show the saved settings."""
        self.horizon.blockSignals(True)
        self.horizon.setValue(self.settings.reminder_days)
        self.horizon.blockSignals(False)
        self.reminders.reload()
        self.theme_choice.blockSignals(True)
        self.theme_choice.setCurrentIndex(max(self.theme_choice.findData(self.settings.theme), 0))
        self.theme_choice.blockSignals(False)
        self.supervisor.blockSignals(True)
        self.supervisor.setChecked(self.settings.supervisor_tools)
        self.supervisor.blockSignals(False)
        self.language.reload()

    def _theme_chosen(self, _index: int) -> None:
        mode = str(self.theme_choice.currentData())
        self.settings.theme = mode
        theme.apply_theme(mode)
        words = translate("settings_page", "Appearance: {choice}.")
        self.hub.publish(SETTINGS_CHANGED, words.format(choice=self.theme_choice.currentText()))

    def _supervisor_chosen(self, on: bool) -> None:
        self.settings.supervisor_tools = on
        words = (
            translate("settings_page", "Supervisor's tools: shown.")
            if on
            else translate("settings_page", "Supervisor's tools: shown only for a team.")
        )
        self.hub.publish(SETTINGS_CHANGED, words)

    def _horizon_changed(self, days: int) -> None:
        self.settings.reminder_days = days
        words = translate("settings_page", "Reminders now look %n days ahead.", None, days)
        self.hub.publish(SETTINGS_CHANGED, words)
