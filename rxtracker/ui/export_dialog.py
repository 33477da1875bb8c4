"""File > Export: one person's audit packet (PDF), CE log (CSV) or renewal dates (.ics).

Self-contained: the main window opens it with ``ExportDialog.ask(parent, ctx, person_id)``.
The PDF is rendered by the same code as ``rxtracker report`` (``rxtracker.printing.pdf``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services import Context, credentials, people
from rxtracker.services.rows import OnProgress
from rxtracker.services.wording import sentence_date
from rxtracker.ui import theme
from rxtracker.ui.hub import EventHub

_KINDS = (
    (QT_TRANSLATE_NOOP("export_dialog", "Audit packet (PDF)"), ".pdf"),
    (QT_TRANSLATE_NOOP("export_dialog", "CE log (CSV for a spreadsheet)"), ".csv"),
    (QT_TRANSLATE_NOOP("export_dialog", "Renewal dates (calendar, .ics)"), ".ics"),
)


class ExportDialog(QDialog):
    """Choose what to export, for which credential and cycle, and where to save it."""

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        person_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub, self.person_id, self.today = ctx, hub, person_id, today
        self.person = people.get_person(ctx, person_id)
        self.setWindowTitle(
            translate("export_dialog", "Export: {name}").format(name=self.person.name)
        )
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for label, suffix in _KINDS:
            self.kind.addItem(translate("export_dialog", label), suffix)
        self.credential = QComboBox()
        self.credential.setObjectName("credential")
        for row in credentials.list_credentials(ctx, person_id):
            words = translate("export_dialog", "{name} (expires {date})")
            self.credential.addItem(
                words.format(name=data_text(row.type_name), date=sentence_date(row.expires_on)),
                row.type_id,
            )
        self.cycle = QComboBox()
        self.cycle.setObjectName("cycle")
        self.cycle.addItem(translate("export_dialog", "Current cycle"), "current")
        self.cycle.addItem(translate("export_dialog", "Previous cycle"), "previous")
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("out_edit")
        browse = QPushButton(translate("export_dialog", "Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.out_edit)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("export_dialog", "Export"), self.kind)
        form.addRow(translate("export_dialog", "Credential"), self.credential)
        form.addRow(translate("export_dialog", "Cycle"), self.cycle)
        form.addRow(translate("export_dialog", "Save as"), where)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(translate("export_dialog", "Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(translate("export_dialog", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Context, hub: EventHub, person_id: int) -> None:
        """Run the dialog (it writes files only; the records do not change)."""
        cls(ctx, hub, person_id, parent).exec()

    def _kind_changed(self) -> None:
        packet = self.kind.currentData() == ".pdf"
        self.credential.setEnabled(packet and self.credential.count() > 0)
        self.cycle.setEnabled(packet and self.credential.count() > 0)
        self.status_label.clear()

    def _browse(self) -> None:
        suffix = str(self.kind.currentData())
        name = f"{self.person.name} {self.kind.currentText().split(' (')[0]}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("export_dialog", "Save as"), str(Path.home() / name)
        )
        if path:
            self.out_edit.setText(path)

    def save(self) -> None:
        """Write the chosen export on a worker thread (progress and Cancel while it runs).

        The outcome, or the problem, is shown in the dialog.
        """
        try:
            out = self._out()
        except InvalidInput as problem:
            self._say(str(problem), self._problem_style())
            return
        choice = _Choice(
            str(self.kind.currentData()),
            self.credential.currentData(),
            str(self.cycle.currentData()),
        )
        self.status_label.clear()
        self.hub.actions.run_long(
            self,
            translate("export_dialog", "Export to {file}").format(file=out.name),
            lambda progress: self._write(choice, out, progress.step),
            done=lambda message: self._say(message, ""),
            failed=lambda words: self._say(words, self._problem_style()),
            cancellable=True,
        )

    def _problem_style(self) -> str:
        return f"color: {theme.problem_colour(self).name()};"

    def _say(self, text: str, style: str) -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)

    def _out(self) -> Path:
        text = self.out_edit.text().strip()
        if not text:
            raise InvalidInput(
                translate("export_dialog", "save as"),
                translate("export_dialog", "choose where to save the file"),
            )
        path = Path(text).expanduser()
        suffix = str(self.kind.currentData())
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _write(self, choice: _Choice, out: Path, progress: OnProgress) -> str:
        """Write the export (on the worker thread: services only, no widgets)."""
        # Imported on use: PDF, calendar and report code stays off the start-up path.
        from rxtracker.printing.pdf import render_packet
        from rxtracker.services.exports import export_activities_csv, export_calendar
        from rxtracker.services.report import audit_report

        if choice.suffix == ".csv":
            result = export_activities_csv(self.ctx, self.person_id, out, progress)
            count = result.count
            words = translate("export_dialog", "Saved %n activities to {file}.", None, count)
            return words.format(file=out)
        if choice.suffix == ".ics":
            dates = export_calendar(self.ctx, out, person_id=self.person_id, as_of=self.today)
            count = dates.count
            words = translate("export_dialog", "Saved %n renewal dates to {file}.", None, count)
            return words.format(file=out)
        report = audit_report(
            self.ctx,
            self.person_id,
            credential_type=choice.credential,
            cycle="previous" if choice.cycle == "previous" else "current",
            as_of=self.today,
        )
        rendered = render_packet(report, out, progress)
        words = translate(
            "export_dialog",
            "Saved the audit packet ({pages} pages, {certificates} certificates) to {file}.",
        )
        return words.format(
            pages=rendered.total_pages, certificates=len(report.packet.certificates), file=out
        )


@dataclass(frozen=True, slots=True)
class _Choice:
    """What the dialog was asked to write (read on the GUI thread, used by the worker)."""

    suffix: str
    credential: str | None
    cycle: str
