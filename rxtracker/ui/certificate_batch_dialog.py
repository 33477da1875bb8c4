"""File ▸ Add from certificates: many certificate files read at once, previewed, then added.

Choose (or drop) files or a folder; each file is read in a worker with progress and Cancel;
the preview shows one editable row per file, already-logged courses unticked; Add writes
the ticked rows in one transaction, each with its file attached. Nothing is written before.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import ActivityRow, Changes, Context, Outcome, PersonRow, people
from rxtracker.services.certificate_batch import (
    CertificateFile,
    add_from_certificates,
    certificate_files,
    read_certificates,
)
from rxtracker.ui import theme
from rxtracker.ui.actions import Progress
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.certificates import CertificatePreviewModel, PreviewRow
from rxtracker.ui.widgets.certificate_drop import FILE_FILTER

_INTRO = QT_TRANSLATE_NOOP(
    "certificate_batch_dialog",
    "Choose the certificates to add (PDF, PNG or JPEG), several at once or a folder of them, "
    "or drop them here. rxtracker reads each one and shows what it found; nothing is saved "
    "until you press Add.",
)


class CertificateBatchDialog(QDialog):
    """Add many CE activities from their certificates, with a preview first."""

    added = Signal(object)  # Changes

    def __init__(
        self, ctx: Context, hub: EventHub, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub, self.person_id = ctx, hub, person_id
        self.changes: Changes | None = None
        self.setWindowTitle(translate("certificate_batch_dialog", "Add from certificates"))
        self.setAcceptDrops(True)
        self.resize(1100, 560)
        self.summary = QLabel(translate("certificate_batch_dialog", _INTRO))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            translate("certificate_batch_dialog", "What the certificates say")
        )
        self.model = CertificatePreviewModel(ctx.clock.today(), self)
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(
            translate("certificate_batch_dialog", "The selected certificate")
        )
        self.table = self._table()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.problem)
        layout.addLayout(self._buttons())
        self._update()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: Context, hub: EventHub, person_id: int
    ) -> Changes | None:
        """Run the dialog; the changes made (published already), or None when none."""
        dialog = cls(ctx, hub, person_id, parent)
        dialog.exec()
        return dialog.changes

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(translate("certificate_batch_dialog", "Certificates to add"))
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column, width in enumerate((44, 140, 240, 150, 110, 55, 200, 240)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column, max(width, header.fontMetrics().horizontalAdvance(title) + 12)
            )
        for column in (self.model.TITLE, self.model.NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._show_detail)
        table.hide()
        return table

    def _show_detail(self) -> None:
        """The whole of what the selected row says (its cells may be cut short)."""
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.row_at(index.row())
            self.detail.setText(f"{row.file.path.name}: {row.note(self.model.today)}")

    def _buttons(self) -> QHBoxLayout:
        self.files_button = QPushButton(translate("certificate_batch_dialog", "Choose files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(translate("certificate_batch_dialog", "Choose a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.add_button = QPushButton(translate("certificate_batch_dialog", "Add"))
        self.add_button.clicked.connect(self.add)
        self.close_button = QPushButton(translate("certificate_batch_dialog", "Cancel"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch()
        row.addWidget(self.add_button)
        row.addWidget(self.close_button)
        for button in (self.files_button, self.folder_button, self.close_button):
            button.setAutoDefault(False)
        return row

    # ------------------------------------------------------------------ choosing

    def choose_files(self) -> None:
        """Pick several certificate files."""
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("certificate_batch_dialog", "Add from certificates"), "", FILE_FILTER
        )
        if names:
            self.read([Path(n) for n in names])

    def choose_folder(self) -> None:
        """Pick a folder: the certificates directly in it."""
        name = QFileDialog.getExistingDirectory(
            self, translate("certificate_batch_dialog", "A folder of certificates")
        )
        if name:
            self.read([Path(name)])

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.read(paths)

    def read(self, chosen: Sequence[Path]) -> None:
        """Read the chosen files (a folder: its certificates) in a worker, then preview."""
        paths = certificate_files(chosen)
        if not paths:
            self.problem.setText(
                translate("certificate_batch_dialog", "No PDF, PNG or JPEG file was chosen.")
            )
            return
        self.problem.clear()

        def work(progress: Progress) -> tuple[tuple[CertificateFile, ...], PersonRow]:
            files = read_certificates(self.ctx, self.person_id, paths, progress.step)
            return files, people.get_person(self.ctx, self.person_id)

        count = len(paths)
        self.hub.actions.run_long(
            self,
            translate("certificate_batch_dialog", "Read %n certificate(s)", None, count),
            work,
            done=self._preview,
            failed=self.problem.setText,
            cancellable=True,
        )

    def _preview(self, read: tuple[tuple[CertificateFile, ...], PersonRow]) -> None:
        files, person = read
        self.model.set_rows([PreviewRow.of(f, person) for f in files])
        self.table.show()
        self.detail.setText(
            translate("certificate_batch_dialog", "Select a row to read all it says.")
        )
        flagged = (i for i, f in enumerate(files) if f.duplicate or f.repeat or f.problem)
        first_to_check = next(flagged, None)
        if first_to_check is not None:
            self.table.selectRow(first_to_check)

    # ------------------------------------------------------------------ adding

    def _update(self) -> None:
        rows = self.model.rows()
        ticked = self.model.ticked()
        problem = self.model.first_problem()
        self.add_button.setEnabled(bool(ticked) and problem is None)
        count = len(ticked)
        self.add_button.setText(
            translate("certificate_batch_dialog", "Add 1 activity")
            if count == 1
            else translate("certificate_batch_dialog", "Add %n activities", None, count)
        )
        fix = translate("certificate_batch_dialog", "To add, fix {problem}")
        self.problem.setText(fix.format(problem=problem) if problem else "")
        if rows:
            self.summary.setText(_preview_sentence(rows))

    def add(self) -> None:
        """Log every ticked row, each with its file, in one transaction."""
        today = self.ctx.clock.today()
        entries = [(r.entered(today), r.file.path) for r in self.model.ticked()]
        self.hub.actions.run_long(
            self,
            translate("certificate_batch_dialog", "Add from certificates"),
            lambda _progress: add_from_certificates(self.ctx, self.person_id, entries),
            message=lambda o: _added_words(len(o.value)),
            done=self._added,
            failed=lambda words: self.problem.setText(
                translate("certificate_batch_dialog", "Nothing was added: {why}").format(why=words)
            ),
        )

    def _added(self, outcome: Outcome[tuple[ActivityRow, ...]]) -> None:
        self.changes = outcome.changes
        left = [r for r in self.model.rows() if not r.add]
        self.summary.setText(_done_sentence(outcome.value, left))
        self.model.set_rows([])
        self.table.hide()
        self.detail.hide()
        for button in (self.add_button, self.files_button, self.folder_button):
            button.hide()
        self.close_button.setText(translate("certificate_batch_dialog", "Close"))
        self.added.emit(outcome.changes)


def _added_words(count: int) -> str:
    """The status bar's news once the rows are added."""
    return translate(
        "certificate_batch_dialog", "Added %n activities from certificates.", None, count
    )


