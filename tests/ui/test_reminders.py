"""Reminders while the app is closed (issue 16): Settings ▸ Reminders installs and removes the
system entry; the reminder run notifies once a day, only when something is due; a click
opens rxtracker on that credential.

The desktop notification itself is the one edge replaced here (no notification service runs
in the test machine); everything else is real: the check, the files, the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, credentials
from rxtracker.services.reminders.calendar import subscription_path
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.reminders import (
    notification_text,
    notify_send_args,
    open_argv,
    open_on_credential,
    run_reminders,
)
from rxtracker.ui.settings import UiSettings

Window = Callable[[], MainWindow]
ENTRY = ".config/autostart/io.github.rxtracker.RxTracker.reminders.desktop"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary HOME on a Linux desktop."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    return folder


class FakeNotifier:
    """Records the notification instead of showing it (the only edge replaced)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.click: Callable[[], None] | None = None

    def show(self, title: str, body: str, clicked: Callable[[], None]) -> bool:
        self.shown.append((title, body))
        self.click = clicked
        return True


def test_turning_reminders_on_and_off_in_settings(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, home: Path
) -> None:
    window = make_window()
    window.show_page("settings")
    box = window.settings_page.reminders
    assert not box.check.isChecked()
    assert box.state.text().startswith("Off.")
    with qtbot.waitSignal(window.hub.actions.settled):
        qtbot.mouseClick(box.check, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    entry = home / ENTRY
    assert entry.exists()
    text = entry.read_text()
    assert "[Desktop Entry]" in text and "--notify-reminders" in text
    assert f"--data-dir {ctx.paths.data_dir}" in text
    assert box.check.isChecked() and box.state.text().startswith("On:")
    with qtbot.waitSignal(window.hub.actions.settled):
        qtbot.mouseClick(box.check, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not entry.exists()
    assert box.state.text().startswith("Off.")
    assert str(subscription_path(ctx.paths)) in box.calendar.text()


def test_the_reminder_run_notifies_once_a_day_when_something_is_due(
    qtbot: QtBot, ctx: Context, ana: int
) -> None:
    settings = UiSettings(ctx.paths.settings)  # Settings ▸ Remind me: 365 days ahead
    settings.reminder_days = 365
    settings.sync()
    notifier = FakeNotifier()
    check, shown = run_reminders(ctx, notifier=notifier)
    assert check.horizon_days == 365
    assert check.due and shown
    [(title, body)] = notifier.shown
    assert title == "rxtracker: PTCB CPhT needs attention"
    assert body.startswith("PTCB CPhT: apply by ")
    assert subscription_path(ctx.paths).exists()
    again, shown_again = run_reminders(ctx, notifier=notifier)
    assert again.due and not shown_again and len(notifier.shown) == 1
    _, forced = run_reminders(ctx, notifier=notifier, force=True)
    assert forced and len(notifier.shown) == 2


def test_nothing_due_shows_nothing(qtbot: QtBot, ctx: Context) -> None:
    notifier = FakeNotifier()
    check, shown = run_reminders(ctx, notifier=notifier)
    assert not check.due and not shown and notifier.shown == []


def test_a_click_opens_rxtracker_on_that_credential(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    [held] = credentials.list_credentials(ctx, ana)
    argv = open_argv(ctx, held.id)
    assert argv[-2:] == ["--credential", str(held.id)]
    assert "--notify-reminders" not in argv and str(ctx.paths.data_dir) in argv
    window = make_window()
    window.show_page("settings")
    assert open_on_credential(window, held.id)
    assert window.current_page() is window.dashboard_page
    assert window.person_id == ana
    assert not open_on_credential(window, 9999)


def test_notification_words_and_notify_send_arguments(ctx: Context, ana: int) -> None:
    from rxtracker.services.reminders.check import check_reminders

    check = check_reminders(ctx, dt.date.today(), 365)
    title, body = notification_text(check)
    assert title.startswith("rxtracker:")
    assert "Still needed" not in body  # the first sentence only, dates in words
    args = notify_send_args(title, body)
    assert "--wait" in args and "--action=open=Open rxtracker" in args
    assert args[-2:] == [title, body]
