"""Forms and pages in Spanish: a reason names its field ("Correo electrónico: ...", not
"Email: ..."), a credential its type in the catalog's Spanish."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rxtracker import language
from rxtracker.services.certificate_batch import CertificateFile
from rxtracker.ui.dialogs.custom_type_dialog import CustomTypeDialog
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.dialogs.person_dialog import PersonDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.certificates import PreviewRow
from tests.ui.conftest import TODAY, settle

Window = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def spanish(qapp: QApplication) -> Iterator[None]:
    """The whole interface in US Spanish."""
    activation = language.activate("es", "es_US")
    language.install_in_app(activation)
    yield
    language.deactivate(activation)


def test_the_person_form_names_the_email_in_spanish(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    dialog = PeopleDialog(window.ctx, window.hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    [form] = [f for f in dialog.findChildren(PersonDialog) if f.isVisible()]
    qtbot.keyClicks(form.name, "Beto Ruiz")
    qtbot.keyClicks(form.email, "beto-en-casa")
    assert "Correo electrónico: " in form.reasons.text(), form.reasons.text()
    assert "Email" not in form.reasons.text()


def test_the_work_experience_form_names_the_end_in_spanish(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("pathways")
    settle(window)
    panel = window.pathways_page.experience
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.role, "Auxiliar IV")  # keyClicks types ASCII only
    qtbot.mouseClick(dialog.current, Qt.MouseButton.LeftButton)
    dialog.start.setDate(QDate.currentDate().addYears(-4))
    dialog.end.setDate(QDate.currentDate().addYears(-5))
    assert "Fin: " in dialog.reasons.text(), dialog.reasons.text()
    assert "End:" not in dialog.reasons.text()


def test_the_custom_type_form_names_a_minimum_in_spanish(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)
    page = window.credentials_page
    qtbot.mouseClick(page.new_type_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CustomTypeDialog)
    qtbot.keyClicks(dialog.name, "Entrenamiento anual")
    qtbot.keyClicks(dialog.issuer, "Hospital Central")
    qtbot.keyClicks(dialog.total, "8")
    qtbot.mouseClick(dialog.add_minimum_button, Qt.MouseButton.LeftButton)
    minimum = dialog.minimum_rows[0]
    minimum.subject.setCurrentIndex(1)
    qtbot.keyClicks(minimum.hours, "12")
    assert "Mínimo 1: " in dialog.reasons.text(), dialog.reasons.text()
    assert "minimum 1" not in dialog.reasons.text()


def test_a_certificate_row_names_its_missing_field_in_spanish(tmp_path: Path) -> None:
    values = {"title": "", "provider": "", "date": "06/02/2026", "hours": "1", "uan": ""}
    row = PreviewRow(CertificateFile(tmp_path / "a.pdf", None), True, values)
    assert row.problem(TODAY) == "el campo título está vacío"
    row.values.update(title="Inmunización", date="13/45/2026")
    problem = row.problem(TODAY) or ""
    assert problem.startswith("el campo fecha de finalización "), problem


def test_the_credentials_page_names_each_type_in_spanish(
    qtbot: QtBot, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("credentials")
    settle(window)
    page = window.credentials_page
    assert page.model.index(0, 0).data() == "Técnico de Farmacia Certificado de PTCB (CPhT)"
    page.table.selectRow(0)
    settle(window)
    assert page.past_title.text() == (
        "Aún no hay ciclos anteriores registrados de "
        "Técnico de Farmacia Certificado de PTCB (CPhT)."
    )
