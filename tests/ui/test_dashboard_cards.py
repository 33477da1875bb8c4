"""The dashboard's cards: kept when a read brings them back the same, built one per turn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from pytestqt.qtbot import QtBot

from rxtracker.domain import end_of_month
from rxtracker.services import Context, CredentialInput, credentials
from rxtracker.ui import theme
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, settle

Window = Callable[[], MainWindow]


def _two_credentials(ctx: Context, ana: int, make_window: Window) -> MainWindow:
    texas = end_of_month(TODAY + dt.timedelta(days=400))
    credentials.add_credential(ctx, ana, CredentialInput("tx-technician", texas, number="77"))
    window = make_window()
    window.show_page("dashboard")
    settle(window)
    return window


def _reread(window: MainWindow) -> None:
    window.dashboard_page.reload_now()
    settle(window)


def test_cards_that_come_back_the_same_keep_their_widgets(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = _two_credentials(ctx, ana, make_window)
    before = window.dashboard_page.cards
    assert [c.card.type_id for c in before] == ["ptcb-cpht", "tx-technician"]
    _reread(window)
    assert window.dashboard_page.cards == before  # the same widgets, nothing rebuilt
    assert all(card.isVisible() for card in before)


def test_a_changed_card_takes_the_old_ones_place_and_the_other_stays(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = _two_credentials(ctx, ana, make_window)
    ptcb, texas = window.dashboard_page.cards
    row = next(c for c in credentials.list_credentials(ctx, ana) if c.type_id == "tx-technician")
    data = CredentialInput("tx-technician", row.expires_on, number="78")
    credentials.update_credential(ctx, row.id, data)
    _reread(window)
    first, second = window.dashboard_page.cards
    assert first is ptcb
    assert second is not texas and second.card.number == "78"  # in the same place
    qtbot.waitUntil(second.isVisible)  # a widget added to a shown page shows next turn
    assert not shiboken6.isValid(texas)  # the old card is gone
    box = window.dashboard_page.cards_box
    assert [box.itemAt(i).widget() for i in range(box.count())] == [first, second]


def test_every_card_appears_after_the_read_one_per_turn(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = _two_credentials(ctx, ana, make_window)
    page = window.dashboard_page
    view = page.view
    assert view is not None
    page.shelf.clear()
    seen: list[int] = []  # the cards on screen after each turn that builds one
    build = page.shelf._build_next

    def recording(generation: int) -> None:
        build(generation)
        seen.append(len(page.cards))

    page.shelf._build_next = recording  # type: ignore[method-assign]
    page.shelf.show(view.cards, [None, None])
    assert page.cards == [] and page.filling()  # nothing built in the read's own turn
    qtbot.waitUntil(lambda: not page.filling())
    assert seen == [1, 2]  # one card per turn (a poll may see two turns at once: not used)
    assert [c.card for c in page.cards] == list(view.cards)
    qtbot.waitUntil(lambda: all(card.isVisible() for card in page.cards))


def test_another_theme_builds_the_cards_again(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = _two_credentials(ctx, ana, make_window)
    before = window.dashboard_page.cards
    theme.apply_theme("dark" if theme.current_palette() is theme.LIGHT else "light")
    try:
        _reread(window)
        assert not set(window.dashboard_page.cards) & set(before)
    finally:
        theme.apply_theme(window.settings.theme)
