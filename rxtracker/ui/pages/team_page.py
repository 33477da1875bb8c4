"""The Team page: everybody by credential, most urgent first, for the supervisor.

The whole team is evaluated once per reload (one service call); the filters only narrow the
plain view already loaded, so changing a filter never reads the database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker import i18n
from rxtracker.domain import Role
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services import Changes, Context, Kind, PersonRow, people
from rxtracker.services.history import set_acting_person
from rxtracker.services.rows import OnProgress
from rxtracker.services.team import (
    TeamFilter,
    TeamView,
    apply_filter,
    team_view,
    team_view_updated,
)
from rxtracker.services.team_signin import database_label
from rxtracker.ui.common import date_text
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.team import (
    PERSON_ROLE,
    ColumnSamples,
    TeamTableModel,
    column_samples,
    column_samples_updated,
)
from rxtracker.ui.pages.base import Page, bar, heading
from rxtracker.ui.pages.team_empty import TeamEmpty
from rxtracker.ui.widgets.frozen_table import FrozenColumnTable
from rxtracker.ui.widgets.team_person import TeamPersonPanel

if TYPE_CHECKING:
    from rxtracker.ui.dialogs.roster_dialog import RosterImportDialog

WINDOWS: tuple[tuple[object, str], ...] = (
    (None, QT_TRANSLATE_NOOP("team_page", "Any deadline")),
    (30, QT_TRANSLATE_NOOP("team_page", "Due within 30 days")),
    (60, QT_TRANSLATE_NOOP("team_page", "Due within 60 days")),
    (90, QT_TRANSLATE_NOOP("team_page", "Due within 90 days")),
)
ROLES: tuple[tuple[object, str], ...] = (
    (None, QT_TRANSLATE_NOOP("team_page", "All roles")),
    (Role.TECHNICIAN, QT_TRANSLATE_NOOP("team_page", "Technicians")),
    (Role.LEAD, QT_TRANSLATE_NOOP("team_page", "Leads")),
    (Role.SUPERVISOR, QT_TRANSLATE_NOOP("team_page", "Supervisors")),
)


class ReportFile:
    """Asks where to save the team report (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        """The chosen .pdf or .csv file, or None."""
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            translate("team_page", "Export the team report"),
            translate("team_page", "team-report.pdf"),
            "PDF (*.pdf);;CSV (*.csv)",
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".pdf")
        return path


