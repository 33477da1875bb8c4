"""Changes name their kinds; each page reloads only for the kinds and people that concern it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import SETTINGS_CHANGED, Context, Kind, PersonInput, activities, people
from rxtracker.services.custom_types import CustomTypeInput, add_custom_type, delete_custom_type
from rxtracker.services.experience import ExperienceInput, add_experience
from rxtracker.services.verification import verify_activity
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def _custom() -> CustomTypeInput:
    return CustomTypeInput("Hospital badge", "Mercy General", 12, Hours.parse("5"))


def test_services_name_the_kinds_they_change(ctx: Context, ana: int) -> None:
    added = add_custom_type(ctx, _custom())
    assert added.changes.kinds == {Kind.CATALOG} and not added.changes.people
    assert delete_custom_type(ctx, added.value.id).changes.kinds == {Kind.CATALOG}
    start = dt.date.today() - dt.timedelta(days=400)
    period = add_experience(ctx, ana, ExperienceInput("Technician", start))
    assert period.changes.kinds == {Kind.EXPERIENCE} and period.changes.people == {ana}
    edited = people.update_person(ctx, ana, PersonInput("Ana Ruiz-Lopez", home_state="TX"))
    assert edited.changes.kinds == {Kind.PEOPLE}
    first = activities.list_activities(ctx, ana)[0]
    checked = verify_activity(ctx, first.id)
    assert checked.changes.kinds == {Kind.VERIFICATION}
    assert checked.changes.activities == {first.id}


def test_pages_reload_only_for_the_kinds_that_concern_them(
    ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    log, dashboard = window.log_page, window.dashboard_page
    start = dt.date.today() - dt.timedelta(days=400)
    period = add_experience(ctx, ana, ExperienceInput("Technician", start))
    before = log.reload_count
    window.hub.publish(period.changes, "Saved.")
    assert log.reload_count == before  # work periods are not on the CE log
    assert dashboard.stale is False  # nor on the dashboard
    first = activities.list_activities(ctx, ana)[0]
    window.hub.publish(verify_activity(ctx, first.id).changes)
    assert log.reload_count == before + 1
    assert dashboard.stale is False  # a check does not change what counts
    window.hub.publish(SETTINGS_CHANGED, "Reminders now look 30 days ahead.")
    assert dashboard.stale is True and log.reload_count == before + 1


def test_a_catalog_change_concerns_every_person(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    page = window.credentials_page
    before = page.reload_count
    window.hub.publish(add_custom_type(ctx, _custom()).changes)
    assert page.reload_count == before + 1
    other = people.add_person(ctx, PersonInput("Ben Ode", home_state="TX"))
    assert other.changes.kinds == {Kind.PEOPLE}
    window.hub.publish(other.changes)
    assert window.person_combo.findData(other.value.id) >= 0  # the switcher knows Ben
    assert page.reload_count == before + 1  # Ana's credentials did not change
