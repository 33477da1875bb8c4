"""The main window: left navigation, person switcher, menus, status bar and the pages."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

import rxtracker
from rxtracker.i18n import translate
from rxtracker.services import Changes, Context, Kind, people
from rxtracker.services.team_signin import database_label
from rxtracker.ui import theme
from rxtracker.ui.common import open_with_system_viewer
from rxtracker.ui.dialogs.help_dialogs import add_help_items
from rxtracker.ui.hub import EventHub
from rxtracker.ui.pages import PAGES
from rxtracker.ui.pages.base import Page
from rxtracker.ui.settings import UiSettings
from rxtracker.ui.supervisor import supervisor_tools_wanted
from rxtracker.ui.undo import close_undo_window
from rxtracker.ui.watcher import ChangeWatcher
from rxtracker.ui.widgets.undo_notice import UndoNotice

if TYPE_CHECKING:
    from rxtracker.ui.pages.credentials_page import CredentialsPage
    from rxtracker.ui.pages.dashboard_page import DashboardPage
    from rxtracker.ui.pages.log_page import LogPage
    from rxtracker.ui.pages.pathways_page import PathwaysPage
    from rxtracker.ui.pages.settings_page import SettingsPage
    from rxtracker.ui.pages.team_page import TeamPage
    from rxtracker.ui.pages.welcome_page import WelcomePage

#: The smallest window every page fits in (a 1024x640 screen fits it with room to spare).
MINIMUM_SIZE = (900, 580)
_ROWS = {spec.name: row for row, spec in enumerate(PAGES)}  # a page's navigation row


class MainWindow(QMainWindow):
    """rxtracker's main window."""

    def __init__(
        self, ctx: Context, settings: UiSettings | None = None, *, page: str | None = None
    ) -> None:
        """Open on ``page`` (default: the page shown when the app was last closed)."""
        super().__init__()
        self.ctx = ctx
        self.settings = settings or UiSettings(ctx.paths.settings)
        theme.apply_theme(self.settings.theme)
        self.hub = EventHub(self)
        self.watcher = ChangeWatcher(ctx, self.hub, self)  # changes made by other programs
        self.undo_stack = QUndoStack(self)
        self.hub.undo = self.undo_stack  # removals made in dialogs can be undone too
        self.person_id: int | None = None
        self.supervisor_tools = False  # the Team page, People, checks (ui.supervisor)
        self.setWindowTitle("rxtracker")
        self.setMinimumSize(*MINIMUM_SIZE)
        self._pages: dict[str, Page] = {}  # built on first show (see page())
        self._welcome: WelcomePage | None = None  # made on first use: most starts never show it
        self._build()
        self._build_menus()
        self.hub.changed.connect(self._on_changes)
        self.hub.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._restore(page)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.person_label = QLabel(translate("main_window", "Showing the records of:"))
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(translate("main_window", "Whose records to show"))
        self.person_label.setBuddy(self.person_combo)
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("main_window", "Pages"))
        for spec in PAGES:
            self.nav.addItem(translate("pages", spec.title))
        self.nav.setFixedWidth(self.nav.fontMetrics().horizontalAdvance("M") * 12)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.nav.currentRowChanged.connect(self.show_page_at)
        self.stack = QStackedWidget()
        left = QVBoxLayout()
        left.addWidget(self.person_label)
        left.addWidget(self.person_combo)
        left.addWidget(self.nav, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addLayout(left)
        self.undo_notice = UndoNotice(self.undo_stack, self)  # "Deleted …  [Undo]"
        column = QVBoxLayout()
        column.addWidget(self.stack, 1)
        column.addWidget(self.undo_notice)
        row.addLayout(column, 1)
        self.outer = QStackedWidget()
        self.outer.addWidget(body)
        self.setCentralWidget(self.outer)
        self.statusBar().showMessage(translate("main_window", "Ready"))
        if (where := database_label(self.ctx)) is not None:  # which records are open
            self.database_label = QLabel(where)
            self.statusBar().addPermanentWidget(self.database_label)
        self.setTabOrder(self.person_combo, self.nav)
        self.setTabOrder(self.nav, self.stack)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        self.new_activity_action = self._action(
            translate("main_window", "&Log a CE activity…"),
            QKeySequence.StandardKey.New,
            self.new_activity,
        )
        file_menu.addAction(self.new_activity_action)
        file_menu.addAction(
            self._action(translate("main_window", "&Add a credential…"), None, self.new_credential)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                translate("main_window", "&Import CE records…"),
                QKeySequence("Ctrl+I"),
                self.import_records,
            )
        )
        file_menu.addAction(
            self._action(
                translate("main_window", "Add from &certificates…"),
                None,
                self.add_from_certificates,
            )
        )
        file_menu.addAction(
            self._action(
                translate("main_window", "&Export or print records…"),
                QKeySequence("Ctrl+E"),
                self.export_records,
            )
        )
        file_menu.addSeparator()
        take = translate("main_window", "&Take my records to another computer…")
        file_menu.addAction(self._action(take, None, self.take))
        bring = translate("main_window", "&Bring records in from an archive…")
        file_menu.addAction(self._action(bring, None, self.bring))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(translate("main_window", "&Set up my records…"), None, self.show_welcome)
        )
        self.people_action = self._action(
            translate("main_window", "&People…"),
            QKeySequence("Ctrl+Shift+P"),
            self.manage_people,
        )
        file_menu.addAction(self.people_action)
        file_menu.addAction(
            self._action(
                translate("main_window", "&Open the data folder"),
                None,
                lambda: open_with_system_viewer(self.ctx.paths.data_dir),
            )
        )
        file_menu.addAction(
            self._action(
                translate("main_window", "Connect to a &team database…"),
                None,
                self.connect_team_database,
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                translate("main_window", "&Quit"), QKeySequence.StandardKey.Quit, self.close
            )
        )
        edit_menu = self.menuBar().addMenu(translate("main_window", "&Edit"))
        undo = self.undo_stack.createUndoAction(self, translate("main_window", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, translate("main_window", "&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                translate("main_window", "&Find in the CE log"),
                QKeySequence.StandardKey.Find,
                self.find_in_log,
            )
        )
        view_menu = self.menuBar().addMenu(translate("main_window", "&View"))
        refresh = self._action(
            translate("main_window", "&Refresh"), QKeySequence("F5"), self.watcher.refresh
        )
        view_menu.addAction(refresh)
        go_menu = self.menuBar().addMenu(translate("main_window", "&Go"))
        for number, spec in enumerate(PAGES, start=1):
            action = self._action(
                translate("pages", spec.title),
                QKeySequence(f"Ctrl+{number}"),
                functools.partial(self.show_page, spec.name),
            )
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(translate("main_window", "&Help"))
        help_menu.addAction(
            self._action(translate("main_window", "&Renewal rules…"), None, self.show_rules)
        )
        add_help_items(help_menu, self)  # Glossary, Keyboard shortcuts
        help_menu.addAction(
            self._action(translate("main_window", "&About rxtracker"), None, self.about)
        )

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def connect_team_database(self) -> None:
        """File ▸ Connect to a team database…: a window on it replaces this one."""
        from rxtracker.ui.dialogs.connect_dialog import connect_from_menu

        connect_from_menu(self, self.ctx.paths.data_dir, MainWindow)

    @property
    def welcome(self) -> WelcomePage:
        """The first-run steps (built the first time they are needed)."""
        if self._welcome is None:
            from rxtracker.ui.pages.welcome_page import WelcomePage

            self._welcome = WelcomePage(self.ctx, self.hub)
            self._welcome.done.connect(self._welcome_done)
            self.outer.addWidget(self._welcome)
        return self._welcome

    # ------------------------------------------------------------------ pages

    def page(self, name: str) -> Page:
        """The page called ``name``, built (and its module imported) on first use."""
        page = self._pages.get(name)
        if page is None:
            page = self._make_page(name)
            page.name, page.title = name, translate("pages", PAGES[_ROWS[name]].title)
            page.set_person(self.person_id)
            self.stack.addWidget(page)
            self._pages[name] = page
        return page

    def built_pages(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._pages[s.name] for s in PAGES if s.name in self._pages]

    def _make_page(self, name: str) -> Page:
        match name:
            case "dashboard":
                from rxtracker.ui.pages.dashboard_page import DashboardPage

                dashboard = DashboardPage(self.ctx, self.hub, self.settings)
                dashboard.add_credential_button.clicked.connect(self.new_credential)
                return dashboard
            case "log":
                from rxtracker.ui.pages.log_page import LogPage

                log = LogPage(self.ctx, self.hub, self.undo_stack)
                log.show_supervisor_tools(self.supervisor_tools)
                log.import_wanted.connect(self.import_records)
                log.setup_wanted.connect(self.show_welcome)
                return log
            case "credentials":
                from rxtracker.ui.pages.credentials_page import CredentialsPage

                held = CredentialsPage(self.ctx, self.hub, self.undo_stack)
                held.setup_wanted.connect(self.show_welcome)
                return held
            case "pathways":
                from rxtracker.ui.pages.pathways_page import PathwaysPage

                return PathwaysPage(self.ctx, self.hub)
            case "team":
                from rxtracker.ui.pages.team_page import TeamPage

                team = TeamPage(self.ctx, self.hub)
                team.person_opened.connect(self.open_person)
                return team
            case "settings":
                from rxtracker.ui.pages.settings_page import SettingsPage

                return SettingsPage(self.ctx, self.hub, self.settings)
        raise KeyError(name)

    @property
    def dashboard_page(self) -> DashboardPage:
        """The dashboard (built on first use, like every page)."""
        return cast("DashboardPage", self.page("dashboard"))

    @property
    def log_page(self) -> LogPage:
        """The CE log."""
        return cast("LogPage", self.page("log"))

    @property
    def credentials_page(self) -> CredentialsPage:
        """The credentials page."""
        return cast("CredentialsPage", self.page("credentials"))

    @property
    def pathways_page(self) -> PathwaysPage:
        """The pathways page."""
        return cast("PathwaysPage", self.page("pathways"))

    @property
    def team_page(self) -> TeamPage:
        """The team page."""
        return cast("TeamPage", self.page("team"))

    @property
    def settings_page(self) -> SettingsPage:
        """The settings page."""
        return cast("SettingsPage", self.page("settings"))

    # ------------------------------------------------------------------ state

    def _restore(self, page: str | None) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        self.reload_people(prefer=self.settings.last_person)
        self.show_page(page or self.settings.last_page)  # the only page built before showing
        if self.person_combo.count() == 0 and not self.settings.welcome_skipped:
            self.show_welcome()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()  # no more reads: the records are about to be closed
        self.hub.actions.wait()  # long work ends before the records are closed
        close_undo_window(self.ctx, self.undo_stack)
        self.settings.geometry = self.saveGeometry()
        self.settings.last_page = self.current_page().name
        if self.person_id is not None:
            self.settings.last_person = self.person_id
        self.settings.sync()
        super().closeEvent(event)

    def reload_people(self, prefer: int | None = None) -> None:
        """Fill the person switcher (shown only when there is more than one person)."""
        everyone = people.list_people(self.ctx, include_inactive=False)
        wanted = prefer if prefer is not None else self.person_id
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in everyone:
            self.person_combo.addItem(person.name, person.id)
        index = self.person_combo.findData(wanted)
        self.person_combo.setCurrentIndex(index if index >= 0 else 0 if everyone else -1)
        self.person_combo.blockSignals(False)
        several = len(everyone) > 1
        self.person_label.setVisible(several)
        self.person_combo.setVisible(several)
        self._show_team(
            supervisor_tools_wanted(
                everyone,
                team_database=database_label(self.ctx) is not None,
                chosen=self.settings.supervisor_tools,
            )
        )
        self._person_chosen()

    def _show_team(self, shown: bool) -> None:
        """The supervisor's tools (Team page, People, checks) only for a team (ui.supervisor)."""
        self.supervisor_tools = shown
        self.people_action.setVisible(shown)
        if "log" in self._pages:
            self.log_page.show_supervisor_tools(shown)
        row = self.nav_row("team")
        self.nav.item(row).setHidden(not shown)
        if not shown and self.nav.currentRow() == row:
            self.nav.setCurrentRow(0)

    def open_person(self, person_id: int) -> None:
        """Show one person's dashboard (from the Team page; the switcher goes back)."""
        index = self.person_combo.findData(person_id)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)
        self.show_page("dashboard")

    def _person_chosen(self, _index: int = 0) -> None:
        person_id = self.person_combo.currentData()
        if person_id == self.person_id and self.person_id is not None:
            return
        self.person_id = person_id
        name = self.person_combo.currentText()
        self.setWindowTitle(f"rxtracker – {name}" if name else "rxtracker")
        close_undo_window(self.ctx, self.undo_stack)
        for page in self._pages.values():
            page.set_person(person_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds & {Kind.PEOPLE, Kind.SETTINGS}:
            self.reload_people()

    # ------------------------------------------------------------------ navigation

    def current_page(self) -> Page:
        """The page shown."""
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, name: str) -> None:
        """Show a page by name (dashboard, log, credentials, pathways, team, settings)."""
        self.outer.setCurrentIndex(0)
        self.nav.setCurrentRow(_ROWS.get(name, 0))

    @staticmethod
    def nav_row(name: str) -> int:
        """The navigation row of a page."""
        return _ROWS[name]

    def show_page_at(self, index: int) -> None:
        """Show the page at a navigation row."""
        if index >= 0:
            self.stack.setCurrentWidget(self.page(PAGES[index].name))

    def show_welcome(self) -> None:
        """Open the first-run steps."""
        self.welcome.restart()
        self.outer.setCurrentWidget(self.welcome)
        self.welcome.name.setFocus()

    def _welcome_done(self, person_id: int | None) -> None:
        self.settings.welcome_skipped = person_id is None
        self.outer.setCurrentIndex(0)
        if person_id is not None:
            self.reload_people(prefer=person_id)
        self.show_page(PAGES[0].name)

    # ------------------------------------------------------------------ actions

    def new_activity(self) -> None:
        """Ctrl+N: the CE log's add form."""
        if self.person_id is None:
            self.show_welcome()
            return
        self.show_page("log")
        self.log_page.add_activity()

    def new_credential(self) -> None:
        """The Credentials page's add form."""
        if self.person_id is None:
            self.show_welcome()
            return
        self.show_page("credentials")
        self.credentials_page.add_credential()

    def find_in_log(self) -> None:
        """Ctrl+F: search the CE log."""
        self.show_page("log")
        self.log_page.search.setFocus()
        self.log_page.search.selectAll()

    def manage_people(self) -> None:
        """File > People: add, edit, deactivate and reactivate people."""
        from rxtracker.ui.dialogs.people_dialog import PeopleDialog

        PeopleDialog.ask(self, self.ctx, self.hub)

    def import_records(self) -> None:
        """File > Import: a CPE Monitor export or a CSV, previewed before anything is written."""
        if self.person_id is None:
            self.show_welcome()
            return
        from rxtracker.ui.import_dialog import ImportDialog

        ImportDialog.ask(self, self.ctx, self.hub, self.person_id)

    def add_from_certificates(self) -> None:
        """File > Add from certificates: many files read, previewed, then added at once."""
        if self.person_id is None:
            self.show_welcome()
            return
        from rxtracker.ui.certificate_batch_dialog import CertificateBatchDialog

        CertificateBatchDialog.ask(self, self.ctx, self.hub, self.person_id)

    def export_records(self) -> None:
        """File > Export: the audit packet (PDF), a CSV of activities, or a calendar."""
        if self.person_id is None:
            self.show_welcome()
            return
        from rxtracker.ui.export_dialog import ExportDialog

        ExportDialog.ask(self, self.ctx, self.hub, self.person_id)

    def take(self) -> None:
        """File ▸ Take my records to another computer: the person archive (issue 20)."""
        from rxtracker.ui.dialogs.archive_dialogs import TakeRecordsDialog

        if self.person_id is None:
            self.show_welcome()
            return
        TakeRecordsDialog.ask(self, self.ctx, self.hub, self.person_id)

    def bring(self) -> None:
        """File ▸ Bring records in from an archive: preview, then add the person."""
        from rxtracker.ui.dialogs.archive_dialogs import BringRecordsDialog

        BringRecordsDialog.ask(self, self.ctx, self.hub)

    def show_rules(self) -> None:
        """Help ▸ Renewal rules: every credential type's rules with their sources."""
        from rxtracker.ui.dialogs.rules_dialog import RulesDialog

        RulesDialog.ask(self.ctx.catalog, self)

    def about(self) -> None:
        """Version, licence and where the records are."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("main_window", "About rxtracker"),
            translate(
                "main_window",
                "rxtracker {version}\n\nContinuing-education and renewal tracker for pharmacy "
                "technicians. Your records stay on this computer; rxtracker makes no network "
                "connections.\n\nYour records are in:\n{folder}\n\nFree software under the MIT "
                "License.",
            ).format(version=rxtracker.__version__, folder=self.ctx.paths.data_dir),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()
