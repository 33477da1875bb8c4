"""Work experience on the Pathways page: add, edit, remove; the checklists follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Context
from rxtracker.services.experience import list_experience
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.experience import ExperienceModel
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]
CSPT = "PTCB Certified Compounded Sterile Preparation Technician (CSPT)"


def _cspt_words(window: MainWindow) -> str:
    settle(window)
    pathways = window.pathways_page.list
    items = [pathways.item(i).text() for i in range(pathways.count())]
    return next(text for text in items if text.startswith(CSPT)).split("\n")[1]


def _tick(dialog, words: str) -> None:  # type: ignore[no-untyped-def]
    areas = dialog.area_list
    item = next(areas.item(i) for i in range(areas.count()) if areas.item(i).text() == words)
    item.setCheckState(Qt.CheckState.Checked)


def test_add_edit_and_remove_work_experience(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, qtmodeltester
) -> None:
    window = make_window()
    window.show_page("pathways")
    settle(window)
    panel = window.pathways_page.experience
    assert not panel.empty.isHidden()
    assert _cspt_words(window) != "Ready to apply"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled()
    assert "Enter your role" in dialog.reasons.text()
    qtbot.keyClicks(dialog.role, "IV technician")
    dialog.setting.setCurrentText("Hospital pharmacy")
    assert dialog.current.isChecked()  # a new job is the current one, never zero days long
    qtbot.mouseClick(dialog.current, Qt.MouseButton.LeftButton)
    dialog.start.setDate(QDate.currentDate().addYears(-4))
    dialog.end.setDate(QDate.currentDate().addYears(-5))
    assert not dialog.save_button.isEnabled()
    assert "End:" in dialog.reasons.text() and "before the start" in dialog.end.toolTip()
    qtbot.mouseClick(dialog.current, Qt.MouseButton.LeftButton)
    assert not dialog.end.isEnabled()
    _tick(dialog, "Sterile compounding (CSP, IV room)")
    assert dialog.save_button.isEnabled(), dialog.reasons.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)

    saved = list_experience(ctx, ana)
    assert [(r.role, r.end_on, r.areas) for r in saved] == [
        ("IV technician", None, ("sterile-compounding",))
    ]
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 2).data().endswith("– now")
    assert _cspt_words(window) == "Ready to apply"  # 3 years of CSP work: PTCB's pathway 2
    qtmodeltester.check(panel.model)

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.role.text() == "IV technician" and dialog.current.isChecked()
    dialog.hours.setValue(15)  # part time counts pro rata: 4 years at 15 h = 2 years
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list_experience(ctx, ana)[0].hours_per_week == 15
    assert _cspt_words(window) != "Ready to apply"

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    assert box is not None and "IV technician" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle(window)
    assert list_experience(ctx, ana) == []
    assert panel.table.isHidden() and not panel.empty.isHidden()


def test_the_experience_form_asks_before_discarding(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("pathways")
    settle(window)
    panel = window.pathways_page.experience
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.keyClicks(dialog.role, "Billing specialist")
    qtbot.keyClick(dialog.role, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.discard_box is not None
    assert dialog.discard_box.text().startswith("Discard this period of work?")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert list_experience(ctx, ana) == []


def test_experience_model_shows_plain_words(qtmodeltester, ana: int, ctx: Context) -> None:
    from rxtracker.services.experience import ExperienceInput, add_experience

    row = add_experience(
        ctx,
        ana,
        ExperienceInput(
            "Technician", dt.date(2020, 1, 6), dt.date(2023, 2, 28), 32, ("billing", "retail-ops")
        ),
    ).value
    model = ExperienceModel()
    model.set_rows([row])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Jan 6, 2020 – Feb 28, 2023"
    assert model.index(0, 4).data() == "Billing and reimbursement, retail-ops"


def test_areas_of_work_read_in_spanish() -> None:
    """The form's areas and the Pathways table's, in the same words as the checklists."""
    from rxtracker.catalog import load_builtin
    from rxtracker.services.experience import ExperienceRow
    from rxtracker.ui.dialogs.experience_dialog import area_choices

    language = pytest.importorskip("rxtracker.language")
    activation = language.activate("es", "es_US")
    try:
        choices = area_choices(load_builtin().all())
        assert choices["billing"] == "Facturación y reembolso"
        assert choices["sterile-compounding"] == "Preparación de estériles (CSP, sala IV)"
        model = ExperienceModel()
        areas = ("medication-history", "retail-ops")
        model.set_rows(
            [ExperienceRow(1, 1, "Técnica", "", areas, dt.date(2020, 1, 6), None, 32, "")]
        )
        assert model.index(0, 4).data() == "Toma de historiales de medicamentos, retail-ops"
    finally:
        language.deactivate(activation)
