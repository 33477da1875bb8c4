"""The dashboard card's application steps, typed and clicked as a technician would (issue 20).

PTCB: a returned application is resubmitted within 30 days, with a $10 reprocessing fee
(https://ptcb.zendesk.com/hc/en-us/articles/206169508-Why-was-my-renewal-application-returned-What-do-I-need-to-do-next).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.domain import end_of_month
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people
from rxtracker.services.views import Step
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.widgets.credential_card import CredentialCard
from tests.ui.conftest import TODAY

Window = Callable[[], MainWindow]


@pytest.fixture
def due_soon(ctx: Context) -> int:
    """Ana, whose PTCB CPhT expires within the 60-day renewal window."""
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    expires = end_of_month(TODAY + dt.timedelta(days=40))
    added = credentials.add_credential(ctx, ana, CredentialInput("ptcb-cpht", expires))
    return added.value.id


def _card(window: MainWindow) -> CredentialCard:
    return next(c for c in window.dashboard_page.cards if c.card.type_id == "ptcb-cpht")


def _click_step(qtbot: QtBot, window: MainWindow, step: Step) -> None:
    qtbot.mouseClick(_card(window).step_buttons[step], Qt.MouseButton.LeftButton)


def _save(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.dashboard_page.step_dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_applied_then_returned_then_resubmitted_from_the_card(
    qtbot: QtBot, due_soon: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("dashboard")
    assert set(_card(window).step_buttons) == {Step.APPLIED, Step.APPROVED}
    assert not _card(window).renewal_label.isVisible()

    _click_step(qtbot, window, Step.APPLIED)
    _save(qtbot, window)
    qtbot.waitUntil(lambda: "Applied on" in _card(window).renewal_label.text())
    assert "(fee $55 paid); not approved yet." in _card(window).renewal_label.text()
    assert set(_card(window).step_buttons) == {Step.RETURNED, Step.APPROVED}

    _click_step(qtbot, window, Step.RETURNED)
    qtbot.keyClicks(window.dashboard_page.step_dialog.reasons, "Missing 1 hour of pharmacy law CE")
    _save(qtbot, window)
    resubmit_by = TODAY + dt.timedelta(days=30)
    qtbot.waitUntil(lambda: "Returned on" in _card(window).renewal_label.text())
    text = _card(window).renewal_label.text()
    assert "(Missing 1 hour of pharmacy law CE)" in text
    assert f"Resubmit by {resubmit_by:%b} {resubmit_by.day}, {resubmit_by.year}" in text
    assert "$10 reprocessing fee" in text
    upcoming = [(u.label, u.day) for u in window.dashboard_page.view.upcoming]  # type: ignore[union-attr]
    assert ("resubmission due", resubmit_by) in upcoming

    _click_step(qtbot, window, Step.RESUBMITTED)
    _save(qtbot, window)
    qtbot.waitUntil(lambda: "Resubmitted on" in _card(window).renewal_label.text())
    assert set(_card(window).step_buttons) == {Step.RETURNED, Step.APPROVED}


def test_a_step_the_rules_refuse_keeps_the_form_open_with_the_reason(
    qtbot: QtBot, due_soon: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("dashboard")
    _click_step(qtbot, window, Step.APPLIED)
    dialog = window.dashboard_page.step_dialog
    qtbot.keyClicks(dialog.fee, "fifty")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not recorded" in dialog.problem.text())
    assert "is not an amount of dollars" in dialog.problem.text() and dialog.isVisible()
    dialog.reject()


def test_the_team_grid_says_returned_in_a_word(
    qtbot: QtBot, ctx: Context, due_soon: int, make_window: Window
) -> None:
    from rxtracker.services.renewal import StepInput, record_step

    people.add_person(ctx, PersonInput("Cy Moss"))
    record_step(ctx, due_soon, StepInput(Step.APPLIED, TODAY))
    record_step(ctx, due_soon, StepInput(Step.RETURNED, TODAY, reasons="Proof lacked the UAN"))
    window = make_window()
    window.show_page("team")
    page = window.team_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    model = page.model
    assert model.view is not None
    column = 1 + [c.type_id for c in model.view.columns].index("ptcb-cpht")
    row = next(r for r in range(model.rowCount()) if model.row_at(r).person.name == "Ana Ruiz")
    text = model.data(model.index(row, column))
    assert text.split("\n")[0].endswith("· Returned")
    tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert "Proof lacked the UAN" in tip


def test_ready_to_apply_lists_what_is_missing_and_takes_the_confirmations(
    qtbot: QtBot, due_soon: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("dashboard")
    qtbot.mouseClick(_card(window).ready_button, Qt.MouseButton.LeftButton)
    dialog = window.dashboard_page.ready_dialog
    assert dialog.view is not None and not dialog.view.ready
    assert "not ready yet" in dialog.verdict.text()
    assert {c.id for c in dialog.view.checks if not c.done} >= {"hours", "eprofile", "birthday"}
    qtbot.mouseClick(dialog.confirm_buttons["birthday"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "birthday" not in dialog.confirm_buttons)
    assert next(c for c in dialog.view.checks if c.id == "birthday").done
    assert "ptcb-number" in dialog.confirm_buttons
    dialog.reject()


def test_an_audit_from_the_card_notice_then_documents_sent(
    qtbot: QtBot, due_soon: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("dashboard")
    qtbot.mouseClick(_card(window).audit_button, Qt.MouseButton.LeftButton)
    dialog = window.dashboard_page.audit_dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Audit noticed on" in _card(window).renewal_label.text())
    assert "send the proof of your CE by" in _card(window).renewal_label.text()
    qtbot.mouseClick(_card(window).audit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.dashboard_page.audit_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Audit documents sent on" in _card(window).renewal_label.text())