def _preview_sentence(rows: list[PreviewRow]) -> str:
    read = sum(r.file.reading is not None for r in rows)
    duplicates = sum(r.file.duplicate is not None for r in rows)
    unsure = sum(bool(r.unsure) for r in rows)
    count = len(rows)
    files = translate("certificate_batch_dialog", "%n files, {read} read", None, count)
    parts = [files.format(read=read)]
    if duplicates:
        parts.append(
            translate("certificate_batch_dialog", "%n already logged (unticked)", None, duplicates)
        )
    if repeats := sum(r.file.repeat is not None for r in rows):
        parts.append(
            translate(
                "certificate_batch_dialog",
                "%n with a UAN already logged this cycle (unticked)",
                None,
                repeats,
            )
        )
    if unsure:
        parts.append(
            translate("certificate_batch_dialog", "%n with a field to check (⚠)", None, unsure)
        )
    return translate(
        "certificate_batch_dialog",
        "{parts}. Correct any cell by double-clicking it; untick what you do not want to add. "
        "Nothing is saved until you press Add.",
    ).format(parts="; ".join(parts))


def _done_sentence(added: tuple[ActivityRow, ...], left: list[PreviewRow]) -> str:
    count = len(added)
    lines = [
        translate("certificate_batch_dialog", "Added 1 activity, each with its certificate:")
        if count == 1
        else translate(
            "certificate_batch_dialog",
            "Added %n activities, each with its certificate:",
            None,
            count,
        )
    ]
    lines += [f"• {a.title} ({a.completed_on:%m/%d/%Y}, {a.hours.describe()})" for a in added]
    if left:
        lines.append(
            translate("certificate_batch_dialog", "Not added ({count}):").format(count=len(left))
        )
        lines += [f"• {r.file.path.name}: {_why_left(r)}" for r in left]
    return "\n".join(lines)


def _why_left(row: PreviewRow) -> str:
    if row.file.duplicate:
        words = translate("certificate_batch_dialog", "already logged ({what})")
        return words.format(what=row.file.duplicate)
    if row.file.repeat:
        return translate("certificate_batch_dialog", "a repeat ({what})").format(
            what=row.file.repeat
        )
    if row.file.problem:
        words = translate("certificate_batch_dialog", "could not be read ({why})")
        return words.format(why=row.file.problem)
    return translate("certificate_batch_dialog", "unticked")
