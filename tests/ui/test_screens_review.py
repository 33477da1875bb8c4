"""Issue 19's screen review beyond the dashboard: empty states with one action, Pathways as
real progress along the nearest route, the Team grid's frozen names and side panel; driven by
clicks on real windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from rxtracker.domain import Role, end_of_month
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people
from rxtracker.services.views import pathways_view
from rxtracker.ui import theme
from rxtracker.ui.dialogs.history_dialog import HistoryDialog
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.widgets.progress_delegate import FRACTION_ROLE
from tests.ui import looking
from tests.ui.conftest import TODAY, settle

Window = Callable[[], MainWindow]


def test_no_credentials_yet_one_button_opens_the_form(
    qtbot: QtBot, ctx: Context, make_window: Window
) -> None:
    people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX"))
    window = make_window()
    window.nav.setCurrentRow(window.nav_row("credentials"))
    settle(window)
    page = window.credentials_page
    assert page.empty.isVisible() and "No credentials yet" in page.empty.text()
    for tool in (page.table, page.buttons_bar, page.past_table):
        assert not tool.isVisible()  # no Renew, Edit, Remove around nothing
    assert page.empty.button.isDefault()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


def test_credentials_before_anybody_lead_to_the_first_run(
    qtbot: QtBot, make_window: Window
) -> None:
    window = make_window()
    qtbot.mouseClick(window.welcome.skip_button, Qt.MouseButton.LeftButton)
    window.show_page("credentials")
    page = window.credentials_page
    assert "Add yourself first" in page.empty.text()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert window.outer.currentWidget() is window.welcome


def test_empty_pages_fit_at_1024x640_light_and_dark(
    qtbot: QtBot, ctx: Context, make_window: Window
) -> None:
    people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX"))
    window = make_window()
    window.resize(1024, 640)
    try:
        for mode in ("light", "dark"):
            theme.apply_theme(mode)
            for page in ("log", "credentials"):
                window.show_page(page)
                settle(window)
                QApplication.processEvents()  # the layout of what was just shown
                assert window.current_page().empty.isVisible()  # type: ignore[attr-defined]
                assert looking.problems(window) == [], (page, mode)
    finally:
        theme.apply_theme("light")


def test_pathways_count_along_the_nearest_route_and_say_what_is_next(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    view = pathways_view(ctx, ana, TODAY)
    index = next(i for i, p in enumerate(view.pathways) if p.id == "ptcb-cpht-adv")
    adv, progress = view.pathways[index], view.progress[index]
    everything = [s for s in adv.steps if s.required]
    assert progress.required < len(everything)  # not the steps of both "Either" routes
    assert progress.route and progress.missing and progress.done >= 1  # the CPhT counts
    window = make_window()
    window.nav.setCurrentRow(window.nav_row("pathways"))
    settle(window)
    page = window.pathways_page
    item = page.list.item(index)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.list.currentRow() == index
    assert item.data(FRACTION_ROLE) == progress.done / progress.required  # the bar's length
    assert item.toolTip().startswith("Next: ")
    text = page.detail.toPlainText()
    assert f"{progress.done} of {progress.required} steps done. Next: " in text
    assert "Counted along the nearest way" in text and "Still to do:" in text
    for label in progress.missing:
        assert label in text


def _team_of_many_credentials(ctx: Context) -> None:
    """Three technicians across eight credential types: the grid scrolls sideways at 1024."""
    expires = end_of_month(TODAY + dt.timedelta(days=300))
    states = ("tx", "fl", "nv", "az", "ca", "co", "ga")
    for number, name in enumerate(("Ana Ruiz", "Bo Li", "Cy Moss")):
        person = people.add_person(ctx, PersonInput(name, home_state="TX")).value
        credentials.add_credential(ctx, person.id, CredentialInput("ptcb-cpht", expires))
        for state in states[number::3]:
            credentials.add_credential(
                ctx, person.id, CredentialInput(f"{state}-technician", expires)
            )


def test_team_names_stay_in_view_and_the_side_panel_follows_the_choice(
    qtbot: QtBot, ctx: Context, make_window: Window
) -> None:
    _team_of_many_credentials(ctx)
    window = make_window()
    window.resize(1024, 640)
    window.nav.setCurrentRow(window.nav_row("team"))
    settle(window)
    page = window.team_page
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0  # the credentials do not all fit: the grid scrolls sideways
    bar.setValue(bar.maximum())
    names = table.frozen
    assert names.isVisible() and names.x() <= table.frameWidth() + 1
    assert names.width() == table.columnWidth(0)
    row = next(r for r in range(3) if page.model.row_at(r).person.name == "Bo Li")
    where = names.visualRect(page.model.index(row, 0)).center()
    assert names.indexAt(where).row() == row  # Bo's name is still there, scrolled or not
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=where)
    panel = page.person_panel
    assert window.current_page() is page  # a click chooses; it does not leave the page
    assert panel.name.text() == "Bo Li" and "Technician, TX" in panel.about.text()
    assert "PTCB Certified Pharmacy Technician" in panel.held.text()
    assert "days left" in panel.held.text()
    assert table.currentIndex().row() == row  # the grid and the names share the choice
    QApplication.processEvents()  # the panel's new lines laid out
    assert looking.problems(window) == []
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page().name == "dashboard"
    assert window.person_combo.currentText() == "Bo Li"


def test_a_supervisor_alone_is_offered_the_roster_and_filters_can_be_undone(
    qtbot: QtBot, ctx: Context, make_window: Window, monkeypatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(PeopleDialog, "ask", classmethod(lambda cls, *a: asked.append(True)))
    people.add_person(ctx, PersonInput("Cy Moss", role=Role.SUPERVISOR))
    window = make_window()
    window.nav.setCurrentRow(window.nav_row("team"))  # listed: Cy is a supervisor
    settle(window)
    page = window.team_page
    qtbot.waitUntil(lambda: page.whole is not None)  # the team evaluated, off the GUI thread
    assert page.empty.isVisible() and "No one to show yet" in page.empty.text()
    assert not page.table.isVisible() and not page.actions_bar.isVisible()
    qtbot.mouseClick(page.empty.other, Qt.MouseButton.LeftButton)
    assert asked == [True]
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()  # the roster import
    page.dialog.reject()


def test_nobody_matching_the_filters_has_one_way_back(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    people.add_person(ctx, PersonInput("Bo Li", home_state="FL"))
    window = make_window()
    window.show_page("team")
    settle(window)
    page = window.team_page
    qtbot.waitUntil(lambda: page.whole is not None)  # the team evaluated, off the GUI thread
    everybody = page.model.rowCount()
    page.role_filter.setCurrentIndex(page.role_filter.findText("Supervisors"))
    qtbot.waitUntil(lambda: not page.refilter.isActive())  # applied the turn after
    assert page.empty.isVisible() and "Nobody matches these filters" in page.empty.text()
    assert page.actions_bar.isVisible()  # the team is there, only filtered out
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.refilter.isActive())
    assert page.role_filter.currentIndex() == 0 and page.model.rowCount() == everybody > 0
    assert page.table.isVisible() and not page.empty.isVisible()


def test_a_history_with_nothing_recorded_says_so_with_one_button(
    qtbot: QtBot, ctx: Context, ana: int
) -> None:
    dialog = HistoryDialog(ctx, "activity", 10_000, "A course from an old backup")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.empty.isVisible() and "No change recorded yet" in dialog.empty.text()
    assert not dialog.table.isVisible()
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert buttons == [dialog.empty.button]  # one button: Close
    qtbot.mouseClick(dialog.empty.button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