class TeamPage(Page):
    """A grid of people by credential with filters, a count summary and the team actions."""

    person_opened = Signal(int)

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(ctx, hub, parent)
        self.whole: TeamView | None = None
        self.samples: ColumnSamples = {}  # the whole view's longest lines, for column widths
        self.as_of: dt.date | None = None  # None: today
        self.dialog: RosterImportDialog | None = None
        self._pending: set[int] | None = None  # people to evaluate again (None: everybody)
        self._updating = False  # an evaluation of some people is on its way
        self._generation = 0  # of the grids shown: an update of an older one is redone
        self.model = TeamTableModel(self)
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("team_page", "Team summary"))
        self.summary.setWordWrap(True)  # a long summary wraps instead of widening the window
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        self.table = FrozenColumnTable()  # the names stay in view while scrolling sideways
        self.table.setAccessibleName(translate("team_page", "Team: people by credential"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() * 2 + 8)  # compact
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.table.fontMetrics().horizontalAdvance("M") * 17)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._clicked)  # a click shows the person at the side
        self.table.doubleClicked.connect(self._clicked)
        self.person_panel = TeamPersonPanel(self.ctx)  # the selected person, at the side
        self.person_panel.opened.connect(self.person_opened)
        self.next_for = self.person_panel.next_for
        self.table.selectionModel().currentChanged.connect(lambda index, _: self._current(index))
        grid = QHBoxLayout()
        grid.addWidget(self.table, 1)
        grid.addWidget(self.person_panel)
        self.empty = TeamEmpty(self.import_roster, self.manage_people, self._clear_filters, self)
        self.model.modelReset.connect(self._follow_empty)  # nobody to list: one message, one action
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("team_page", "Team")))
        layout.addWidget(self.summary)
        layout.addLayout(self._filters_row())
        layout.addLayout(grid, 1)
        layout.addWidget(self.empty, 1)
        self.actions_bar = bar(self._buttons_row())
        layout.addWidget(self.actions_bar)

    def _follow_empty(self) -> None:
        whole = self.whole
        nobody = whole is not None and not any(row.cells for row in whole.rows)
        filtered_out = whole is not None and self.model.rowCount() == 0
        empty = self.empty.show_for(nobody=nobody, filtered_out=filtered_out)
        self.table.setVisible(not empty)
        self.person_panel.setVisible(not empty)
        self.actions_bar.setVisible(not nobody)  # its Import a roster… is the empty state's

    def _clear_filters(self) -> None:
        for combo in (self.window_filter, self.role_filter, self.type_filter):
            combo.setCurrentIndex(0)
        self.not_on_track.setChecked(False)

    def _current(self, index: QModelIndex) -> None:
        """The side panel follows the grid's current row."""
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.person_panel.show_row(row, self.as_of)

    def _filters_row(self) -> QHBoxLayout:
        self.window_filter = _combo(translate("team_page", "Deadline window"), WINDOWS)
        self.not_on_track = QCheckBox(translate("team_page", "Only &not on track"))
        self.role_filter = _combo(translate("team_page", "Role"), ROLES)
        self.type_filter = _combo(
            translate("team_page", "Credential"),
            ((None, QT_TRANSLATE_NOOP("team_page", "All credentials")),),
        )
        # The filters changed in one turn (cleared together) are applied once, the turn after.
        self.refilter = QTimer(self)
        self.refilter.setSingleShot(True)
        self.refilter.setInterval(0)
        self.refilter.timeout.connect(self.apply_filters)
        for combo in (self.window_filter, self.role_filter, self.type_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refilter.start())
        self.not_on_track.toggled.connect(lambda _on: self.refilter.start())
        self.acting = QComboBox()
        self.acting.setAccessibleName(translate("team_page", "You are"))
        self.acting.setToolTip(
            translate(
                "team_page",
                "Who is checking records: named with each verification and in the change history",
            )
        )
        self.acting.currentIndexChanged.connect(self._acting_chosen)
        self.acting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.acting.setMinimumContentsLength(10)
        row = QHBoxLayout()
        for widget in (self.window_filter, self.not_on_track, self.role_filter, self.type_filter):
            row.addWidget(widget)
        row.addStretch(1)
        self.people_button = QPushButton(translate("team_page", "&People…"))
        self.people_button.setToolTip(
            translate("team_page", "Add, edit, deactivate or reactivate people")
        )
        self.people_button.clicked.connect(self.manage_people)
        row.addWidget(self.people_button)
        return row

    def _buttons_row(self) -> QHBoxLayout:
        self.import_button = QPushButton(translate("team_page", "&Import a roster…"))
        self.import_button.clicked.connect(self.import_roster)
        self.report_button = QPushButton(translate("team_page", "Export the team &report…"))
        self.report_button.clicked.connect(self.export_report)
        self.hint = QLabel(
            translate(
                "team_page",
                "Most urgent first. Double-click a person (or press Enter) to open their "
                "dashboard; click a heading to sort.",
            )
        )
        self.hint.setWordWrap(True)
        you = QLabel(translate("team_page", "&You are:"))
        you.setBuddy(self.acting)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.hint, 1)
        row.addWidget(you)
        row.addWidget(self.acting)
        row.addWidget(self.report_button)
        return row

    # ------------------------------------------------------------------ loading

    def concerns(self, changes: Changes) -> bool:
        """A change of one of the page's kinds to anybody's records concerns the team view."""
        return changes.touches(*self.kinds)

    def set_person(self, person_id: int | None) -> None:
        """The person shown elsewhere; the team view is everybody's, so nothing is read."""
        self.person_id = person_id

    def _on_changes(self, changes: Changes) -> None:
        """Changes to some people's records evaluate only those people again."""
        if not self.concerns(changes):
            return
        if self._pending is not None and changes.people and not changes.touches(Kind.CATALOG):
            self._pending |= changes.people
        else:
            self._pending = None
        self.mark_stale()

    def reload(self) -> None:
        """Evaluate (off the GUI thread) the people changed, or the whole team the first time.

        The grid is then shown through the filters.
        """
        whole, pending = self.whole, self._pending
        day = self.as_of or self.ctx.clock.today()
        if whole is None or pending is None or whole.as_of != day:
            self._pending = set()
            self.hub.actions.run_long(
                self,
                translate("team_page", "Evaluate the team"),
                lambda progress: _evaluated(
                    team_view(self.ctx, self.as_of, progress=progress.step)
                ),
                done=self._show_whole,
                cancellable=True,
                page_read=True,
            )
        elif pending and not self._updating:
            self._pending, self._updating = set(), True
            generation, samples = self._generation, self.samples
            self.read_after_paint(
                self,
                translate("team_page", "Evaluate the team"),
                lambda: _updated(team_view_updated(self.ctx, whole, pending), samples, pending),
                lambda updated: self._show_update(generation, pending, updated),
            )

    def _show_update(self, generation: int, people: set[int], evaluated: Evaluated) -> None:
        self._updating = False
        if generation != self._generation:  # the whole team was evaluated meanwhile
            if self._pending is not None:
                self._pending |= people
        else:
            self._show_whole(evaluated)
        if self._pending:  # changed again meanwhile
            self.mark_stale()

    def _show_whole(self, evaluated: Evaluated) -> None:
        self._generation += 1
        self.whole, self.samples = evaluated
        self._fill_types()
        self._fill_acting()
        self.apply_filters()

    def _fill_types(self) -> None:
        assert self.whole is not None
        wanted = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(translate("team_page", "All credentials"), None)
        for column in self.whole.columns:
            self.type_filter.addItem(data_text(column.short_name), column.type_id)
        self.type_filter.setCurrentIndex(max(self.type_filter.findData(wanted), 0))
        self.type_filter.blockSignals(False)

    def _fill_acting(self) -> None:
        current = self.ctx.db.actor.person_id
        self.acting.blockSignals(True)
        self.acting.clear()
        if database_label(self.ctx) is not None:  # the server names the signed-in login
            you = (
                people.get_person(self.ctx, current).name
                if current
                else translate("team_page", "(no person)")
            )
            self.acting.addItem(you, current)
            self.acting.setEnabled(False)
            self.acting.blockSignals(False)
            return
        self.acting.addItem(translate("team_page", "(not said)"), None)
        for person in self._leads():
            self.acting.addItem(person.name, person.id)
        self.acting.setCurrentIndex(max(self.acting.findData(current), 0))
        self.acting.blockSignals(False)

    def _leads(self) -> list[PersonRow]:
        """The active leads and supervisors, by name (from the team view: no query)."""
        assert self.whole is not None
        leads = [r.person for r in self.whole.rows if r.person.role is not Role.TECHNICIAN]
        return sorted(leads, key=lambda p: (p.name.lower(), p.id))

    def _acting_chosen(self, _index: int) -> None:
        set_acting_person(self.ctx, self.acting.currentData())

    def filters(self) -> TeamFilter:
        """The filters as chosen."""
        return TeamFilter(
            within_days=self.window_filter.currentData(),
            not_on_track=self.not_on_track.isChecked(),
            role=_role(self.role_filter.currentData()),
            type_id=self.type_filter.currentData(),
        )

    def apply_filters(self) -> None:
        """Show the loaded view through the filters (no database access)."""
        self.refilter.stop()  # applied now
        if self.whole is None:
            return
        window = self.window_filter.currentData() or 60
        view = apply_filter(self.whole, self.filters(), window)
        self.model.set_view(view)
        count = view.summary.people
        words = (
            translate("team_page", "1 person · {summary} (as of {date})")
            if count == 1
            else translate("team_page", "%n people · {summary} (as of {date})", None, count)
        )
        self.summary.setText(
            words.format(summary=view.summary.sentence(), date=date_text(view.as_of))
        )
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._size_columns()

    def _size_columns(self) -> None:
        """Each column as wide as its longest line (measured on a sample, see column_samples)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column, texts in enumerate(self.model.sizing_texts(self.samples)):
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 18)

    # ------------------------------------------------------------------ actions

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.person_opened.emit(int(index.data(PERSON_ROLE)))

    # The dialogs and report writers are imported when first used: the team page is often
    # the first page shown, and they weigh more than the page itself.

    def manage_people(self) -> None:
        """Add, edit, deactivate and reactivate people."""
        from rxtracker.ui.dialogs.people_dialog import PeopleDialog

        PeopleDialog.ask(self, self.ctx, self.hub)

    def import_roster(self) -> None:
        """Open the roster import (preview first)."""
        from rxtracker.ui.dialogs.roster_dialog import RosterImportDialog

        self.dialog = RosterImportDialog(self.ctx, self.hub, self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def export_report(self) -> None:
        """Ask for a .pdf or .csv file and write the team report there."""
        path = ReportFile.ask(self)
        if path is None:
            return
        self.hub.actions.run_long(
            self,
            translate("team_page", "Write the team report"),
            lambda progress: self.write_report(path, progress.step),
            message=str,
            failed=lambda words: self.hub.message.emit(
                translate("team_page", "The team report was not written: {why}").format(why=words)
            ),
            cancellable=True,
        )

    def write_report(self, path: Path, progress: OnProgress | None = None) -> str:
        """Write the team report to ``path`` (.pdf or .csv); returns what was done.

        Runs on the worker thread (services only); ``progress`` may stop the PDF's drawing.
        """
        from rxtracker.services.team_report import export_team_csv, team_report

        day = self.as_of or self.ctx.clock.today()
        if path.suffix.lower() == ".csv":
            result = export_team_csv(self.ctx, path, day)
            lines = result.count
            saved = translate("team_page", "Team report saved to {file} (%n lines).", None, lines)
            return saved.format(file=result.path)
        from rxtracker.printing.pdf import render_team_report

        report = team_report(self.ctx, day)
        pages = render_team_report(report, path, progress)
        saved = translate("team_page", "Team report saved to {file} (%n pages).", None, pages)
        return saved.format(file=path)


#: A team evaluation and its columns' sample lines (both made on the worker thread).
Evaluated = tuple[TeamView, ColumnSamples]


def _evaluated(view: TeamView) -> Evaluated:
    return view, column_samples(view)


def _updated(view: TeamView, samples: ColumnSamples, people: set[int]) -> Evaluated:
    return view, column_samples_updated(samples, view, people)


def _role(data: object) -> Role | None:
    """The chosen role (a combo box hands an enum back as its plain string value)."""
    return Role(str(data)) if data else None


def _combo(name: str, items: tuple[tuple[object, str], ...]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for data, text in items:
        combo.addItem(translate("team_page", text), data)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8 if i18n.language() == "en" else 14)  # Spanish runs longer
    return combo
