"""Reading a certificate in the Log a CE activity form shows its progress inside the drop
zone, with Cancel, instead of a progress window over the form."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.services import Context
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import drop_file, settle

AWARD = Path(__file__).parents[1] / "fixtures" / "certificates" / "award.png"


def _add_dialog(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _progress_windows() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_the_reading_shows_in_the_drop_zone_and_goes_when_done(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    dialog = _add_dialog(qtbot, make_window())
    lines = ["has completed", "Sterile compounding", "ACPE UAN: 0197-0000-26-014-H05-T"]
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=60_000):
        drop_file(dialog.certificate, write_certificate_pdf(tmp_path / "usp.pdf", lines))
        bar = dialog.certificate.progress
        assert bar is not None and bar.isVisible()
        assert not bar.isWindow() and dialog.certificate.isAncestorOf(bar)
        assert bar.label.text() == "Reading usp.pdf…"
        assert _progress_windows() == []  # nothing covers the form
    qtbot.waitUntil(lambda: dialog.certificate.progress is None)
    assert dialog.uan.text() == "0197-0000-26-014-H05-T"
    assert dialog.title_edit.text() == "Sterile compounding"
    assert dialog.certificate_note.text().startswith("Filled from the certificate: UAN and title")


def test_cancel_in_the_drop_zone_stops_the_reading_and_keeps_the_file(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    dialog = _add_dialog(qtbot, window)
    photo = Path(shutil.copy(AWARD, tmp_path / "award.png"))  # OCR: seconds, time to cancel
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=60_000):
        drop_file(dialog.certificate, photo)
        bar = dialog.certificate.progress
        assert bar is not None and _progress_windows() == []
        assert bar.cancel_button.text() == "Cancel" and bar.cancel_button.isVisible()
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
        assert bar.label.text() == "Stopping…"
    qtbot.waitUntil(lambda: dialog.certificate.progress is None)
    assert dialog.certificate_note.text() == (
        "Not read (cancelled); the file is still kept with the record."
    )
    assert (dialog.title_edit.text(), dialog.uan.text()) == ("", "")
    assert dialog.certificate.path == photo  # still attached when saved
    assert window.statusBar().currentMessage().startswith("Cancelled: Read the certificate")
