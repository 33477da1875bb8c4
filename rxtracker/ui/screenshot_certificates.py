"""--screenshot of the certificate forms: a certificate dropped on the form, and a batch.

The certificates are drawn for the occasion (``rxtracker.demo.certificate_pdf``) in a
temporary folder, made out to the person shown; nothing is saved.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.services import activities, people
from rxtracker.ui.certificate_batch_dialog import CertificateBatchDialog
from rxtracker.ui.main_window import MainWindow

#: (file name, title, provider, UAN, hours line, completion date) of the batch shown.
_BATCH = (
    ("2026-03 lasa.pdf", "Look-alike, sound-alike drugs", "SafeMeds Institute",
     "0197-0000-26-014-H05-T", "Contact hours: 1.5", "Date completed: 03/02/2026"),
    ("2026-04 law.pdf", "Texas pharmacy law update 2026", "Lone Star CE",
     "0733-0000-26-020-H03-T", "Contact hours: 2", "Date completed: 04/10/2026"),
    ("2026-05 vaccines.pdf", "Vaccine storage and handling", "ImmunizeRx",
     "JA4008162-0000-26-031-H06-T", "Contact hours: 1", "Date completed: 05/05/2026"),
)  # fmt: skip


def certificate_shot(window: MainWindow, page: str, folder: Path) -> QWidget:
    """Open the form ``page`` names, fed with certificates written in ``folder``."""
    assert window.person_id is not None
    name = people.get_person(window.ctx, window.person_id).name
    if page == "certificate-form":
        return _form(window, folder, name)
    return _batch(window, folder, name)


def _form(window: MainWindow, folder: Path, name: str) -> QWidget:
    lines = [
        f"This certifies that {name}",
        "has successfully completed",
        "Opioid stewardship for pharmacy technicians",
        "Provider: Rx Learning Partners",
        "ACPE UAN: 0204-0000-26-102-L08-T",
        "2 contact hours",
        "10/14/2026",
        "11/02/2026",
    ]
    window.new_activity()
    dialog = window.log_page.dialog
    assert dialog is not None
    dialog.certificate.set_file(write_certificate_pdf(folder / "opioid-stewardship.pdf", lines))
    _wait(window)
    return dialog


def _batch(window: MainWindow, folder: Path, name: str) -> QWidget:
    paths = []
    for file_name, title, provider, uan, hours, day in _BATCH:
        lines = [f"This certifies that {name}", "has completed", title, f"Provider: {provider}"]
        lines += [f"ACPE UAN: {uan}", hours, day]
        paths.append(write_certificate_pdf(folder / file_name, lines))
    assert window.person_id is not None
    logged = activities.list_activities(window.ctx, window.person_id)
    stored = next((a.attachments[0] for a in logged if a.attachments), None)
    if stored is not None:  # a certificate already kept: shown as a duplicate
        kept = activities.certificate_path(window.ctx, stored.stored_name)
        paths.append(Path(shutil.copy(kept, folder / stored.original_name)))
    dialog = CertificateBatchDialog(window.ctx, window.hub, window.person_id, window)
    dialog.resize(1100, 420)
    dialog.show()
    dialog.read(paths)
    _wait(window)
    return dialog


def _wait(window: MainWindow) -> None:
    """Let the reading end in its worker and its result reach the form."""
    window.hub.actions.wait()
    for _ in range(5):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()
