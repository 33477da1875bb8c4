"""File > Import: choose a file, map a CSV's columns, preview every row's fate, import.

Self-contained: the main window opens it with ``ImportDialog.ask(parent, ctx, person_id)``
and refreshes what the returned ``Changes`` name. Nothing is written before "Import".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import InvalidInput
from rxtracker.exchange.fates import Fate
from rxtracker.exchange.mapping import (
    ColumnMapping,
    DateStyle,
    Field,
    guess_mapping,
    is_cpe_monitor_table,
)
from rxtracker.exchange.tables import SourceTable
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Changes, Context, Outcome
from rxtracker.services.imports import (
    ImportPreview,
    ImportResult,
    commit_import,
    preview_import,
    read_import_file,
)
from rxtracker.ui import theme
from rxtracker.ui.actions import Progress
from rxtracker.ui.common import date_text
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.imports import ImportPreviewModel

_Index = QModelIndex | QPersistentModelIndex
_NONE = QT_TRANSLATE_NOOP("import_dialog", "(not in this file)")


class ImportDialog(QDialog):
    """Import CE records into one person's log, with a preview first."""

    imported = Signal(object)  # Changes

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
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.import_changes: Changes | None = None  # what the import wrote
        self._headers: tuple[str, ...] = ()
        self._examples: dict[str, str] = {}  # a column's first value, shown while mapping
        self.setWindowTitle(translate("import_dialog", "Import CE records"))
        self.resize(1180, 600)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        layout.addLayout(self._buttons())
        self._show(0)

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: Context, hub: EventHub, person_id: int
    ) -> Changes | None:
        """Run the dialog; the changes made (published already), or None when none."""
        dialog = cls(ctx, hub, person_id, parent)
        dialog.exec()
        return dialog.import_changes

    # ------------------------------------------------------------------ pages

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            translate(
                "import_dialog",
                "Choose the file to import: the export from NABP CPE Monitor (.xlsx or .csv), "
                "or a CSV file of your own CE records (you will say which column is which).\n"
                "Nothing is saved until you have seen every row and pressed Import.",
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file_edit")
        self.file_edit.setPlaceholderText(
            translate("import_dialog", "Path of a .xlsx or .csv file")
        )
        browse = QPushButton(translate("import_dialog", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit)
        row.addWidget(browse)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            translate(
                "import_dialog",
                "This file is not a CPE Monitor export. Say which column holds each field "
                "(date, title and hours are needed; give either hours or live and home hours).",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.column_boxes: dict[Field, QComboBox] = {}
        self.samples: dict[Field, QLabel] = {}
        for field in Field:
            box = QComboBox()
            box.setObjectName(f"column_{field.value}")
            box.setAccessibleName(field.label)
            self.column_boxes[field] = box
            sample = QLabel()
            sample.setAccessibleName(
                translate("import_dialog", "{field}: a value from the file").format(
                    field=field.label
                )
            )
            self.samples[field] = sample
            box.currentTextChanged.connect(lambda header, shown=sample: self._sample(shown, header))
            form.addRow(field.label, _beside(box, sample))
        self.date_style = QComboBox()
        self.date_style.setObjectName("date_style")
        self.date_style.addItem(
            translate("import_dialog", "YYYY-MM-DD or MM/DD/YYYY"), DateStyle.AUTO
        )
        self.date_style.addItem(translate("import_dialog", "MM/DD/YYYY only"), DateStyle.US)
        form.addRow(translate("import_dialog", "Dates are written"), self.date_style)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch()
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName(translate("import_dialog", "Import preview"))
        self.model = ImportPreviewModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in enumerate((44, 100, 340, 90, 220, 130, 50, 180)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ImportPreviewModel.TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.detail_label = QLabel(
            translate(
                "import_dialog",
                "Select a row to read why it is added, merged, skipped or rejected.",
            )
        )
        self.detail_label.setObjectName("detail_label")
        self.detail_label.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)
        layout.addWidget(self.detail_label)
        return page

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = current.sibling(current.row(), 0).data()
            fate = current.sibling(current.row(), 1).data()
            why = current.sibling(current.row(), 0).data(Qt.ItemDataRole.ToolTipRole)
            words = translate("import_dialog", "Row {row}: {result}: {why}")
            self.detail_label.setText(words.format(row=row, result=fate, why=why))

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setObjectName("done_label")
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        layout.addStretch()
        return page

    def _buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(translate("import_dialog", "Back"))
        self.next_button = QPushButton(translate("import_dialog", "Next"))
        self.import_button = QPushButton(translate("import_dialog", "Import"))
        self.close_button = QPushButton(translate("import_dialog", "Cancel"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self._import)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch()
        for button in (self.next_button, self.import_button, self.close_button):
            row.addWidget(button)
        return row

    # ------------------------------------------------------------------ steps

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page in (1, 2))
        self.next_button.setVisible(page in (0, 1))
        self.import_button.setVisible(page == 2)
        self.close_button.setText(
            translate("import_dialog", "Close")
            if page == 3
            else translate("import_dialog", "Cancel")
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("import_dialog", "Import CE records"),
            "",
            translate("import_dialog", "CE records (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)

    def _path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def _next(self) -> None:
        """Read the file (and preview it) off the GUI thread; a big file takes seconds."""
        self.error_label.clear()
        chosen, path = bool(self.file_edit.text().strip()), self._path()
        if not chosen:
            self.error_label.setText(
                translate("import_dialog", "Choose a file first (type its name, or click Browse…)")
            )
            return
        mapping = self._mapping() if self.pages.currentIndex() == 1 else None

        def read(_: Progress) -> ImportPreview | SourceTable:
            if not chosen:
                raise InvalidInput("file", translate("import_dialog", "choose a file first"))
            if mapping is None:
                table = read_import_file(path)
                if not is_cpe_monitor_table(table):
                    return table  # a CSV: its columns are chosen first
            return preview_import(self.ctx, self.person_id, path, mapping=mapping, today=self.today)

        self.hub.actions.run_long(
            self,
            translate("import_dialog", "Read {file}").format(file=path.name),
            read,
            done=self._after_read,
            failed=self._problem,
        )

    def _problem(self, words: str) -> None:
        """A problem in a sentence ("file: x is not…" reads "x is not…")."""
        words = words.removeprefix("file: ")
        first = words.split(" ", 1)[0]
        if "." not in first and "/" not in first:  # never "Fake.xlsx is…"
            words = words[:1].upper() + words[1:]
        self.error_label.setText(words)

    def _after_read(self, read: ImportPreview | SourceTable) -> None:
        if isinstance(read, ImportPreview):
            self._show_preview(read)
            return
        self._examples = _first_values(read)
        self._fill_mapping(read.headers)
        self._show(1)

    def _fill_mapping(self, headers: tuple[str, ...]) -> None:
        self._headers = tuple(h for h in headers if h.strip())
        guessed = guess_mapping(self._headers).columns
        for field, box in self.column_boxes.items():
            box.clear()
            box.addItem(translate("import_dialog", _NONE))
            box.addItems(list(self._headers))
            box.setCurrentText(guessed.get(field, translate("import_dialog", _NONE)))

    def _sample(self, label: QLabel, header: str) -> None:
        value = self._examples.get(header, "")
        label.setText(
            translate("import_dialog", "e.g. “{value}”").format(value=value) if value else ""
        )
        label.setToolTip(value if len(value) > 30 else "")
        label.setText(
            label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, 260)
        )

    def _mapping(self) -> ColumnMapping:
        columns = {
            field: box.currentText()
            for field, box in self.column_boxes.items()
            if box.currentText() != translate("import_dialog", _NONE)
        }
        return ColumnMapping(columns, DateStyle(self.date_style.currentData()))

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        counts = self.preview.counts
        text = translate("import_dialog", "{kind}: {file}. Would be: {counts}.").format(
            kind=self.preview.kind.label, file=self.preview.file_name, counts=counts.sentence()
        )
        if self.preview.imported_before:
            before = translate("import_dialog", " This exact file was imported before, on {date}.")
            text += before.format(date=date_text(self.preview.imported_before.date()))
        self.summary_label.setText(text)
        self.model.set_rows(self.preview.rows)
        writes = counts.added + counts.merged
        self.import_button.setEnabled(writes > 0)
        self.import_button.setText(
            translate("import_dialog", "Import %n rows", None, writes)
            if writes
            else translate("import_dialog", "Nothing to import")
        )
        self._show(2)

    def _back(self) -> None:
        self.error_label.clear()
        page = self.pages.currentIndex()
        target = 1 if page == 2 and self.preview and self.preview.kind.value == "csv" else 0
        self._show(target)

    def _import(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        self.hub.actions.run_long(
            self,
            translate("import_dialog", "Import {file}").format(file=preview.file_name),
            lambda progress: commit_import(
                self.ctx, preview, today=self.today, progress=progress.step
            ),
            message=lambda _: translate("import_dialog", "Import finished."),
            done=self._imported,
            failed=self._problem,
            cancellable=True,
        )

    def _imported(self, outcome: Outcome[ImportResult]) -> None:
        self.import_result, self.import_changes = outcome.value, outcome.changes
        result = self.import_result
        lines = [
            translate("import_dialog", "Imported {file}: {counts}.").format(
                file=result.file_name, counts=result.counts.sentence()
            )
        ]
        row_words = translate("import_dialog", "Row {row}: {result}: {why}")
        lines += [
            row_words.format(row=r.line, result=r.fate.label.lower(), why=r.reason)
            for r in self.import_result.rows
            if r.fate in (Fate.REJECT, Fate.MERGE)
        ]
        self.done_label.setText("\n".join(lines))
        self._show(3)
        self.imported.emit(outcome.changes)


def _beside(box: QComboBox, sample: QLabel) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(box, 1)
    line.addWidget(sample, 1)
    return row


def _first_values(table: SourceTable) -> dict[str, str]:
    """Each column's first non-empty value, in words (dates in the app's style)."""
    found: dict[str, str] = {}
    for row in table.rows[:50]:
        for header, cell in zip(table.headers, row.cells, strict=False):
            if header not in found and cell not in (None, ""):
                found[header] = _cell_words(cell)
    return found


def _cell_words(cell: object) -> str:
    if isinstance(cell, dt.datetime):
        return date_text(cell.date())
    if isinstance(cell, dt.date):
        return date_text(cell)
    return str(cell).strip()
