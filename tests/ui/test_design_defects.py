"""Issue 19's defects, each typed and clicked as a person would (numbers from the issue)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours, end_of_month
from rxtracker.exchange.fates import Fate, RowVerdict
from rxtracker.exchange.mapping import Field
from rxtracker.exchange.rows import RowText
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.team import TeamFilter, team_view
from rxtracker.services.views import Phase
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.help_dialogs import TextDialog
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.dialogs.person_dialog import PersonDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.import_dialog import ImportDialog
from rxtracker.ui.main_window import MINIMUM_SIZE, MainWindow
from rxtracker.ui.models.imports import ImportPreviewModel
from rxtracker.ui.models.team import TeamTableModel
from rxtracker.ui.pages.welcome_page import SampleData
from rxtracker.ui.theme.contrast import MIN_TEXT_CONTRAST, contrast
from rxtracker.ui.widgets.credential_card import CredentialCard
from tests.ui import looking
from tests.ui.conftest import TODAY, settle


def _team(ctx: Context) -> None:
    """Two technicians, a lead and a supervisor, each with a PTCB CPhT."""
    expires = end_of_month(TODAY + dt.timedelta(days=200))
    for name, role in (
        ("Ana Ruiz", "technician"),
        ("Bo Li", "technician"),
        ("Sam Patel", "lead"),
        ("Dana Cole", "supervisor"),
    ):
        person = people.add_person(ctx, PersonInput(name, role=role, home_state="TX")).value  # type: ignore[arg-type]
        credentials.add_credential(ctx, person.id, CredentialInput("ptcb-cpht", expires))


def test_1_team_role_filter_shows_the_people_of_that_role(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.role_filter.setFocus()
    for key, expected, count in (
        (Qt.Key.Key_Down, {"Ana Ruiz", "Bo Li"}, "2 people"),
        (Qt.Key.Key_Down, {"Sam Patel"}, "1 person"),
        (Qt.Key.Key_Down, {"Dana Cole"}, "1 person"),
    ):
        qtbot.keyClick(page.role_filter, key)
        qtbot.waitUntil(lambda: not page.refilter.isActive())  # applied the turn after
        names = {page.model.row_at(r).person.name for r in range(page.model.rowCount())}
        assert names == expected
        assert page.summary.text().startswith(count)


def test_2_enter_in_the_renew_dialog_renews(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    before = credentials.list_credentials(ctx, ana)[0]
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.renew_button.isDefault()
    assert not any(
        b.isDefault() for b in dialog.findChildren(QPushButton) if b is not dialog.renew_button
    )
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in dialog.findChildren(QWidget))
    assert QApplication.focusWidget() is dialog.new_expires.line  # the date, not Cancel
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.setFocus()  # even with Cancel focused (tabbed to), Enter renews
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: credentials.list_credentials(ctx, ana)[0].expires_on != before.expires_on
    )
    assert not dialog.isVisible()


def _visible_card_text(card: QWidget) -> str:
    """Every word a card shows now (labels and buttons), the hidden Why? left out."""
    labels = [w.text() for w in card.findChildren(QLabel) if w.isVisible()]
    buttons = [b.text() for b in card.findChildren(QPushButton) if b.isVisible()]
    return "\n".join(labels + buttons)


def _dashboard_of(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    window.show_page("dashboard")
    settle(window)
    for card in window.dashboard_page.cards:  # built after the read: shown on the next turn
        qtbot.waitUntil(card.isVisible)
    return window


def _the_card(window: MainWindow, type_id: str) -> CredentialCard:
    return next(c for c in window.dashboard_page.cards if c.card.type_id == type_id)


def test_3_a_lapsed_credential_has_its_own_headline_with_the_reinstatement_deadline(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    kim = people.add_person(ctx, PersonInput("Kim Nguyen", home_state="TX")).value.id
    lapsed_on = end_of_month(TODAY - dt.timedelta(days=60))
    credentials.add_credential(ctx, kim, CredentialInput("ptcb-cpht", lapsed_on, number="7"))
    soon = end_of_month(TODAY + dt.timedelta(days=40))
    credentials.add_credential(ctx, kim, CredentialInput("tx-technician", soon, number="TX-9"))
    window = _dashboard_of(qtbot, make_window)
    page = window.dashboard_page
    card = _the_card(window, "ptcb-cpht")
    until = card.card.reinstate_by
    assert until is not None and until > TODAY
    banner = page.banner_text.text()
    headline, coming = banner.split("Coming up in the next 90 days:")
    assert f"lapsed on {date_text(lapsed_on)}" in headline
    assert f"Reinstate it by {date_text(until)} (in {(until - TODAY).days} days)" in headline
    assert "Texas" in coming and "PTCB" not in coming  # the lapsed one is not 'coming up'
    assert ".." not in re.sub(r"<[^>]+>", "", banner)  # no double full stop
    assert card.phase_label.text() == "Lapsed"
    assert card.next_label.text().startswith(
        f"Lapsed on {date_text(lapsed_on)}. Reinstate by {date_text(until)}"
    )
    assert "by today" not in card.chart.toolTip()  # the cycle is over: no pace 'by today'
    assert card.chart.isHidden()  # nor a chart of the cycle that is over
    qtbot.mouseClick(card.why_button, Qt.MouseButton.LeftButton)
    assert card.why.isVisible()
    assert f"The cycle ended on {date_text(lapsed_on)} with 0 of 20 hours." in card.why.text()
    assert "-" not in card.why.text().split("Reinstatement is possible until")[1][:14]
    dismiss = next(b for b in page.banner.findChildren(QPushButton) if b.text() == "Dismiss")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()


def test_4_cards_speak_plainly_with_one_action_and_the_rules_behind_why(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    soon = end_of_month(TODAY + dt.timedelta(days=80))
    credentials.add_credential(ctx, ana, CredentialInput("tx-technician", soon, number="TX-2"))
    window = _dashboard_of(qtbot, make_window)
    for card in window.dashboard_page.cards:
        shown = _visible_card_text(card)
        for jargon in ("tag:", "UAN ending", "(some details not confirmed)", "Good to know"):
            assert jargon not in shown, (card.card.type_id, jargon, shown)
        assert card.log_button.isDefault()  # the one primary action, in the accent colour
        assert shown.count("not confirmed") <= 1  # said once, calmly, with a tooltip
        if card.unconfirmed_mark.isVisible():
            assert card.unconfirmed_mark.toolTip()
    texas = _the_card(window, "tx-technician")
    assert texas.unconfirmed_mark.isVisible()  # Texas has facts no official page confirms
    assert not texas.why.isVisible()
    qtbot.mouseClick(texas.why_button, Qt.MouseButton.LeftButton)
    details = texas.why.text()
    assert texas.why.isVisible() and texas.why_button.text() == "Why? ▾"
    assert "Texas pharmacy law or rules (tag: texas-law)" in details  # the full rule is kept
    assert "Good to know" in details and "Not confirmed by an official page" in details
    qtbot.mouseClick(texas.why_button, Qt.MouseButton.LeftButton)
    assert not texas.why.isVisible()


def test_8_status_words_are_honest_and_a_certificate_without_expiry_has_no_cycle(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    lee = people.add_person(ctx, PersonInput("Lee Park", home_state="TX")).value.id
    # A year into a two-year cycle with nothing logged: the engine's phase is still 'on
    # track' (not far enough behind to be at risk), the pace says 0 of about 9 hours.
    expires = end_of_month(TODAY + dt.timedelta(days=390))
    credentials.add_credential(ctx, lee, CredentialInput("ptcb-cpht", expires, number="3"))
    texas = end_of_month(TODAY + dt.timedelta(days=600))
    credentials.add_credential(ctx, lee, CredentialInput("tx-technician", texas, number="T"))
    credentials.add_credential(ctx, lee, CredentialInput("ptcb-cert-tpv", None, number="V"))
    # Ahead of Texas's pace (about 4 of 20 hours by now), the human-trafficking course missing.
    course = ActivityInput(
        "Medication safety", TODAY - dt.timedelta(days=3), Hours(500), uan="0197-0000-26-004-H05-T"
    )
    activities.add_activity(ctx, lee, course)
    window = _dashboard_of(qtbot, make_window)
    for card in window.dashboard_page.cards:
        words = card.phase_label.text()
        assert words != "On track", (card.card.type_id, card.next_label.text())
    ptcb = _the_card(window, "ptcb-cpht")
    assert ptcb.card.standing.phase is Phase.ON_TRACK and ptcb.card.behind_pace
    assert ptcb.phase_label.text() == "Behind pace"
    assert _the_card(window, "tx-technician").phase_label.text() == "Course to do"
    certificate = _the_card(window, "ptcb-cert-tpv")
    assert certificate.phase_label.text() == "Held"
    assert (
        certificate.next_label.text() == "Held; it does not expire, so there is nothing to renew."
    )
    assert "expires" not in _visible_card_text(certificate)
    assert certificate.chart.isHidden() and not certificate.log_button.isVisible()
    qtbot.mouseClick(certificate.why_button, Qt.MouseButton.LeftButton)
    assert "no expiration date" in certificate.why.text()
    # the Credentials page says the same words (Status column)
    window.show_page("credentials")
    settle(window)
    model = window.credentials_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and bool(model.data(model.index(0, 4))))
    status = {model.data(model.index(r, 0)): model.data(model.index(r, 4)) for r in range(3)}
    assert not any(words.startswith("On track") for words in status.values()), status
    ptcb_status = next(w for name, w in status.items() if "PTCB" in name and "CPhT" in name)
    assert ptcb_status.startswith("Behind pace, deadline in ")
    texas_status = next(w for name, w in status.items() if "Texas" in name)
    assert texas_status.startswith("Course to do, deadline in ")
    # and so does a supervisor's Team grid, and its "Only not on track" filter keeps both
    team = TeamTableModel()
    team.set_view(team_view(ctx, filters=TeamFilter(not_on_track=True)))
    assert team.view is not None and team.rowCount() == 1
    columns = [c.type_id for c in team.view.columns]
    ptcb_cell = team.data(team.index(0, 1 + columns.index("ptcb-cpht")))
    texas_cell = team.data(team.index(0, 1 + columns.index("tx-technician")))
    assert ptcb_cell.startswith("Behind pace\n"), ptcb_cell
    assert texas_cell.startswith("Course to do\n"), texas_cell


def test_the_log_ce_button_opens_the_form_for_that_person_and_the_card_follows(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    people.add_person(ctx, PersonInput("Bo Li", home_state="TX"))
    window = _dashboard_of(qtbot, make_window)
    card = _the_card(window, "ptcb-cpht")
    qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    dialog = window.dashboard_page.activity_dialog
    qtbot.waitExposed(dialog)
    assert dialog.person_id == ana and window.current_page() is window.dashboard_page
    qtbot.keyClicks(dialog.uan, "0412-0000-26-101-H05-T")
    qtbot.keyClicks(dialog.title_edit, "Safe dispensing")
    qtbot.keyClicks(dialog.hours, "2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert any(a.title == "Safe dispensing" for a in activities.list_activities(ctx, ana))
    qtbot.waitUntil(
        lambda: _the_card(window, "ptcb-cpht").bar_texts["total"].text().startswith("5.5")
    )
    assert "patient safety" not in _the_card(window, "ptcb-cpht").next_label.text()


def _delete_first_activity(qtbot: QtBot, window: MainWindow) -> str:
    page = window.log_page
    window.show_page("log")
    settle(window)
    first = page.table.visualRect(page.table.model().index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    chosen = page.selected()
    assert chosen is not None
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in page.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    settle(window)
    window.activateWindow()  # back from the confirmation box
    qtbot.waitUntil(window.isActiveWindow)
    return chosen.title


def _titles(ctx: Context, person: int) -> list[str]:
    return [a.title for a in activities.list_activities(ctx, person)]


def test_9_ctrl_z_after_a_delete_works_from_the_search_box(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    title = _delete_first_activity(qtbot, window)
    assert title not in _titles(ctx, ana)
    notice = window.undo_notice
    assert notice.isVisible() and title in notice.words.text()
    search = window.log_page.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, "law")
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title in _titles(ctx, ana)
    assert not notice.isVisible()
    assert search.text() == "law"  # the search was left alone


def test_9_the_notice_undo_button_brings_it_back(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    title = _delete_first_activity(qtbot, window)
    qtbot.mouseClick(window.undo_notice.undo_button, Qt.MouseButton.LeftButton)
    assert title in _titles(ctx, ana)
    assert not window.undo_notice.isVisible()
    search = window.log_page.search
    qtbot.keyClicks(search, "abc")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() != "abc"  # with no notice, the field's own undo works


def test_11_history_in_sentences_local_time_and_names(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    row = activities.list_activities(ctx, ana)[0]
    data = activities.get_activity(ctx, row.id)
    long_title = "Texas Pharmacy Law and Rules Update for Technicians: the 2026 changes in full"
    new_day = data.completed_on - dt.timedelta(days=3)
    changed = ActivityInput(long_title, new_day, data.hours, uan=data.uan)
    activities.update_activity(ctx, row.id, changed)
    window = make_window()
    window.show_page("log")
    settle(window)
    page = window.log_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select_activity(row.id)
    qtbot.mouseClick(page.checks.history_button, Qt.MouseButton.LeftButton)
    history = page.checks.history
    assert history is not None
    qtbot.waitExposed(history)
    model = history.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["When", "Who", "What happened"]
    assert all("UTC" not in h for h in headers)
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "You"  # this computer's login, not "root"
    sentence = model.index(last, 2).data()
    assert f"to {long_title}" in sentence  # the whole value, never cut
    assert f"to {date_text(new_day)}" in sentence  # the app's date style, not ISO
    assert "completed_on" not in sentence and "hours_hundredths" not in sentence
    when = model.index(last, 0).data()
    assert when.startswith(date_text(dt.date.today())) or "," in when
    assert ("AM" in when) or ("PM" in when)
    rect = history.table.visualRect(model.index(last, 2))
    needed = history.table.fontMetrics().boundingRect(rect, Qt.TextFlag.TextWordWrap, sentence)
    assert needed.height() <= rect.height()  # wrapped to fit, nothing elided
    history.close()


@pytest.fixture(autouse=True)
def back_to_light() -> Iterator[None]:
    """The theme is the application's: each test leaves the light one behind."""
    yield
    theme.apply_theme("light")


