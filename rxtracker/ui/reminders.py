"""The reminder run: check, notify only when something needs attention, open on a click.

``rxtracker --notify-reminders`` (what the login entry runs) checks every active person's
credentials once a day, keeps the calendar subscription file current, and shows one native
desktop notification when something needs attention. A click on it starts rxtracker with
``--open-credential ID``, which opens that credential's dashboard card.

The notification, the native way:
- a system tray's message (``QSystemTrayIcon.showMessage``) where a tray exists: Windows,
  macOS, KDE, Xfce...; its ``messageClicked`` is the click;
- on a Linux desktop without a tray (GNOME), the freedesktop notification service through
  ``notify-send --wait --action``, which prints the action when the notification is clicked.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QProcess, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from rxtracker.domain import NotFound
from rxtracker.i18n import translate
from rxtracker.resources import app_icon_path
from rxtracker.services import Context
from rxtracker.services.credentials import get_credential
from rxtracker.services.reminders.calendar import update_subscription
from rxtracker.services.reminders.check import (
    Reminder,
    ReminderCheck,
    check_reminders,
    mark_notified,
    notified_on,
)
from rxtracker.services.reminders.entries import reminder_argv
from rxtracker.ui.widgets.credential_card import in_words

if TYPE_CHECKING:
    from rxtracker.ui.main_window import MainWindow

log = logging.getLogger("rxtracker.ui.reminders")

#: How long the run waits for a click before it quits (the notification may stay).
WAIT_MS = 10 * 60 * 1000
SHOWN_LINES = 3


class Notifier(Protocol):
    """Shows one notification; ``clicked`` runs on a click."""

    def show(self, title: str, body: str, clicked: Callable[[], None]) -> bool:
        """Show it; False when this way cannot show notifications here."""
        ...


def notification_text(check: ReminderCheck) -> tuple[str, str]:
    """The title and body: what needs attention, in a few short lines."""
    count = len(check.reminders)
    first = check.reminders[0]
    title = (
        translate("reminders", "rxtracker: {credential} needs attention").format(
            credential=first.credential
        )
        if count == 1
        else translate("reminders", "rxtracker: %n things need attention", None, count)
    )
    lines = [_short(r) for r in check.reminders[:SHOWN_LINES]]
    if count > SHOWN_LINES:
        more = count - SHOWN_LINES
        lines.append(translate("reminders", "…and %n more.", None, more))
    return title, "\n".join(lines)


def _short(reminder: Reminder) -> str:
    """The reminder's first sentence, dates in words ('PTCB CPhT: apply by Mar 1, 2027 ...')."""
    first = reminder.message.split(". Still needed")[0].rstrip(".")
    return in_words(first) + "."


def open_argv(ctx: Context, credential_id: int | None) -> list[str]:
    """The command that opens rxtracker on a credential (or on its last page)."""
    argv = [a for a in reminder_argv(ctx.paths) if a != "--notify-reminders"]
    return [*argv, "--open-credential", str(credential_id)] if credential_id else argv


def run_reminders(
    ctx: Context, *, force: bool = False, notifier: Notifier | None = None
) -> tuple[ReminderCheck, bool]:
    """Check, keep the calendar file, and notify once a day when something is due.

    With ``force`` it notifies even when it already did today. Returns the check and
    whether a notification was shown (it waits for its click in the event loop).
    """
    today = ctx.clock.today()
    check = check_reminders(ctx, today)
    _keep_calendar(ctx, today)
    if not check.due or (notified_on(ctx.paths, today) and not force):
        return check, False
    title, body = notification_text(check)
    target = next((r.credential_id for r in check.reminders if r.credential_id), None)
    chosen = notifier or default_notifier()
    shown = chosen.show(title, body, lambda: _open(ctx, target))
    if shown:
        mark_notified(ctx.paths, today)
    else:
        log.warning("no way to show a desktop notification here")
    return check, shown


def _keep_calendar(ctx: Context, today: dt.date) -> None:
    try:
        update_subscription(ctx, today)
    except OSError as exc:
        log.warning("calendar subscription file not updated: %s", exc)


def _open(ctx: Context, credential_id: int | None) -> None:
    argv = open_argv(ctx, credential_id)
    QProcess.startDetached(argv[0], argv[1:])
    QTimer.singleShot(0, QApplication.quit)


def default_notifier() -> Notifier:
    """The tray where there is one, else notify-send on Linux."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return TrayNotifier()
    return FreedesktopNotifier()


class TrayNotifier(QObject):
    """A tray icon's message balloon (Windows, macOS, Linux desktops with a tray)."""

    def show(self, title: str, body: str, clicked: Callable[[], None]) -> bool:
        """Show the message; a click on it runs ``clicked``."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.icon = QSystemTrayIcon(QIcon(str(app_icon_path())), self)
        self.icon.setToolTip(title)
        self.icon.messageClicked.connect(clicked)
        self.icon.activated.connect(lambda _reason: clicked())
        self.icon.show()
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 0)
        return True


class FreedesktopNotifier(QObject):
    """The desktop's notification service (org.freedesktop.Notifications) via notify-send."""

    def show(self, title: str, body: str, clicked: Callable[[], None]) -> bool:
        """Run notify-send and wait for its answer: the action key when clicked."""
        program = shutil.which("notify-send")
        if program is None:
            return False
        self.process = QProcess(self)
        self.process.finished.connect(lambda *_: self._finished(clicked))
        self.process.start(program, notify_send_args(title, body))
        return bool(self.process.waitForStarted(5000))

    def _finished(self, clicked: Callable[[], None]) -> None:
        answer = bytes(self.process.readAllStandardOutput().data()).decode(errors="replace")
        if answer.strip() in ("open", "default"):
            clicked()
        else:
            QApplication.quit()


def notify_send_args(title: str, body: str) -> list[str]:
    """notify-send's arguments: app name, icon, an Open action, wait for the answer."""
    return [
        "--app-name=rxtracker",
        f"--icon={app_icon_path()}",
        "--action=default=" + translate("reminders", "Open rxtracker"),
        "--action=open=" + translate("reminders", "Open rxtracker"),
        "--wait",
        title,
        body,
    ]


def notify_and_wait(ctx: Context) -> int:
    """The whole reminder run inside the desktop app's process: 0 nothing due, 1 due."""
    check, shown = run_reminders(ctx)
    if shown:
        QTimer.singleShot(WAIT_MS, QApplication.quit)
        QApplication.setQuitOnLastWindowClosed(False)
        QApplication.exec()
    return 1 if check.due else 0


def open_on_credential(window: MainWindow, credential_id: int) -> bool:
    """Show the dashboard of the credential's holder, scrolled to its card.

    False (the window left as it is) when no such credential exists any more.
    """
    try:
        row = get_credential(window.ctx, credential_id)
    except NotFound:
        return False
    window.open_person(row.person_id)
    page = window.dashboard_page
    for card in page.cards:
        if card.card.credential_id == credential_id:
            page.card_scroll.ensureWidgetVisible(card)
            card.setFocus()
            return True
    return False
