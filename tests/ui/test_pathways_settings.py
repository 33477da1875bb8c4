"""The Pathways and Settings pages."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.services import Context, activities
from rxtracker.services.views import pathways_view
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.models.pathways import AreaModel
from rxtracker.ui.pages.pathways_page import checklist_html, progress_words
from rxtracker.ui.settings import UiSettings
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def test_pathways_show_checklists_and_specialty_courses(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("pathways")
    settle(window)
    page = window.pathways_page
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert any(
        n.startswith("PTCB Certified Compounded Sterile Preparation Technician") for n in names
    )
    cspt = next(i for i, n in enumerate(names) if "(CSPT)" in n)
    page.list.setCurrentRow(cspt)
    text = page.detail.toPlainText()
    assert "☑ An active PTCB CPhT" in text
    assert "☐ PTCB-Recognized sterile compounding" in text
    areas = {page.areas.index(r, 0).data(): page.areas.index(r, 2).data() for r in range(5)}
    assert areas["Compounding (sterile and nonsterile)"] == "Sterile compounding basics"
    assert areas["Nuclear pharmacy"] == "none yet"


def test_marking_a_recognised_program_ticks_the_step(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("log")
    settle(window)
    log = window.log_page
    sterile = next(a for a in activities.list_activities(ctx, ana) if a.title.startswith("Sterile"))
    log.select_activity(sterile.id)
    log.edit_selected()
    dialog = log.dialog
    dialog.program.setCurrentIndex(dialog.program.findData("ptcb-cspt"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert activities.get_activity(ctx, sterile.id).recognized_program == "ptcb-cspt"
    window.show_page("pathways")
    settle(window)
    page = window.pathways_page
    names = [page.list.item(i).text() for i in range(page.list.count())]
    page.list.setCurrentRow(next(i for i, n in enumerate(names) if "(CSPT)" in n))
    assert "☑ PTCB-Recognized sterile compounding" in page.detail.toPlainText()


def test_pathway_words_and_area_model(ctx: Context, ana: int, qtmodeltester) -> None:
    view = pathways_view(ctx, ana, dt.date.today())
    index = next(i for i, p in enumerate(view.pathways) if p.id == "ptcb-cpht-adv")
    adv, progress = view.pathways[index], view.progress[index]
    assert progress_words(progress).endswith("steps done")
    assert "Either: " in checklist_html(adv, progress)
    model = AreaModel()
    model.set_areas(view.areas, view.titles)
    qtmodeltester.check(model)


def test_settings_reminder_horizon_is_kept(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("settings")
    page = window.settings_page
    assert page.horizon.value() == 90
    assert page.folder.text() == str(ctx.paths.data_dir)
    page.horizon.setValue(60)
    window.close()
    assert UiSettings(ctx.paths.settings).reminder_days == 60


def test_back_up_now(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    window.show_page("settings")
    page = window.settings_page
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    chooser = page.file_dialog
    assert chooser is not None and chooser.isVisible()
    target = tmp_path / "my-backup.zip"
    chooser.selectFile(str(target))
    with qtbot.waitSignal(page.hub.actions.settled):  # the backup is written off the GUI thread
        chooser.accept()
    assert target.exists()
    assert "rxtracker.sqlite3" in " ".join(zipfile.ZipFile(target).namelist())
    assert "Saved" in page.backup_result.text()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with qtbot.waitSignal(page.hub.actions.settled):
        page.back_up_to(blocker / "x.zip")
    assert "not saved" in page.backup_result.text()


def test_pathways_redraw_only_what_a_change_touched(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window
) -> None:
    window = make_window()
    window.show_page("pathways")
    settle(window)
    page = window.pathways_page
    first_item, resets = page.list.item(0), []
    page.areas.modelReset.connect(lambda: resets.append(1))
    page.reload_now()  # the same records read again: nothing to redraw
    settle(window)
    assert page.list.item(0) is first_item and resets == []
    _retitle(qtbot, window, "Pharmacy", "Pharmacy law, 2026 update")  # no area names it
    assert page.list.item(0) is first_item and resets == []
    _retitle(qtbot, window, "Sterile", "Sterile compounding 101")  # an area names it
    assert resets == [1]
    cells = [page.areas.index(r, 2).data() for r in range(page.areas.rowCount())]
    assert "Sterile compounding 101" in cells


def _retitle(qtbot: QtBot, window: MainWindow, starts: str, title: str) -> None:
    """Retitle a course in the CE log's form, then show the Pathways page again."""
    window.show_page("log")
    settle(window)
    log = window.log_page
    person = window.person_id
    assert person is not None
    courses = activities.list_activities(window.ctx, person)
    log.select_activity(next(a.id for a in courses if a.title.startswith(starts)))
    log.edit_selected()
    log.dialog.title_edit.setText(title)
    qtbot.mouseClick(log.dialog.save_button, Qt.MouseButton.LeftButton)
    window.show_page("pathways")
    settle(window)
