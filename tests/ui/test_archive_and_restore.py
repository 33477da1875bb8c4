"""Records that go with a technician, and a backup restored, from the desktop (issue 20)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from rxtracker.services import AppPaths, Context, PersonInput, open_context, people
from rxtracker.services.person_archive import export_person
from rxtracker.ui.dialogs.archive_dialogs import BringRecordsDialog, TakeRecordsDialog
from rxtracker.ui.main_window import MainWindow

Window = Callable[[], MainWindow]


def _menu(window: MainWindow, text: str) -> None:
    action = next(a for a in window.findChildren(QAction) if a.text() == text)
    action.trigger()


def test_take_my_records_to_another_computer(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    _menu(window, "&Take my records to another computer…")
    dialog = window.findChild(TakeRecordsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.path_edit.text().endswith("Ana Ruiz records.zip")
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "ana"))
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Saved"), timeout=10_000)
    assert (tmp_path / "ana.zip").exists()
    assert "1 credentials, 2 activities" in dialog.status_label.text()


def test_bring_records_in_shows_what_the_archive_holds_before_importing(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    elsewhere = open_context(AppPaths.resolve(tmp_path / "other computer"))
    ben = people.add_person(elsewhere, PersonInput("Ben Ortiz")).value.id
    archive = export_person(elsewhere, ben, tmp_path / "ben.zip").path
    same = export_person(ctx, ana, tmp_path / "ana.zip").path
    elsewhere.close()
    window = make_window()
    _menu(window, "&Bring records in from an archive…")
    dialog = window.findChild(BringRecordsDialog)
    assert dialog is not None and not dialog.action_button.isEnabled()
    dialog.load(str(same))
    qtbot.waitUntil(lambda: "already recorded here" in dialog.status_label.text())
    assert not dialog.action_button.isEnabled()
    dialog.load(str(archive))
    qtbot.waitUntil(lambda: dialog.action_button.isEnabled(), timeout=10_000)
    assert dialog.status_label.text().startswith("Ben Ortiz: 0 credentials, 0 CE activities")
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz"]  # nothing written yet
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.action_button.isEnabled(), timeout=10_000)
    assert dialog.status_label.text().startswith("Added Ben Ortiz"), dialog.status_label.text()
    assert sorted(p.name for p in people.list_people(ctx)) == ["Ana Ruiz", "Ben Ortiz"]
    qtbot.waitUntil(lambda: window.person_combo.findText("Ben Ortiz") >= 0)


def test_a_damaged_archive_says_why_and_adds_nobody(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    window = make_window()
    _menu(window, "&Bring records in from an archive…")
    dialog = window.findChild(BringRecordsDialog)
    assert dialog is not None
    dialog.load(str(bad))
    qtbot.waitUntil(lambda: dialog.status_label.text() != "", timeout=10_000)
    assert not dialog.action_button.isEnabled()
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz"]


def test_restore_from_a_backup_with_a_preview_keeps_the_current_records_first(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLockFile

    from rxtracker.services.backup import create_backup
    from rxtracker.ui.dialogs.restore_dialog import RestoreDialog

    backup = create_backup(ctx, tmp_path / "monday.zip").path
    people.add_person(ctx, PersonInput("Ben Ortiz"))  # made after the backup
    lock = QLockFile(str(ctx.paths.instance_lock))  # the window's lock, as the app holds it
    assert lock.tryLock(100)
    window = make_window()
    window.show_page("settings")
    qtbot.mouseClick(window.settings_page.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.settings_page.restore_dialog
    assert isinstance(dialog, RestoreDialog) and not dialog.restore_button.isEnabled()
    dialog.load(backup)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    assert "Ana Ruiz (1 credential, 2 activities); 0 certificate files" in dialog.summary.text()
    assert "Ben Ortiz" not in dialog.summary.text()
    assert sorted(p.name for p in people.list_people(ctx)) == ["Ana Ruiz", "Ben Ortiz"]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Restored"), timeout=20_000)
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz"]
    kept = list(ctx.paths.backups.glob("before-restore-*.zip"))
    assert len(kept) == 1 and str(kept[0]) in dialog.summary.text()
    qtbot.waitUntil(lambda: window.person_combo.findText("Ben Ortiz") < 0)
    assert window.watcher.timer.isActive()  # the window reads the restored records again
    lock.unlock()


def test_a_file_that_is_not_a_backup_is_refused_before_anything_changes(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    not_backup = export_person(ctx, ana, tmp_path / "ana.zip").path  # a person archive
    window = make_window()
    window.show_page("settings")
    window.settings_page.open_restore()
    dialog = window.settings_page.restore_dialog
    dialog.load(not_backup)
    qtbot.waitUntil(lambda: "Reading" not in dialog.summary.text(), timeout=10_000)
    assert not dialog.restore_button.isEnabled()
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz"]
