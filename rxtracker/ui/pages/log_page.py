"""The CE log: every activity, instant search, filters, add/edit/delete with undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import Hours
from rxtracker.i18n import translate
from rxtracker.services import ActivityRow, Changes, Context, Kind, Outcome, activities
from rxtracker.services.views import (
    SORTS,
    LogQuery,
    LogSlice,
    LogView,
    log_reach,
    log_slice,
    log_view,
)
from rxtracker.ui.actions import confirm
from rxtracker.ui.common import (
    date_text,
    open_with_system_viewer,
)
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.dialogs.verification import VerificationButtons
from rxtracker.ui.hub import EventHub
from rxtracker.ui.latest_read import LatestRead
from rxtracker.ui.models.activities import ActivityTableModel, Cells
from rxtracker.ui.pages.base import Page, bar, heading, setup_table
from rxtracker.ui.pages.log_filters import LogFilters
from rxtracker.ui.pages.log_layout import checks_bar, say_empty, say_no_matches, size_columns
from rxtracker.ui.undo import DeleteActivityCommand
from rxtracker.ui.widgets.empty_state import EmptyState
from rxtracker.ui.widgets.steady_table import SteadyTable


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
        self.spare_form: ActivityDialog | None = None  # built ahead, never shown (keep_spare)
        self.view: LogView | None = None
        self.confirm_box: QMessageBox | None = None
        self._generation = 0  # of the whole log's reads: an older one arriving is dropped
        self._wanted: int | None = None  # to select once its row arrives
        self.reads = LatestRead(
            hub.actions, self, translate("log_page", "Read the CE log")
        )  # search, filters, sort
        self.model = ActivityTableModel(self._read_slice, self)
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("log_page", "CE log summary"))
        self.filters = LogFilters(self)
        self.filters.changed.connect(self._requery)
        self.search = self.filters.search
        self.credential_filter = self.filters.credential_filter
        self.cycle_filter = self.filters.cycle_filter
        self.topic_filter = self.filters.topic_filter
        self.format_filter = self.filters.format_filter
        self.table = SteadyTable()  # not repainted for nothing when a form opens over it
        setup_table(self.table, translate("log_page", "CE activities"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)  # cells: see row_items
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActivityTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._kept: int | None = None  # the activity selected before a reset
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.answered.connect(self._show_counts)  # a search or filter's rows shown
        self.model.answered.connect(self._select_wanted)  # asked for while rows were read
        size_columns(self.table)
        self.empty = EmptyState(translate("log_page", "Nothing logged yet"), self)
        self.empty.button.clicked.connect(self._empty_action)
        self.empty.other.clicked.connect(self.import_wanted)
        self.filters_bar, self.actions_bar = self.filters, bar(self._buttons_row())
        self.checks = VerificationButtons(self.ctx, self.hub, self.selected, self)
        self.checks_bar = checks_bar(self.checks.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("log_page", "CE Log")))
        for widget in (self.summary, self.filters_bar, self.table, self.empty):
            layout.addWidget(widget, 1 if widget in (self.table, self.empty) else 0)
        layout.addWidget(self.checks_bar)
        layout.addWidget(self.actions_bar)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self.delete_selected)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.activated.connect(self.edit_selected)

    def _buttons_row(self) -> QHBoxLayout:
        self.add_button = QPushButton(translate("log_page", "&Log a CE activity…"))
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button = QPushButton(translate("log_page", "Ed&it…"))  # Alt+E is the Edit menu's
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("log_page", "&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button = QPushButton(translate("log_page", "&Open certificate"))
        self.open_button.clicked.connect(self.open_certificate)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        for button in (self.open_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        return row

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the person's first rows and credentials on the worker thread.

        The page keeps what it shows until the rows arrive (an empty frame on a first visit).
        """
        self._generation += 1
        if self.person_id is None:
            self._show(None)
        else:
            self._read(refresh=False)

    def _on_changes(self, changes: Changes) -> None:
        """Changes to some activities of the log shown read its rows again, off the UI thread."""
        if changes.touches(Kind.CATALOG):
            self.keep_spare(None)  # its choice of recognized programs may have changed
        if not self.concerns(changes):
            return
        if self.stale or self.view is None or not self.isVisible() or not _rows_only(changes):
            self.mark_stale()
        else:
            self.reload_count += 1  # a refresh of the rows read so far, updated in place
            # Once the change shown (a row removed) has painted: read meanwhile, the worker
            # held the GIL that the page's paint (its filters, the undo notice) waited for.
            self.painted.run(self._refresh)

    def _refresh(self) -> None:
        """Read the rows shown again (unless the log shows nobody's by now)."""
        if self.person_id is not None and self.view is not None:
            self._read(refresh=True)

    def _query(self, person_id: int) -> LogQuery:
        """What the search box, the filters and the sorted column ask for."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        words, window, topic, fmt = self.filters.asked()
        return LogQuery(
            person_id,
            words=words,
            window=window,
            topic=topic,
            format=fmt,
            sort=SORTS[column] if 0 <= column < len(SORTS) else "date",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            counted=self.model.query.counted if self.model.query else (),
        )

    def _read_slice(
        self,
        query: LogQuery,
        offset: int,
        limit: int,
        prepare: Callable[[LogSlice], Cells],
        then: Callable[[Cells], None],
    ) -> None:
        """The model's reads and cells, on the worker thread (the latest asked wins)."""
        known = self._known(query, offset)
        self.reads.ask(lambda: prepare(log_slice(self.ctx, query, offset, limit, known)), then)

    def _known(self, query: LogQuery, offset: int) -> tuple[int, Hours] | None:
        """The count and hours of ``query``'s matches when already known (no summary read)."""
        if offset:
            return self.model.matching  # more rows of the query shown
        view = self.view
        if view is not None and not query.narrowed and view.query.person_id == query.person_id:
            return view.count, view.total  # every activity: the person's totals
        return None

    def _requery(self) -> None:
        """The search or a filter changed: ask for the new query's first rows (off-thread)."""
        if self.person_id is None or self.model.query is None:
            return
        self._generation += 1  # a read on its way answers the old query
        self.model.set_query(self._query(self.person_id))

    def _read(self, refresh: bool) -> None:
        person_id, generation, today = self.person_id, self._generation, self.ctx.clock.today()
        assert person_id is not None
        query = self._query(person_id)
        limit = max(self.model.PAGE, self.model.rowCount()) if refresh else self.model.PAGE

        def work() -> tuple[LogView, Cells]:
            view = log_view(self.ctx, query, today, limit)
            return view, self.model.cells(view.first, view.counts_toward)

        self.hub.actions.read(
            self,
            translate("log_page", "Read the CE log"),
            work,
            lambda read: self._arrived(generation, person_id, refresh, *read),
        )

    def _arrived(
        self, generation: int, person_id: int, refresh: bool, view: LogView, cells: Cells
    ) -> None:
        if generation != self._generation or person_id != self.person_id:
            return  # a newer read is on its way, or the query changed since
        if not refresh:
            self._show(view, cells)
            return
        credentials_changed = self.view is None or self.view.credentials != view.credentials
        self.view = view
        self.model.refresh(view.query, cells)
        if credentials_changed:
            self.filters.fill(self.view.credentials if self.view else ())
        self._show_counts()
        self._select_wanted()

    def _show(self, view: LogView | None, cells: Cells | None = None) -> None:
        self.view = view
        selected = self.selected()
        self.model.show(view.query if view else None, cells)
        self.filters.fill(self.view.credentials if self.view else ())
        if view is not None and self._query(view.query.person_id) != self.model.query:
            self._requery()  # typed or chosen while the rows were on their way
        self._show_counts()
        if selected is not None:
            self.select_activity(selected.id)
        self._select_wanted()
        self._selection_changed()

    def _show_counts(self) -> None:
        everything = self.view.count if self.view else 0
        shown, hours = self.model.matching
        if not everything:
            words = ""
        elif self.model.query is None or not self.model.query.narrowed:
            words = translate("log_page", "%n activities, {hours} in all.", None, everything)
        else:
            words = translate("log_page", "{shown} of %n activities · {hours}", None, everything)
        self.summary.setText(words.format(shown=shown, hours=hours.describe()))
        self._show_empty(bool(shown), bool(everything))

    def _show_empty(self, has_rows: bool, has_any: bool) -> None:
        """An empty log shows one message and one action instead of the table and its tools.

        A search or filters that leave nothing keep the summary and the filters, and say so.
        """
        self.summary.setVisible(has_any)
        self.filters_bar.setVisible(has_any)
        self.table.setVisible(has_rows)
        self.actions_bar.setVisible(has_any)
        self.checks_bar.setVisible(has_rows and self.supervisor_tools)
        self.empty.setVisible(not has_rows)
        if has_any:
            say_no_matches(self.empty)
        else:
            say_empty(self.empty, person_known=self.person_id is not None)
        self.add_button.setEnabled(self.person_id is not None)

    def show_supervisor_tools(self, shown: bool) -> None:
        """Show the supervisor's checks (a team, or supervisor tools chosen in Settings)."""
        self.supervisor_tools = shown
        self.checks_bar.setVisible(shown and not self.table.isHidden())

    def _empty_action(self) -> None:
        if self.view is not None and self.view.count:
            self.filters.clear()  # "No matches": show every activity again
        elif self.person_id is None:
            self.setup_wanted.emit()
        else:
            self.add_activity()

    # ------------------------------------------------------------------ actions

    def selected(self) -> ActivityRow | None:
        """The selected activity, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_activity(self, activity_id: int) -> None:
        """Select (and scroll to) an activity if it is shown (once it arrives, if on its way)."""
        row = self.model.row_of(activity_id)
        if row is None and (self.hub.actions.reading or self.painted.waiting):
            self._wanted = activity_id
            return
        self._wanted = None
        query = self.model.query
        if row is None and query is not None:
            self._reach(query, activity_id)  # further down: read up to it, off-thread
        elif row is not None:
            self._select_row(row)

    def _reach(self, query: LogQuery, activity_id: int) -> None:
        offset = self.model.rowCount()
        known = self._known(query, offset)

        def read() -> Cells | None:
            more = log_reach(self.ctx, query, activity_id, offset, known)
            return None if more is None else self.model.cells(more)

        def reached(more: Cells | None) -> None:
            if more is not None and self.model.add(query, offset, more):
                row = self.model.row_of(activity_id)
                if row is not None:
                    self._select_row(row)

        self.reads.ask(read, reached)

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _select_wanted(self) -> None:
        if self._wanted is not None:
            self.select_activity(self._wanted)

    def _keep_selection(self) -> None:
        chosen = self.selected()
        self._kept = chosen.id if chosen else None

    def _restore_selection(self) -> None:
        """Select again the activity selected before the search or a filter changed."""
        kept, self._kept = self._kept, None
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self._select_row(row)
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
            self._open_dialog(self._form(self.person_id, None))

    def edit_selected(self) -> None:
        """Open the form on the selected activity."""
        chosen = self.selected()
        if chosen is not None and self.person_id is not None:
            self._open_dialog(self._form(self.person_id, chosen))

    def keep_spare(self, form: ActivityDialog | None) -> None:
        """Keep ``form`` (built without a person, never shown) for the next form opened."""
        if self.spare_form is not None:
            self.spare_form.deleteLater()
        self.spare_form = form

    def _form(self, person_id: int, activity: ActivityRow | None) -> ActivityDialog:
        """The form of ``activity``: the spare one when it was built today, else a new one.

        Building the form was most of opening it (its widgets, then laid out and polished).
        """
        spare, self.spare_form = self.spare_form, None
        if spare is not None and spare.built_on == self.ctx.clock.today():
            spare.aim(person_id, activity)
            return spare
        if spare is not None:
            spare.deleteLater()
        return ActivityDialog(self.ctx, self.hub, person_id, activity, self)

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
            translate("log_page", "Delete this activity?"),
            translate(
                "log_page",
                "Delete “{title}” ({date}, {hours})?\n\nYou can undo this with Ctrl+Z until "
                "you close rxtracker.",
            ).format(
                title=chosen.title,
                date=date_text(chosen.completed_on),
                hours=chosen.hours.describe(),
            ),
            translate("log_page", "Delete"),
            lambda: self._delete(chosen),
        )

    def _delete(self, row: ActivityRow) -> None:
        """Delete on the worker thread; the row goes once the activity is deleted.

        On the GUI thread, the write (its statements compiled the first time, the commit
        waiting for the disk) was a delete's longest turn.
        """

        def deleted(outcome: Outcome[ActivityRow]) -> None:
            self.model.remove(row.id)  # at once; the refresh then reads what moved up
            self.undo.push(DeleteActivityCommand(self.ctx, self.hub, outcome.value, self))

        self.hub.actions.run_long(
            self,
            translate("log_page", "Delete “{title}”").format(title=row.title),
            lambda _progress: activities.delete_activity(self.ctx, row.id),
            message=lambda _: translate(
                "log_page", "Deleted “{title}”. Press Ctrl+Z to undo."
            ).format(title=row.title),
            done=deleted,
        )

    def open_certificate(self) -> None:
        """Open the selected activity's certificate with the system viewer."""
        chosen = self.selected()
        if chosen is not None and chosen.attachments:
            open_with_system_viewer(activities.open_certificate(self.ctx, chosen.attachments[0]))


def _rows_only(changes: Changes) -> bool:
    """True when ``changes`` are to some activities only (their rows can be read alone)."""
    return bool(changes.activities) and changes.kinds <= {Kind.ACTIVITIES, Kind.VERIFICATION}
