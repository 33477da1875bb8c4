"""File ▸ Add from certificates: many certificate files read at once, previewed, then added.

Choose (or drop) files or a folder; each file is read in a worker with progress and Cancel;
the preview shows one editable row per file, already-logged courses unticked; Add writes
the ticked rows in one transaction, each with its file attached. Nothing is written before.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
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

_INTRO = (
    "Choose the certificates to add (PDF, PNG or JPEG), several at once or a folder of them, "
    "or drop them here. rxtracker reads each one and shows what it found; nothing is saved "
    "until you press Add."
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
        self.setWindowTitle("Add from certificates")
        self.setAcceptDrops(True)
        self.resize(1100, 560)
        self.summary = QLabel(_INTRO)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What the certificates say")
        self.model = CertificatePreviewModel(ctx.clock.today(), self)
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("The selected certificate")
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
        table.setAccessibleName("Certificates to add")
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column, width in enumerate((44, 140, 240, 150, 110, 55, 200, 240)):
            header.resizeSection(column, width)
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
        self.files_button = QPushButton("Choose files…")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton("Choose a folder…")
        self.folder_button.clicked.connect(self.choose_folder)
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self.add)
        self.close_button = QPushButton("Cancel")
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
        names, _ = QFileDialog.getOpenFileNames(self, "Add from certificates", "", FILE_FILTER)
        if names:
            self.read([Path(n) for n in names])

    def choose_folder(self) -> None:
        """Pick a folder: the certificates directly in it."""
        name = QFileDialog.getExistingDirectory(self, "A folder of certificates")
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
            self.problem.setText("No PDF, PNG or JPEG file was chosen.")
            return
        self.problem.clear()

        def work(progress: Progress) -> tuple[tuple[CertificateFile, ...], PersonRow]:
            files = read_certificates(self.ctx, self.person_id, paths, progress.step)
            return files, people.get_person(self.ctx, self.person_id)

        self.hub.actions.run_long(
            self,
            f"Read {len(paths)} certificate{'s' if len(paths) != 1 else ''}",
            work,
            done=self._preview,
            failed=self.problem.setText,
            cancellable=True,
        )

    def _preview(self, read: tuple[tuple[CertificateFile, ...], PersonRow]) -> None:
        files, person = read
        self.model.set_rows([PreviewRow.of(f, person) for f in files])
        self.table.show()
        self.detail.setText("Select a row to read all it says.")
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
        self.add_button.setText(f"Add {count} activit{'y' if count == 1 else 'ies'}")
        self.problem.setText(f"To add, fix {problem}" if problem else "")
        if rows:
            self.summary.setText(_preview_sentence(rows))

    def add(self) -> None:
        """Log every ticked row, each with its file, in one transaction."""
        today = self.ctx.clock.today()
        entries = [(r.entered(today), r.file.path) for r in self.model.ticked()]
        self.hub.actions.run_long(
            self,
            "Add from certificates",
            lambda _progress: add_from_certificates(self.ctx, self.person_id, entries),
            message=lambda o: f"Added {len(o.value)} activities from certificates.",
            done=self._added,
            failed=lambda words: self.problem.setText(f"Nothing was added: {words}"),
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
        self.close_button.setText("Close")
        self.added.emit(outcome.changes)


def _preview_sentence(rows: list[PreviewRow]) -> str:
    read = sum(r.file.reading is not None for r in rows)
    duplicates = sum(r.file.duplicate is not None for r in rows)
    unsure = sum(bool(r.unsure) for r in rows)
    parts = [f"{len(rows)} files, {read} read"]
    if duplicates:
        parts.append(f"{duplicates} already logged (unticked)")
    if repeats := sum(r.file.repeat is not None for r in rows):
        parts.append(f"{repeats} with a UAN already logged this cycle (unticked)")
    if unsure:
        parts.append(f"{unsure} with a field to check (⚠)")
    return (
        "; ".join(parts) + ". Correct any cell by double-clicking it; untick what you do not "
        "want to add. Nothing is saved until you press Add."
    )


def _done_sentence(added: tuple[ActivityRow, ...], left: list[PreviewRow]) -> str:
    count = f"{len(added)} activit{'y' if len(added) == 1 else 'ies'}"
    lines = [f"Added {count}, each with its certificate:"]
    lines += [f"• {a.title} ({a.completed_on:%m/%d/%Y}, {a.hours.describe()})" for a in added]
    if left:
        lines.append(f"Not added ({len(left)}):")
        lines += [f"• {r.file.path.name}: {_why_left(r)}" for r in left]
    return "\n".join(lines)


def _why_left(row: PreviewRow) -> str:
    if row.file.duplicate:
        return f"already logged ({row.file.duplicate})"
    if row.file.repeat:
        return f"a repeat ({row.file.repeat})"
    if row.file.problem:
        return f"could not be read ({row.file.problem})"
    return "unticked"