def _pixels(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width())
        for y in range(0, image.height(), 2)
    }


def test_13_dark_theme_team_cells_reject_rows_and_check_boxes_read_well(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("settings")
    combo = window.settings_page.theme_choice
    combo.setFocus()
    qtbot.keyClicks(combo, "Dark")
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    dark = theme.DARK
    for row in range(page.model.rowCount()):
        cell = page.model.index(row, 1)
        text = cell.data(Qt.ItemDataRole.ForegroundRole).name()
        back = cell.data(Qt.ItemDataRole.BackgroundRole).name()
        assert back != "#e3effa"  # no pastel cell in the dark theme
        assert contrast(text, back) >= MIN_TEXT_CONTRAST
    box = page.not_on_track
    assert dark.indicator in _pixels(box)  # the unticked box's outline is drawn
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() and dark.accent in _pixels(box)  # and the ticked box
    reject = RowVerdict(3, RowText("bad", "X", "", "-1", ""), Fate.REJECT, "negative hours")
    preview = ImportPreviewModel()
    preview.set_rows([reject, reject])
    colour = preview.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert contrast(colour, dark.base) >= MIN_TEXT_CONTRAST
    assert contrast(colour, dark.alt_base) >= MIN_TEXT_CONTRAST


def test_14_forms_start_calm_jobs_are_current_and_states_are_picked_alike(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    people_dialog = PeopleDialog(ctx, window.hub, window)
    qtbot.addWidget(people_dialog)
    people_dialog.show()
    qtbot.mouseClick(people_dialog.add_button, Qt.MouseButton.LeftButton)
    [form] = [f for f in people_dialog.findChildren(PersonDialog) if f.isVisible()]
    assert not form.save_button.isEnabled() and "name" in form.reasons.text()
    assert "border" not in form.name.styleSheet()  # nothing typed yet: no red border
    qtbot.keyClicks(form.name, "B")
    form.name.clear()  # typed, then emptied: now the field is marked
    assert "border" in form.name.styleSheet()
    form.state.setFocus()
    qtbot.keyClicks(form.state, "tx")
    assert form.state.currentData() == "TX"
    welcome = window.welcome
    items = [welcome.state.itemText(i) for i in range(1, welcome.state.count())]
    assert items == [form.state.itemText(i) for i in range(1, form.state.count())]
    form.discard()
    people_dialog.close()
    window.show_page("pathways")
    settle(window)
    panel = window.pathways_page.experience
    qtbot.waitUntil(lambda: panel.person_id is not None)  # the page arrives off the GUI thread
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    job = panel.dialog
    assert job is not None
    assert job.current.isChecked() and not job.end.isEnabled()  # not a zero-day job
    assert "border" not in job.role.styleSheet()
    qtbot.keyClicks(job.role, "IV technician")
    assert job.save_button.isEnabled(), job.reasons.text()


def test_5_empty_log_one_action_and_no_supervisor_tools_for_a_lone_technician(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow], monkeypatch
) -> None:
    imports: list[int] = []
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, *a: imports.append(a[-1])))
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    window = make_window()
    window.nav.setCurrentRow(window.nav_row("log"))
    settle(window)
    log = window.log_page
    title = next(w for w in log.findChildren(QLabel) if w.text() == "CE Log")
    assert title.y() < log.height() // 10  # the heading stays at the top of the page
    assert log.empty.isVisible() and "No CE logged yet" in log.empty.text()
    for tool in (log.table, log.filters_bar, log.checks_bar, log.actions_bar):
        assert not tool.isVisible()  # nothing to filter, select or check yet
    assert log.empty.button.text() == "&Log your first CE activity…"
    assert log.empty.button.isDefault()  # the one filled (primary) button
    assert window.nav.item(window.nav_row("team")).isHidden()  # no Team page for one person
    assert not window.people_action.isVisible()
    qtbot.mouseClick(log.empty.other, Qt.MouseButton.LeftButton)
    assert imports == [ana]
    qtbot.mouseClick(log.empty.button, Qt.MouseButton.LeftButton)
    dialog = log.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.uan, "0197-0000-26-014-l05-t")
    qtbot.keyClicks(dialog.title_edit, "Look-alike, sound-alike drugs")
    qtbot.keyClicks(dialog.hours, "1.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(log.table.isVisible)
    assert not log.empty.isVisible() and log.actions_bar.isVisible()
    assert not log.checks_bar.isVisible()  # a lone technician checks nobody's records
    window.show_page("settings")
    tick = window.settings_page.supervisor
    qtbot.waitUntil(lambda: tick.isVisible() and tick.width() > 0)
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(8, tick.height() // 2))
    assert tick.isChecked()
    assert not window.nav.item(window.nav_row("team")).isHidden()  # chosen in Settings
    assert window.people_action.isVisible()
    window.show_page("log")
    assert log.checks_bar.isVisible()


def test_5_a_team_shows_the_supervisor_tools_without_asking(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    window.show_page("log")
    settle(window)
    assert not window.nav.item(window.nav_row("team")).isHidden()
    assert window.people_action.isVisible()
    assert window.log_page.empty.isVisible()  # Ana has no CE yet: no checks on nothing
    assert not window.log_page.checks_bar.isVisible()


def test_5_nobody_yet_the_empty_log_leads_to_the_first_run(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.skip_button, Qt.MouseButton.LeftButton)
    window.show_page("log")
    log = window.log_page
    assert "Add yourself first" in log.empty.text()
    qtbot.mouseClick(log.empty.button, Qt.MouseButton.LeftButton)
    assert window.outer.currentWidget() is window.welcome


def test_6_first_run_in_three_steps_with_suggestions_and_no_made_up_expiry(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow], monkeypatch
) -> None:
    launched: list[bool] = []
    monkeypatch.setattr(
        SampleData, "launch", classmethod(lambda cls: launched.append(True) or True)
    )
    window = make_window()
    welcome = window.welcome
    assert welcome.indicator.current == 0
    qtbot.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)
    assert launched == [True]  # the sample records open in a window of their own
    qtbot.keyClicks(welcome.name, "Dana Cole")
    welcome.state.setFocus()
    qtbot.keyClicks(welcome.state, "tx")
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert welcome.indicator.current == 1
    fields = welcome.fields
    state_id = "tx-technician"
    assert fields.type_combo.currentData() == state_id  # not NHA
    assert "PTCB" in welcome.suggestion.text()
    assert fields.expires.line.text() == ""  # no made-up expiry
    qtbot.mouseClick(welcome.add_button, Qt.MouseButton.LeftButton)
    assert "expiration date" in welcome.problem.text() and welcome.added.count() == 0
    qtbot.keyClicks(fields.expires.line, "02/28/2027")
    qtbot.keyClick(fields.expires.line, Qt.Key.Key_Tab)
    qtbot.mouseClick(welcome.add_button, Qt.MouseButton.LeftButton)
    assert welcome.added.count() == 1
    assert fields.type_combo.currentData() == "ptcb-cpht"  # the next suggestion
    assert fields.expires.line.text() == ""
    qtbot.mouseClick(fields.expires.line, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fields.expires.line, "03/31/2027")
    qtbot.keyClick(fields.expires.line, Qt.Key.Key_Tab)
    qtbot.mouseClick(welcome.finish_button, Qt.MouseButton.LeftButton)  # adds the typed one
    assert welcome.indicator.current == 2
    assert "2 credentials" in welcome.summary.text()
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    dana = people.find_person(ctx, "Dana Cole")
    held = {(c.type_id, c.expires_on) for c in credentials.list_credentials(ctx, dana.id)}
    assert held == {(state_id, dt.date(2027, 2, 28)), ("ptcb-cpht", dt.date(2027, 3, 31))}


def test_6_skipping_leads_to_an_empty_state_with_one_button(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.skip_button, Qt.MouseButton.LeftButton)
    page = window.dashboard_page
    assert window.current_page() is page
    assert page.add_credential_button.isVisible()
    assert page.add_credential_button.text() == "Set up my records…"
    qtbot.mouseClick(page.add_credential_button, Qt.MouseButton.LeftButton)
    assert window.outer.currentWidget() is window.welcome


def test_7_a_sensible_minimum_size_and_nothing_clipped_at_1024x640(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.resize(400, 300)  # as far as a person can drag it
    assert (window.width(), window.height()) >= MINIMUM_SIZE
    assert window.minimumWidth() >= 800 and window.minimumHeight() >= 520
    window.resize(1024, 640)
    for page in ("log", "credentials", "pathways", "settings"):
        qtbot.mouseClick(
            window.nav.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.nav.visualItemRect(window.nav.item(window.nav_row(page))).center(),
        )
        assert window.current_page().name == page
        assert looking.problems(window) == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_12_cut_text_is_elided_and_told_in_a_tooltip(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow]
) -> None:
    long_provider = "Gulf Coast Health-System Pharmacy Education Consortium"
    data = activities.get_activity(ctx, activities.list_activities(ctx, ana)[0].id)
    activities.update_activity(
        ctx,
        data.id,
        ActivityInput(
            data.title, data.completed_on, data.hours, provider=long_provider, uan=data.uan
        ),
    )
    window = make_window()
    window.resize(1024, 640)
    window.show_page("log")
    settle(window)
    page = window.log_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    combo = page.format_filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "Live and home study"
    combo.resize(90, combo.height())
    assert combo.is_elided() and combo.toolTip() == "Show format: Live and home study"
    table = page.table
    row = next(
        r
        for r in range(table.model().rowCount())
        if table.model().index(r, 2).data() == long_provider
    )
    index = table.model().index(row, 2)
    rect = table.visualRect(index)
    assert table.fontMetrics().horizontalAdvance(long_provider) > rect.width()  # cut
    qtbot.mouseMove(table.viewport(), rect.center())
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.text() == long_provider)


