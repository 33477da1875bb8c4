"""The export dialog writes the audit packet, the CE log and the calendar where asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.ui.export_dialog import ExportDialog
from rxtracker.ui.hub import EventHub
from tests.conftest import make_pdf

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def dialog(qtbot: QtBot, ctx: Context, tmp_path: Path) -> ExportDialog:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    credentials.add_credential(ctx, ana, CredentialInput("ptcb-cpht", dt.date(2027, 3, 31)))
    credentials.add_credential(ctx, ana, CredentialInput("tx-technician", dt.date(2026, 12, 31)))
    activities.add_activity(
        ctx, ana,
        ActivityInput("Texas law", dt.date(2026, 2, 1), Hours(200), uan="0126-0000-25-011-L03-T",
                      tags=("texas-law",)),
        certificate=make_pdf(tmp_path / "law.pdf", "Texas law certificate"), today=TODAY,
    )  # fmt: skip
    widget = ExportDialog(ctx, EventHub(), ana, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _save(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Press Save and wait for the worker's outcome in the dialog."""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.status_label.text()), timeout=60_000)


def test_audit_packet_for_the_chosen_credential(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.credential.setFocus()
    qtbot.keyClicks(dialog.credential, "Texas")
    assert dialog.credential.currentData() == "tx-technician"
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "packet"))
    _save(qtbot, dialog)
    assert dialog.status_label.text().startswith("Saved the audit packet (4 pages, 1 certificates)")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "packet.pdf").pages)
    assert "Texas" in text and "Attachment" in text and "Texas law certificate" in text


def test_csv_and_calendar_and_a_missing_path(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "CE")  # type to search (a space would open the list)
    assert not dialog.credential.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "save as: choose where to save the file"
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "log.csv"))
    _save(qtbot, dialog)
    assert dialog.status_label.text() == f"Saved 1 activities to {tmp_path / 'log.csv'}."
    # A second type-to-search within Qt's keyboard interval would extend the first one.
    dialog.kind.setCurrentIndex(dialog.kind.findData(".ics"))
    dialog.out_edit.clear()
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "dates"))
    _save(qtbot, dialog)
    events = Calendar.from_ical((tmp_path / "dates.ics").read_bytes()).walk("VEVENT")
    assert dialog.status_label.text().startswith(f"Saved {len(events)} renewal dates")
    assert len(events) == 5


def test_a_long_packet_shows_progress_and_cancel_leaves_no_file(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    for n in range(250):  # the packet reports its progress every hundred rows
        course = ActivityInput(
            f"Course {n}", dt.date(2025, 6, 1) + dt.timedelta(days=n), Hours(100),
            uan=f"0197-0000-25-{n:03d}-H01-T",
        )  # fmt: skip
        activities.add_activity(dialog.ctx, dialog.person_id, course, today=TODAY)
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "long.pdf"))
    dialog.credential.setCurrentIndex(dialog.credential.findData("ptcb-cpht"))
    said: list[str] = []
    dialog.hub.message.connect(said.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    busy = dialog.hub.actions.busy
    assert busy is not None and busy.labelText() == "Export to long.pdf…"
    cancel = busy.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # the worker stops at its next step
    qtbot.waitUntil(lambda: dialog.hub.actions.running == 0, timeout=60_000)
    assert said == ["Cancelled: Export to long.pdf. Nothing was changed."]
    assert not (tmp_path / "long.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "law.pdf"]  # nothing aside
