"""Drop a certificate on the Log a CE activity form: it fills the empty fields (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.domain import Role
from rxtracker.exchange.certificates import CertificateReading, read_certificate
from rxtracker.services import Context, PersonRow, activities
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.dialogs.certificate_fill import (
    CHECK_MARK,
    READ_MARK,
    person_warnings,
    same_person,
)
from rxtracker.ui.main_window import MainWindow
from tests.ui.conftest import drop_file, settle

Window = Callable[[], MainWindow]
LASA = [
    "This certifies that Ana M. Ruiz",
    "has completed",
    "Look-alike, sound-alike drugs",
    "Provider: SafeMeds Institute",
    "ACPE UAN: 0197-0000-26-014-H05-T",
    "Contact hours: 1.5",
    "Date completed: 03/02/2026",
]


def _add_dialog(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    window.show_page("log")
    settle(window)
    qtbot.mouseClick(window.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _drop_and_wait(qtbot: QtBot, dialog: ActivityDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.hub.actions.settled, timeout=60_000):
        drop_file(dialog.certificate, path)


def _marks(dialog: ActivityDialog) -> dict[str, str]:
    return {key: mark.text() for key, mark in dialog.marks.items() if mark.isVisible()}


def test_a_dropped_certificate_fills_the_form_and_marks_each_field(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    window = make_window()
    dialog = _add_dialog(qtbot, window)
    _drop_and_wait(qtbot, dialog, write_certificate_pdf(tmp_path / "lasa.pdf", LASA))
    assert dialog.uan.text() == "0197-0000-26-014-H05-T"
    assert dialog.title_edit.text() == "Look-alike, sound-alike drugs"
    assert dialog.provider.text() == "SafeMeds Institute"
    assert dialog.date.text() == "Mar 2, 2026"
    assert dialog.hours.text() == "1.5"
    assert _marks(dialog) == dict.fromkeys(("uan", "title", "provider", "date", "hours"), READ_MARK)
    assert dialog.title_edit.accessibleDescription() == "Title: read from the certificate"
    assert dialog.certificate_note.text() == (
        "Filled from the certificate: UAN, title, provider, date completed and hours"
    )
    assert "Patient safety (topic 05)" in dialog.uan_note.text()
    qtbot.keyClicks(dialog.title_edit, " (2026)")  # typing over a filled field: it is theirs
    assert "title" not in _marks(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = next(a for a in activities.list_activities(ctx, ana) if a.title.startswith("Look"))
    assert (saved.uan, str(saved.hours), saved.completed_on.isoformat()) == (
        "0197-0000-26-014-H05-T",
        "1.5",
        "2026-03-02",
    )
    assert [a.original_name for a in saved.attachments] == ["lasa.pdf"]


def test_what_was_typed_is_kept_and_unsure_fields_ask_to_be_checked(
    qtbot: QtBot, ana: int, make_window: Window, tmp_path: Path
) -> None:
    dialog = _add_dialog(qtbot, make_window())
    qtbot.keyClicks(dialog.title_edit, "LASA drugs")
    qtbot.keyClicks(dialog.uan, "0197 0000 26 014 h05 t")
    lines = [*LASA[:5], "2 contact hours", "03/02/2026", "04/15/2026"]  # which date is it?
    path = write_certificate_pdf(tmp_path / "two-dates.pdf", lines)
    unsure = read_certificate(path).unsure
    assert "date" in unsure  # the reader's word: two dates, neither labelled
    _drop_and_wait(qtbot, dialog, path)
    assert dialog.title_edit.text() == "LASA drugs"
    assert dialog.uan.text() == "0197 0000 26 014 h05 t"
    assert _marks(dialog) == {
        key: CHECK_MARK if key in unsure else READ_MARK for key in ("provider", "date", "hours")
    }
    assert dialog.date.accessibleDescription() == (
        "Date completed: read from the certificate, please check it"
    )
    note = dialog.certificate_note.text()
    assert "Filled from the certificate: provider, date completed and hours" in note
    assert "⚠ Please check the date completed" in note
    assert (
        "Kept what you typed for the title (the certificate says Look-alike, sound-alike drugs)."
        in note
    )


def test_a_certificate_for_somebody_else_is_said(
    qtbot: QtBot, ana: int, make_window: Window, tmp_path: Path
) -> None:
    dialog = _add_dialog(qtbot, make_window())
    lines = ["This certifies that Maria Lopez", "NABP e-Profile ID: 1234567", *LASA[1:]]
    _drop_and_wait(qtbot, dialog, write_certificate_pdf(tmp_path / "maria.pdf", lines))
    assert (
        "⚠ This certificate is made out to Maria Lopez, not Ana Ruiz: check it is theirs "
        "before saving." in dialog.certificate_note.text()
    )


def test_a_file_that_cannot_be_read_is_still_attached(
    qtbot: QtBot, ana: int, make_window: Window, tmp_path: Path
) -> None:
    dialog = _add_dialog(qtbot, make_window())
    blank = write_certificate_pdf(tmp_path / "blank.pdf", [])
    _drop_and_wait(qtbot, dialog, blank)
    assert dialog.certificate_note.text().startswith("Could not read the details (")
    assert dialog.certificate.path == blank and not _marks(dialog)


@pytest.mark.parametrize(
    ("printed", "same"),
    [
        ("Ana Ruiz", True),
        ("RUIZ, ANA M.", True),
        ("Ana María Ruiz", True),
        ("ana ruíz", True),
        ("Maria Lopez", False),
        ("Ana Lopez", False),
    ],
)
def test_the_name_on_a_certificate_is_compared_as_people_write_it(printed: str, same: bool) -> None:
    assert same_person("Ana Ruiz", printed) is same


def test_another_e_profile_id_is_said() -> None:
    ana = PersonRow(1, "Ana Ruiz", None, Role.TECHNICIAN, "TX", "1234567", None, None, "", True)
    reading = CertificateReading(participant="Ana Ruiz", eprofile_id="7654321")
    assert person_warnings(ana, reading) == [
        "⚠ The NABP e-Profile ID on the certificate (7654321) is not Ana Ruiz's (1234567): "
        "CPE Monitor credits it to that ID."
    ]
    assert person_warnings(ana, CertificateReading(eprofile_id="123-4567")) == []