def _mnemonics(window: MainWindow) -> list[str]:
    """The Alt+letter keys claimed in the window as shown: menus and visible controls."""
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QPushButton | QCheckBox | QLabel):
            texts.append(widget.text() if not isinstance(widget, QLabel) or widget.buddy() else "")
    keys = []
    for text in texts:
        cleaned = text.replace("&&", "")
        if "&" in cleaned:
            keys.append(cleaned[cleaned.index("&") + 1].lower())
    return keys


def test_15_one_claim_per_alt_key_help_glossary_and_shortcuts(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow]
) -> None:
    _team(ctx)
    window = make_window()
    for page in ("dashboard", "log", "credentials", "pathways", "team", "settings"):
        window.show_page(page)
        keys = _mnemonics(window)
        assert keys.count("e") == 1, (page, keys)  # the Edit menu's only
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    names = [a.text() for a in help_menu.actions()]
    assert "&Glossary…" in names and "&Keyboard shortcuts…" in names
    next(a for a in help_menu.actions() if a.text() == "&Glossary…").trigger()
    glossary = window.findChild(TextDialog)
    assert glossary is not None and glossary.windowTitle() == "Glossary"
    words = glossary.browser.toPlainText()
    for term in ("UAN", "Topic codes", "Technician-specific", "CPE Monitor", "Renewal window"):
        assert term in words
    assert "recognised" not in words
    qtbot.mouseClick(glossary.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not glossary.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [keys_page] = [d for d in window.findChildren(TextDialog) if d.isVisible()]
    assert keys_page.windowTitle() == "Keyboard shortcuts"
    listed = keys_page.browser.toPlainText()
    assert "Log a CE activity" in listed and "Ctrl+N" in listed and "Undo" in listed


def test_10_roster_preview_in_words(
    qtbot: QtBot, ctx: Context, make_window: Callable[[], MainWindow], tmp_path
) -> None:
    _team(ctx)  # Ana Ruiz is recorded without an e-mail
    roster = tmp_path / "roster.csv"
    later = end_of_month(TODAY + dt.timedelta(days=400))
    roster.write_text(
        "Name,Email,Role,Home state,Credential type,Credential number,Expiration\n"
        f"Ana Ruiz,ana@example.com,technician,TX,tx-technician,T-1,{later}\n"
        f"Eve Stone,,technician,TX,tx-technician,T-2,{later}\n"
    )
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    dialog.load(roster)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    ana, eve = rows
    assert ana[3] == "Adds to someone already here"  # not "Add – new person"
    assert eve[3] == "Adds a new person"
    texas = "Texas pharmacy technician registration"
    assert ana[2] == f"{texas}, expires {date_text(later)}"
    assert all("tx-technician" not in cell for row in rows for cell in row)
    assert all(later.isoformat() not in cell for row in rows for cell in row)


def test_10_import_preview_and_mapping_in_words(
    qtbot: QtBot, ctx: Context, ana: int, tmp_path
) -> None:
    dialog = ImportDialog(ctx, EventHub(), ana)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Choose a file first")  # not "file: …"
    logged = activities.list_activities(ctx, ana)[0]
    path = tmp_path / "my-ce.csv"
    path.write_text(
        "Lesson,Finished,Len,UAN\n"
        "Workplace safety,07/04/2025,2,\n"
        f"{logged.title},{logged.completed_on:%m/%d/%Y},{logged.hours},{logged.uan}\n"
    )
    qtbot.keyClicks(dialog.file_edit, str(path))
    with qtbot.waitSignal(dialog.hub.actions.settled):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    for field, column, sample in (
        ("title", "Lesson", "e.g. “Workplace safety”"),
        ("date", "Finished", "e.g. “07/04/2025”"),
        ("hours", "Len", "e.g. “2”"),
    ):
        box = dialog.column_boxes[Field(field)]
        box.setFocus()
        qtbot.keyClicks(box, column)
        assert dialog.samples[Field(field)].text() == sample
    with qtbot.waitSignal(dialog.hub.actions.settled):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    model = dialog.model
    shown = [[model.index(r, c).data() for c in range(8)] for r in range(model.rowCount())]
    assert shown[0][3] == "Jul 4, 2025"
    assert shown[1][1].startswith("Skip") and "activity #" not in shown[1][2]
    assert shown[1][2].startswith("Already in your CE log")
