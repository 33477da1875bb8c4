"""Custom credential types and non-hour items, defined and recorded from the Credentials page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, credentials
from rxtracker.services.custom_types import list_custom_types
from rxtracker.ui.dialogs.custom_type_dialog import CustomTypeDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.widgets.credential_card import CredentialCard
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]
NAME = "St. Mary's annual sterile training"


def _card_texts(card: CredentialCard) -> str:
    return "\n".join(label.text() for label in card.findChildren(QLabel))


def _define_type(qtbot: QtBot, dialog: CustomTypeDialog) -> None:
    assert not dialog.save_button.isEnabled()
    assert "Enter the name of the credential type" in dialog.reasons.text()
    qtbot.keyClicks(dialog.name, NAME)
    qtbot.keyClicks(dialog.issuer, "St. Mary's Hospital")
    qtbot.keyClicks(dialog.total, "eight")
    assert "Total hours must be a number" in dialog.reasons.text()
    assert "Total hours must be a number" in dialog.total.toolTip()
    dialog.total.clear()
    qtbot.keyClicks(dialog.total, "8")
    qtbot.mouseClick(dialog.add_minimum_button, Qt.MouseButton.LeftButton)
    minimum = dialog.minimum_rows[0]
    minimum.subject.setCurrentIndex(minimum.subject.findText("Subject: Sterile compounding"))
    qtbot.keyClicks(minimum.hours, "12")
    assert not dialog.save_button.isEnabled()
    assert "Minimum 1: 12 hours must be more than 0 and at most 8" in dialog.reasons.text()
    minimum.hours.clear()
    qtbot.keyClicks(minimum.hours, "2")
    qtbot.keyClicks(dialog.items, "Annual competency attestation")
    dialog.cycle.setValue(12)
    assert dialog.save_button.isEnabled(), dialog.reasons.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_define_a_type_hold_it_and_record_its_attestation(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    qtbot.mouseClick(page.new_type_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, CustomTypeDialog)
    _define_type(qtbot, page.dialog)
    assert [t.credential_type.name for t in list_custom_types(ctx)] == [NAME]

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    combo = form.fields.type_combo
    index = combo.findText(NAME)
    assert index >= 0
    combo.setCurrentIndex(index)
    assert "8 hours of CE every 12 months" in form.fields.summary.text()
    form.fields.expires.setDate(QDate.currentDate().addMonths(6))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    held = next(c for c in credentials.list_credentials(ctx, ana) if c.type_name == NAME)
    page.select_credential(held.id)
    settle(window)
    assert page.item_button.isVisible()

    window.show_page("dashboard")
    settle(window)
    card = next(c for c in window.dashboard_page.cards if c.card.credential_id == held.id)
    assert "Annual competency attestation" in _card_texts(card)
    assert "not done yet" in _card_texts(card)

    window.show_page("credentials")
    settle(window)
    qtbot.mouseClick(page.item_button, Qt.MouseButton.LeftButton)
    record = page.dialog
    assert record.item.currentText() == "Annual competency attestation"
    assert "Nothing recorded yet" in record.history.text()
    record.done_on.setDate(QDate.currentDate().addDays(-3))
    qtbot.keyClicks(record.note, "Signed by the pharmacy director")
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert not record.isVisible()
    items = credentials.list_items(ctx, held.id)
    assert [(i.label, i.done_on) for i in items] == [
        ("Annual competency attestation", dt.date.today() - dt.timedelta(days=3))
    ]

    window.show_page("dashboard")
    settle(window)
    card = next(c for c in window.dashboard_page.cards if c.card.credential_id == held.id)
    assert "✓ done" in _card_texts(card)
    assert "not done yet" not in _card_texts(card)


def test_a_type_defined_from_the_credential_form_is_chosen_there(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    page = window.credentials_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    fields = page.dialog.fields
    qtbot.mouseClick(fields.new_type_button, Qt.MouseButton.LeftButton)
    _define_type(qtbot, fields.type_dialog)
    assert fields.type_combo.currentText() == NAME


def test_a_duplicate_name_is_refused_on_the_field(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)  # the page reads off the UI thread
    page = window.credentials_page
    qtbot.mouseClick(page.new_type_button, Qt.MouseButton.LeftButton)
    _define_type(qtbot, page.dialog)
    qtbot.mouseClick(page.new_type_button, Qt.MouseButton.LeftButton)
    again = page.dialog
    qtbot.keyClicks(again.name, NAME.upper())
    qtbot.keyClicks(again.issuer, "Someone")
    qtbot.keyClicks(again.total, "4")
    assert not again.save_button.isEnabled()
    assert "A credential type with this name already exists" in again.name.toolTip()
