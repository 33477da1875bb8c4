"""The dashboard: cards, deadlines, the reminder banner, and updates after every change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import end_of_month
from rxtracker.services import Context, CredentialInput, activities, credentials
from rxtracker.services.views import Phase, dashboard_view
from rxtracker.ui.common import date_text
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.credentials import DeadlineModel
from tests.conftest import make_pdf
from tests.ui.conftest import TODAY, drop_file, settle

Window = Callable[[], MainWindow]


def _card(window: MainWindow, type_id: str):  # type: ignore[no-untyped-def]
    settle(window)
    return next(c for c in window.dashboard_page.cards if c.card.type_id == type_id)


def _total_text(window: MainWindow) -> str:
    return _card(window, "ptcb-cpht").bar_texts["total"].text()


def test_cards_show_status_progress_and_what_is_missing(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("dashboard")
    settle(window)
    card = _card(window, "ptcb-cpht")
    # 3.5 of 20 hours with five months left is behind the even pace: never 'On track'.
    assert card.phase_label.text() in ("Behind pace", "At risk")
    deadline = card.card.deadline
    assert deadline is not None
    days = (deadline - TODAY).days
    assert card.next_label.text() == (
        "Take 16.5 more hours (including 11.5 of technician-specific CE and 1 of patient safety) "
        f"by {date_text(deadline)} (in {days} days)."
    )
    assert _total_text(window) == "3.5 of 20 h, 16.5 to go"
    assert card.bars["law"].value() == card.bars["law"].maximum()
    assert "16.5 more hours of CE in total" in card.why.text()  # the engine's own words
    assert "Hello Ana." in window.dashboard_page.greeting.text()


def test_dashboard_updates_after_logging_editing_deleting_and_undoing(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    qtbot.keyClicks(dialog.uan, "0412-0000-26-101-H05-T")
    qtbot.keyClicks(dialog.title_edit, "Safe dispensing")
    qtbot.keyClicks(dialog.hours, "2")
    drop_file(dialog.certificate, make_pdf(tmp_path / "safe.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    settle(window)
    assert _total_text(window) == "5.5 of 20 h, 14.5 to go"
    assert "patient safety" not in _card(window, "ptcb-cpht").next_label.text().lower()
    window.show_page("log")
    settle(window)
    log = window.log_page
    new_id = next(
        a.id for a in activities.list_activities(ctx, ana) if a.title == "Safe dispensing"
    )
    log.select_activity(new_id)
    log.edit_selected()
    log.dialog.hours.setText("3")
    qtbot.mouseClick(log.dialog.save_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    settle(window)
    assert _total_text(window) == "6.5 of 20 h, 13.5 to go"
    window.show_page("log")
    settle(window)
    log.select_activity(new_id)
    qtbot.mouseClick(log.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in log.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    settle(window)
    assert _total_text(window) == "3.5 of 20 h, 16.5 to go"
    settle(window)
    window.activateWindow()  # back from the confirmation box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _total_text(window) == "6.5 of 20 h, 13.5 to go"


def test_dashboard_updates_after_renewing(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    new_expiry = page.dialog.new_expires.value()
    qtbot.mouseClick(page.dialog.renew_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    settle(window)
    card = _card(window, "ptcb-cpht")
    assert card.card.end == new_expiry
    assert _total_text(window) == "0 of 20 h, 20 to go"  # the new cycle starts empty


def test_banner_warns_within_the_reminder_horizon_and_can_be_dismissed(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    soon = end_of_month(TODAY + dt.timedelta(days=40))
    credentials.add_credential(ctx, ana, CredentialInput("tx-technician", soon, number="TX-1"))
    window = make_window()
    window.show_page("dashboard")
    settle(window)
    page = window.dashboard_page
    assert page.banner.isVisible()
    assert "Texas pharmacy technician registration" in page.banner_text.text()
    assert "PTCB" not in page.banner_text.text()  # 200 days away: outside the 90-day horizon
    window.show_page("settings")
    window.settings_page.horizon.setValue(365)
    window.show_page("dashboard")
    settle(window)
    assert "PTCB" in page.banner_text.text()
    page.dismiss_banner()
    assert not page.banner.isVisible()


def test_no_banner_when_nothing_is_due(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    window.show_page("dashboard")
    settle(window)
    assert not window.dashboard_page.banner.isVisible()


def test_deadlines_and_pace(ctx: Context, ana: int, qtmodeltester) -> None:
    view = dashboard_view(ctx, ana, TODAY)
    rows = view.upcoming
    # The calendar export's words for the same dates.
    assert [r.label for r in rows] == ["renewal window opens", "application deadline", "expires"]
    assert all(r.credential == "PTCB CPhT" for r in rows)
    assert [r.day for r in rows] == sorted(r.day for r in rows)
    assert [(r.day - TODAY).days for r in rows] == [r.days_away for r in rows]
    model = DeadlineModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    card = view.cards[0]
    assert [str(h) for _, h in card.pace.steps] == ["2", "3.5"]
    assert card.pace.earned == card.pace.steps[-1][1]
    assert card.pace.today_at is not None and 0 < card.pace.today_at < card.pace.due_at < 1
    assert card.standing.phase in (Phase.ON_TRACK, Phase.AT_RISK)


def test_person_without_credentials_is_shown_the_next_step(
    qtbot: QtBot, ctx: Context, make_window: Window
) -> None:
    window = make_window()
    welcome = window.welcome
    qtbot.keyClicks(welcome.name, "Sam Park")
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(welcome.finish_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    settle(window)
    page = window.dashboard_page
    assert "Add the credentials you hold" in page.empty.text()
    qtbot.mouseClick(page.add_credential_button, Qt.MouseButton.LeftButton)
    dialog = window.credentials_page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fields.expires.setDate(QDate(2027, 6, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    settle(window)
    assert len(page.cards) == 1
    assert page.add_credential_button.isHidden()


def test_a_lapsed_card_says_how_long_since_it_expired() -> None:
    from rxtracker.services.views import Standing
    from rxtracker.ui.widgets.credential_card import status_words

    lapsed = Standing(Phase.LAPSED, -98, dt.date(2026, 8, 31), days_since_end=98)
    assert status_words(lapsed) == "Lapsed, expired 98 days ago (Aug 31, 2026)"
    expired = Standing(Phase.EXPIRED, -428, dt.date(2026, 8, 31), days_since_end=1)
    assert status_words(expired) == "Expired yesterday (Aug 31, 2026)"
