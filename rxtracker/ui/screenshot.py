"""--screenshot: render the main window (or the activity dialog) offscreen and save a PNG."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.screenshot_certificates import certificate_shot

SIZE = (1440, 860)


def quiet_offscreen_noise() -> None:
    """Drop the offscreen platform's harmless propagateSizeHints message; keep the rest."""
    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


#: Pages that are a form over the CE log rather than a page of the window.
DIALOG_PAGES = ("activity-dialog", "certificate-form", "add-from-certificates")


def window_page(page: str | None) -> str | None:
    """The window's page under ``page`` (the CE log under its forms)."""
    return "log" if page in DIALOG_PAGES else page


def save_screenshot(
    window: MainWindow, target: Path, page: str, size: tuple[int, int] | None = None
) -> int:
    """Show ``page`` with its data loaded at ``size``, save it as a PNG, return the exit status."""
    window.resize(*(size or SIZE))
    window.show_page(window_page(page) or "dashboard")
    window.show()
    settle(window)
    shot: QWidget = window
    with tempfile.TemporaryDirectory(prefix="rxtracker-shot-") as folder:
        if page == "activity-dialog":
            shot = _open_activity_dialog(window)
        elif page in DIALOG_PAGES:
            shot = certificate_shot(window, page, Path(folder))
        settle(window)
        _activate(shot)
        return save_widget(window, shot, target)


def _activate(shot: QWidget) -> None:
    """Make ``shot`` the active window, so its focused field looks the same in every picture."""
    shot.activateWindow()
    for _ in range(20):
        if shot.isActiveWindow():
            break
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    settle_events()


def save_widget(window: MainWindow, shot: QWidget, target: Path) -> int:
    """Save ``shot`` (the window or one of its dialogs) as a PNG, close the window; the status."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not shot.grab().save(str(target), "PNG"):
        print(f"rxtracker: error: could not write {target}", file=sys.stderr)
        return 1
    window.close()
    return 0


def _open_activity_dialog(window: MainWindow) -> QWidget:
    """The edit form of the newest activity with a certificate (or an empty form)."""
    log = window.log_page
    model = log.model
    for row in range(model.rowCount()):
        if model.row_at(row).attachments and model.row_at(row).uan:
            log.select_activity(model.row_at(row).id)
            log.edit_selected()
            break
    else:
        window.new_activity()
    assert log.dialog is not None
    return log.dialog


def settle(window: MainWindow) -> None:
    """Let long work end (the Team page's view) and its results reach the pages.

    And let each page put them on screen (the dashboard builds a card per turn).
    """
    window.hub.actions.wait()
    settle_events()
    while any(page.filling() for page in window.built_pages()):
        settle_events()


def settle_events() -> None:
    """Deliver what is posted (layouts, focus, results that arrived)."""
    for _ in range(3):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()
