"""Help ▸ Renewal rules…: a technician chooses a state and reads its rules with sources."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.catalog import Catalog
from rxtracker.services import Context
from rxtracker.ui.dialogs.rules_dialog import RulesDialog
from rxtracker.ui.main_window import MainWindow


def test_choosing_a_state_shows_its_rules_sources_and_checked_date(
    qtbot: QtBot, ctx: Context
) -> None:
    dialog = RulesDialog(ctx.catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.chooser.findText("WA · Washington pharmacy technician licence")
    assert index >= 0
    dialog.chooser.setCurrentIndex(index)
    text = dialog.browser.toPlainText()
    # https://lawfilesext.leg.wa.gov/law/wsr/2023/05/23-05-010.htm : 20 h ACPE per 2 years.
    assert "CE: 20 h every 2 years." in text
    assert "At least 20 hours of CE per cycle." in text
    assert "Source: https://lawfilesext.leg.wa.gov/law/wsr/2023/05/23-05-010.htm" in text
    assert "(checked 2026-12-06)" in text
    assert 'href="https://lawfilesext.leg.wa.gov/law/wsr/2023/05/23-05-010.htm"' in (
        dialog.browser.toHtml()
    )


def test_long_addresses_are_shortened_but_linked_in_full(qtbot: QtBot, ctx: Context) -> None:
    dialog = RulesDialog(ctx.catalog)
    qtbot.addWidget(dialog)
    dialog.select("ut-technician")
    text, markup = dialog.browser.toPlainText(), dialog.browser.toHtml()
    assert "d1tvxue8o4w0fl.cloudfront.net/…/section-r156-17b-309-continuing-education" in text
    assert "utah-administrative-code/commerce/title-r156" in markup  # the link is whole


def test_a_state_with_no_confirmed_ce_says_so(qtbot: QtBot, ctx: Context) -> None:
    dialog = RulesDialog(ctx.catalog)
    qtbot.addWidget(dialog)
    dialog.select("ky-technician")
    text = dialog.browser.toPlainText()
    assert "CE: not found." in text
    assert "rxtracker found no official statement of the CE needed" in text
    assert "Facts not confirmed from an official page." in text


def test_every_jurisdiction_can_be_chosen(qtbot: QtBot, ctx: Context) -> None:
    dialog = RulesDialog(ctx.catalog)
    qtbot.addWidget(dialog)
    states = {dialog.chooser.itemText(i)[:2] for i in range(dialog.chooser.count())}
    assert {"PR", "DC", "WY", "AL"} <= states
    assert dialog.chooser.findData("ptcb-cpted") >= 0


def test_help_menu_opens_renewal_rules(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Catalog] = []
    monkeypatch.setattr(RulesDialog, "ask", classmethod(lambda cls, c, p=None: opened.append(c)))
    window = make_window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "&Renewal rules…")
    action.trigger()
    assert opened == [window.ctx.catalog]
    assert action.isEnabled() and window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_the_rules_read_in_spanish(qtbot: QtBot, ctx: Context) -> None:
    language = pytest.importorskip("rxtracker.language")
    activation = language.activate("es", "es_US")
    try:
        dialog = RulesDialog(ctx.catalog)
        qtbot.addWidget(dialog)
        assert dialog.chooser.findText("WA · Licencia de técnico de farmacia de Washington") >= 0
        dialog.select("wa-technician")
        text = dialog.browser.toPlainText()
    finally:
        language.deactivate(activation)
    assert "EC: 20 h cada 2 años. Datos confirmados en las páginas del propio emisor" in text
    assert "Al menos 20 horas de EC por ciclo." in text
    assert "Solo cuenta para las horas: EC acreditada por ACPE." in text
    assert "(revisada el 6 dic 2026)" in text
