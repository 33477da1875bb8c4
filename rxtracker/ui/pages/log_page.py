"""The CE log: every activity, instant search, filters, add/edit/delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import Format
from rxtracker.services import ActivityRow, Changes, Context, Kind, Outcome, activities
from rxtracker.services.views import LogView, log_view
from rxtracker.ui.actions import confirm
from rxtracker.ui.common import (
    FORMAT_WORDS,
    TOPIC_WORDS,
    date_text,
    open_with_system_viewer,
)
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.dialogs.verification import VerificationButtons
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.activities import NO_TOPIC, ActivityTableModel
from rxtracker.ui.models.activity_proxy import ActivityFilterProxy
from rxtracker.ui.pages.base import Page, bar, heading, setup_table
from rxtracker.ui.pages.log_layout import checks_bar, say_empty
from rxtracker.ui.undo import DeleteActivityCommand
from rxtracker.ui.widgets.empty_state import EmptyState
from rxtracker.ui.widgets.fit import ElidedComboBox

ALL = None


class LogPage(Page):
    """Every CE activity of the person shown."""

    kinds = Page.kinds | {Kind.VERIFICATION}
    import_wanted = Signal()  # the empty log's second choice: File ▸ Import
    setup_wanted = Signal()  # nobody yet: the first-run steps

    def __init__(
        self, ctx: Context, hub: EventHub, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, hub, parent)
        self.undo = undo
        self.supervisor_tools = False  # the Verified / Send back row (see show_supervisor_tools)
        self.dialog: ActivityDialog | None = None
        self.view: LogView | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0  # of the whole log's reads: an older one arriving is dropped
        self._wanted: int | None = None  # to select once its row arrives
        self.model = ActivityTableModel(self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName("CE log summary")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search (Ctrl+F)")
        self.search.setToolTip("Search titles, providers, UANs, topics and subjects")
        self.search.setAccessibleName("Search the CE log")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance("Search (Ctrl+F)") + 40
        )
        self.search.textChanged.connect(self.proxy.set_text)
        self.credential_filter = self._combo("Show CE for credential")
        self.credential_filter.currentIndexChanged.connect(self._credential_chosen)
        self.cycle_filter = self._combo("Show CE from cycle")
        self.cycle_filter.currentIndexChanged.connect(self._cycle_chosen)
        self.topic_filter = self._combo("Show topic")
        self.topic_filter.addItem("All topics", ALL)
        for code, words in TOPIC_WORDS.items():
            self.topic_filter.addItem(f"{words} ({code})", code)
        self.topic_filter.addItem("No topic (no UAN)", NO_TOPIC)
        self.topic_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_topic(self.topic_filter.currentData())
        )
        self.format_filter = self._combo("Show format")
        self.format_filter.addItem("Live and home study", ALL)
        for fmt in Format:
            self.format_filter.addItem(FORMAT_WORDS[fmt], fmt.value)
        self.format_filter.addItem("No UAN", NO_TOPIC)
        self.format_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_format(self.format_filter.currentData())
        )
        self.table = QTableView()
        setup_table(self.table, "CE activities")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActivityTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._kept: tuple[int, int] | None = None  # (source row, activity id) selected
        self.proxy.modelAboutToBeReset.connect(self._keep_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self._size_columns()
        self.empty = EmptyState("Nothing logged yet", self)
        self.empty.button.clicked.connect(self._empty_action)
        self.empty.other.clicked.connect(self.import_wanted)
        self.filters_bar, self.actions_bar = bar(self._filters_row()), bar(self._buttons_row())
        self.checks = VerificationButtons(self.ctx, self.hub, self.selected, self)
        self.checks_bar = checks_bar(self.checks.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("CE Log"))
        for widget in (self.summary, self.filters_bar, self.table, self.empty):
            layout.addWidget(widget, 1 if widget in (self.table, self.empty) else 0)
        layout.addWidget(self.checks_bar)
        layout.addWidget(self.actions_bar)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self.delete_selected)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.activated.connect(self.edit_selected)

    def _combo(self, name: str) -> QComboBox:
        combo = ElidedComboBox()  # a narrow window elides the choice and tells it in a tooltip
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(7)
        return combo

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        for combo in (
            self.credential_filter,
            self.cycle_filter,
            self.topic_filter,
            self.format_filter,
        ):
            row.addWidget(combo, 1)
        return row

    def _buttons_row(self) -> QHBoxLayout:
        self.add_button = QPushButton("&Log a CE activity…")
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button = QPushButton("Ed&it…")  # Alt+E is the Edit menu's
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button = QPushButton("&Open certificate")
        self.open_button.clicked.connect(self.open_certificate)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        for button in (self.open_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        return row

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        samples = (
            "Sep 30, 2026",
            "",
            "Lone Star Pharmacy",
            "Hours",
            "Home study",
            "Patient safety (05)",
            "Technicians",
            "PTCB CPhT, TX technician",
            "Certificate",
            "Sent back",
        )
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(ActivityTableModel.TITLE, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the person's activities and credentials on the worker thread.

        The page keeps what it shows until the rows arrive (an empty frame on a first visit).
        """
        self._generation += 1
        if self.person_id is None:
            self._show(None)
        else:
            self._read(None)

    def _on_changes(self, changes: Changes) -> None:
        """Changes to some activities of the log shown update only their rows."""
        if not self.concerns(changes):
            return
        if self.stale or self.view is None or not self.isVisible() or not _rows_only(changes):
            self.mark_stale()
        else:
            self.reload_count += 1  # a refresh, of the rows changed only
            self._read(changes.activities)

    def _read(self, only: frozenset[int] | None) -> None:
        person_id, generation, today = self.person_id, self._generation, self.ctx.clock.today()
        assert person_id is not None
        self.hub.actions.read(
            self,
            "Read the CE log",
            lambda: log_view(self.ctx, person_id, today, only),
            lambda view: self._arrived(generation, person_id, only, view),
        )

    def _arrived(
        self, generation: int, person_id: int, only: frozenset[int] | None, view: LogView
    ) -> None:
        if generation != self._generation or person_id != self.person_id:
            return  # a newer read is on its way
        if only is None:
            self._show(view)
            return
        kept = {r.id for r in view.activities}
        self.model.update_rows(view.activities, only - kept, view.counts_toward)
        credentials_changed = self.view is None or self.view.credentials != view.credentials
        self.view = view
        if credentials_changed:
            self._fill_credentials()
        self._show_counts(view)
        self._select_wanted()

    def _show(self, view: LogView | None) -> None:
        self.view = view
        selected = self.selected()
        self.model.set_rows(view.activities if view else (), view.counts_toward if view else {})
        self._fill_credentials()
        self._show_counts(view)
        if selected is not None:
            self.select_activity(selected.id)
        self._select_wanted()
        self._selection_changed()

    def _show_counts(self, view: LogView | None) -> None:
        count = self.model.rowCount()
        total = view.total.describe() if view else ""
        self.summary.setText(f"{count} activities, {total} in all." if count else "")
        self._show_empty(bool(count))

    def _show_empty(self, has_rows: bool) -> None:
        """An empty log shows one message and one action instead of the table and its tools."""
        for widget in (self.summary, self.filters_bar, self.table, self.actions_bar):
            widget.setVisible(has_rows)
        self.checks_bar.setVisible(has_rows and self.supervisor_tools)
        self.empty.setVisible(not has_rows)
        say_empty(self.empty, person_known=self.person_id is not None)
        self.add_button.setEnabled(self.person_id is not None)

    def show_supervisor_tools(self, shown: bool) -> None:
        """Show the supervisor's checks (a team, or supervisor tools chosen in Settings)."""
        self.supervisor_tools = shown
        self.checks_bar.setVisible(shown and not self.table.isHidden())

    def _empty_action(self) -> None:
        if self.person_id is None:
            self.setup_wanted.emit()
        else:
            self.add_activity()

    def _fill_credentials(self) -> None:
        chosen = self.credential_filter.currentData()
        self.credential_filter.blockSignals(True)
        self.credential_filter.clear()
        self.credential_filter.addItem("Any credential", ALL)
        for held in self.view.credentials if self.view else ():
            self.credential_filter.addItem(held.type_name, held.id)
        index = self.credential_filter.findData(chosen)
        self.credential_filter.setCurrentIndex(max(index, 0))
        self.credential_filter.blockSignals(False)
        self._credential_chosen()

    def _credential_chosen(self, _index: int = 0) -> None:
        self.cycle_filter.blockSignals(True)
        self.cycle_filter.clear()
        self.cycle_filter.addItem("All dates", ALL)
        credential_id = self.credential_filter.currentData()
        held = self.view.credentials if self.view and credential_id else ()
        cycles = next((c.cycles for c in held if c.id == credential_id), ())
        for cycle in cycles:
            span = f"{date_text(cycle.start)} – {date_text(cycle.end)}"
            words = f"Current cycle ({span})" if cycle.current else f"Cycle {span}"
            self.cycle_filter.addItem(words, (cycle.start, cycle.end))
        if cycles:
            self.cycle_filter.setCurrentIndex(1)
        self.cycle_filter.setEnabled(credential_id is not None)
        self.cycle_filter.blockSignals(False)
        self._cycle_chosen()

    def _cycle_chosen(self, _index: int = 0) -> None:
        self.proxy.set_window(self.cycle_filter.currentData())

    # ------------------------------------------------------------------ actions

    def selected(self) -> ActivityRow | None:
        """The selected activity, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_activity(self, activity_id: int) -> None:
        """Select (and scroll to) an activity if it is shown (once it arrives, if on its way)."""
        row = self.model.row_of(activity_id)
        if row is None:
            self._wanted = activity_id if self.hub.actions.reading else None
            return
        self._wanted = None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _select_wanted(self) -> None:
        if self._wanted is not None:
            self.select_activity(self._wanted)

    def _keep_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            source = self.proxy.mapToSource(rows[0]).row()
            self._kept = (source, self.model.row_at(source).id)

    def _restore_selection(self) -> None:
        """Select again the activity selected before the search or a filter changed."""
        kept, self._kept = self._kept, None
        if kept is not None:
            source, activity_id = kept
            same = source < self.model.rowCount() and self.model.row_at(source).id == activity_id
            row = source if same else self.model.row_of(activity_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is not None and index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.open_button.setEnabled(chosen is not None and bool(chosen.attachments))
        self.checks.update_for(chosen)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def add_activity(self) -> None:
        """Open the form for a new activity."""
        if self.person_id is not None:
            self._open_dialog(ActivityDialog(self.ctx, self.hub, self.person_id, None, self))

    def edit_selected(self) -> None:
        """Open the form on the selected activity."""
        chosen = self.selected()
        if chosen is not None and self.person_id is not None:
            self._open_dialog(ActivityDialog(self.ctx, self.hub, self.person_id, chosen, self))

    def _open_dialog(self, dialog: ActivityDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, outcome: Outcome[ActivityRow]) -> None:
        self.select_activity(outcome.value.id)

    def delete_selected(self) -> None:
        """Ask, then delete the selected activity (Ctrl+Z brings it back)."""
        chosen = self.selected()
        if chosen is None:
            return
        self.confirm_box = confirm(
            self,
            "Delete this activity?",
            f"Delete “{chosen.title}” ({date_text(chosen.completed_on)}, "
            f"{chosen.hours.describe()})?\n\nYou can undo this with Ctrl+Z until you close "
            "rxtracker.",
            "Delete",
            lambda: self._delete(chosen),
        )

    def _delete(self, row: ActivityRow) -> None:
        self.hub.actions.run(
            self,
            f"Delete “{row.title}”",
            lambda: activities.delete_activity(self.ctx, row.id),
            message=lambda _: f"Deleted “{row.title}”. Press Ctrl+Z to undo.",
            done=lambda o: self.undo.push(DeleteActivityCommand(self.ctx, self.hub, o.value, self)),
        )

    def open_certificate(self) -> None:
        """Open the selected activity's certificate with the system viewer."""
        chosen = self.selected()
        if chosen is not None and chosen.attachments:
            open_with_system_viewer(activities.open_certificate(self.ctx, chosen.attachments[0]))


def _rows_only(changes: Changes) -> bool:
    """True when ``changes`` are to some activities only (their rows can be read alone)."""
    return bool(changes.activities) and changes.kinds <= {Kind.ACTIVITIES, Kind.VERIFICATION}
