"""The activity form and the dashboard card in Spanish, read as a technician sees them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from rxtracker import i18n, language
from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.domain import Hours, date_text
from rxtracker.services import Context, activities
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, drop_file, settle

Window = Callable[[], MainWindow]
#: A short date the Spanish way: "28 feb 2027", "3 sept 2026".
SPANISH_DATE = re.compile(r"\d{1,2} [a-z]{3,4} \d{4}")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The whole interface in US Spanish (rxtracker's texts, Qt's own, the locale)."""
    activation = language.activate("es", "es_US")
    language.install_in_app(activation)
    yield
    language.deactivate(activation)


def _open_add_dialog(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _labels(dialog: ActivityDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


@pytest.mark.usefixtures("spanish")
def test_the_activity_form_in_spanish_takes_hours_with_a_decimal_comma(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    assert i18n.language() == "es"
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    assert dialog.windowTitle() == "Registrar una actividad de EC"
    assert {"&Título:", "&Fecha de finalización:", "&Cantidad:", "T&ipo de EC:"} <= _labels(dialog)
    assert dialog.uan_note.text().startswith("Opcional. Pegue el número ACPE")
    assert dialog.reasons.text().startswith("Para guardar, por favor:\n• Escriba el título")
    assert dialog.unit.currentText() == "horas de contacto"
    assert SPANISH_DATE.fullmatch(dialog.date.text()), dialog.date.text()
    assert dialog.date.text() == date_text(TODAY)

    qtbot.keyClicks(dialog.uan, "0197-0000")
    assert dialog.uan_note.text().startswith("Siga escribiendo: un UAN tiene 6 partes")
    assert "• Complete el UAN o bórrelo" in dialog.reasons.text()
    dialog.uan.clear()
    qtbot.keyClicks(dialog.title_edit, "Ley de farmacia de Texas")
    qtbot.keyClicks(dialog.hours, "abc")
    assert "La cantidad debe ser un número como 1.5" in dialog.reasons.text()
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "1,5")
    assert dialog.amount() == Hours.parse("1.5")
    assert dialog.reasons.text() == "Listo para guardar."

    day = TODAY - dt.timedelta(days=3)
    dialog.date.line.setText(date_text(day))  # typed as the field writes it: "4 dic 2026"
    dialog.date.line.editingFinished.emit()
    assert dialog.date.value() == day
    assert dialog.date.problem is None

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = next(a for a in activities.list_activities(ctx, ana) if a.title.startswith("Ley"))
    assert (saved.hours, saved.completed_on) == (Hours.parse("1.5"), day)


@pytest.mark.usefixtures("spanish")
def test_the_discard_question_is_spanish(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.title_edit, "Algo")
    dialog.reject()
    box = dialog.discard_box
    assert box is not None
    assert box.windowTitle() == "¿Descartar esta actividad?"
    assert dialog.keep_button.text() == "Seguir editando"
    box.reject()


@pytest.mark.usefixtures("spanish")
def test_the_dashboard_card_in_spanish(qtbot: QtBot, ana: int, make_window: Window) -> None:
    window = make_window()
    window.show_page("dashboard")
    settle(window)
    card = next(c for c in window.dashboard_page.cards if c.card.type_id == "ptcb-cpht")
    # 3.5 of 20 hours with five months left is behind the even pace
    assert card.phase_label.text() in ("Atrasado", "En riesgo")
    deadline = card.card.deadline
    assert deadline is not None
    on = date_text(deadline)
    assert SPANISH_DATE.fullmatch(on), on
    sentence = card.next_label.text()
    assert sentence.startswith("Tome 16.5 horas más (incluidas 11.5 de "), sentence
    assert f" a más tardar el {on} (" in sentence
    assert card.bar_texts["total"].text() == "3.5 de 20 h, faltan 16.5"
    assert card.log_button.text() == "Registrar EC…"
    assert card.why_button.text() == "¿Por qué? ▸"
    assert card.dates_label.text().startswith("Empezó el ")
    assert "<b>Las reglas de este ciclo:</b>" in card.why.text()
    assert "<b>Legislación farmacéutica" in card.why.text()  # the catalog's own Spanish


@pytest.mark.usefixtures("spanish")
def test_a_certificate_fills_the_spanish_form_and_says_so_in_spanish(
    qtbot: QtBot, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    dialog = _open_add_dialog(qtbot, window)
    lines = [
        "This certifies that Ana M. Ruiz",
        "has completed",
        "Look-alike, sound-alike drugs",
        "Provider: SafeMeds Institute",
        "ACPE UAN: 0197-0000-26-014-H05-T",
        "Contact hours: 1.5",
        "Date completed: 03/02/2026",
    ]
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=60_000):
        drop_file(dialog.certificate, write_certificate_pdf(tmp_path / "lasa.pdf", lines))
    assert dialog.date.text() == date_text(dt.date(2026, 3, 2)) == "2 mar 2026"
    assert dialog.marks["title"].text() == "✓ del certificado"
    assert dialog.title_edit.accessibleDescription() == "Título: leído del certificado"
    assert dialog.certificate_note.text() == (
        "Completado desde el certificado: UAN, título, proveedor, fecha de finalización y horas"
    )
    assert "(PDF, 1 KB) se guardará con el registro." in dialog.certificate.label.text()
