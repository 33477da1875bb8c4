"""The main window: left navigation, person switcher, menus, status bar and the pages.

The window paints before the records are open: ``MainWindow(None, settings)`` is its frame
(navigation, menus, an "Opening your records…" line) and :meth:`MainWindow.attach` opens
the pages on the records. This module imports no service, ORM or engine itself, so the
frame costs little more than a bare window (issue 24); the pages and their collaborators
are imported by ``attach`` and the actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rxtracker.i18n import translate
from rxtracker.ui import theme
from rxtracker.ui.pages import PAGES
from rxtracker.ui.settings import UiSettings
from rxtracker.ui.widgets.undo_notice import UndoNotice
from rxtracker.ui.window_actions import WindowActions
from rxtracker.ui.window_menus import build_menus

if TYPE_CHECKING:
    from rxtracker.services import Changes, Context
    from rxtracker.ui.pages.base import Page
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


class MainWindow(WindowActions):
    """rxtracker's main window.

    Its actions (the File and Help menus' forms and dialogs) are ``WindowActions``'; from
    :meth:`attach` on it has their ``ctx``, ``hub`` and ``watcher``.
    """

    opened = Signal()  # attach has filled the window (its first page is built)

    def __init__(
        self, ctx: Context | None, settings: UiSettings | None = None, *, page: str | None = None
    ) -> None:
        """Open on ``page`` (default: the page shown when the app was last closed).

        Without ``ctx`` (then ``settings`` is needed) the window is only its frame until
        :meth:`attach` is given the records.
        """
        super().__init__()
        if settings is None:
            if ctx is None:
                raise ValueError("a window opened before its records needs their settings")
            settings = UiSettings(ctx.paths.settings)
        self.settings = settings
        theme.apply_theme(self.settings.theme)
        self.undo_stack = QUndoStack(self)
        self.person_id: int | None = None
        self.supervisor_tools = False  # the Team page, People, checks (ui.supervisor)
        self.attached = False
        self.setWindowTitle("rxtracker")
        self.setMinimumSize(*MINIMUM_SIZE)
        self._pages: dict[str, Page] = {}  # built on first show (see page())
        self._welcome: WelcomePage | None = None  # made on first use: most starts never show it
        self._page_wanted = page
        self._opening: QLabel | None = None  # "Opening your records…" until attach
        self._build()
        self.new_activity_action, self.people_action = build_menus(self)
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        if ctx is None:
            self._wait_for_records()
        else:
            self.attach(ctx)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.person_label = QLabel(translate("main_window", "Showing the records of:"))
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(translate("main_window", "Whose records to show"))
        self.person_label.setBuddy(self.person_combo)
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        self.person_label.hide()  # shown when there is more than one person
        self.person_combo.hide()
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
        self.setTabOrder(self.person_combo, self.nav)
        self.setTabOrder(self.nav, self.stack)

    def _wait_for_records(self) -> None:
        """The frame before the records are open: nothing to act on yet, and it says so."""
        opening = translate("main_window", "Opening your records…")
        self._opening = QLabel(opening)
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_type(self._opening, theme.TypeRole.SECTION)
        self.stack.addWidget(self._opening)
        self.statusBar().showMessage(opening)
        self.nav.item(self.nav_row("team")).setHidden(True)  # a supervisor's: shown if so
        self._enable(False)

    def _enable(self, enabled: bool) -> None:
        self.menuBar().setEnabled(enabled)
        self.nav.setEnabled(enabled)
        for window_action in self.actions():  # their shortcuts too (Undo follows its stack)
            window_action.setEnabled(enabled)

    def attach(self, ctx: Context) -> None:
        """Open the pages on ``ctx``: the window shows the records from now on."""
        from rxtracker.services.team_signin import database_label
        from rxtracker.ui.hub import EventHub
        from rxtracker.ui.watcher import ChangeWatcher

        self.ctx = ctx
        self.hub = EventHub(self)
        self.hub.undo = self.undo_stack  # removals made in dialogs can be undone too
        self.watcher = ChangeWatcher(ctx, self.hub, self)
        self.hub.changed.connect(self._on_changes)
        self.hub.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.statusBar().showMessage(translate("main_window", "Ready"))
        if (where := database_label(ctx)) is not None:  # which records are open
            self.database_label = QLabel(where)
            self.statusBar().addPermanentWidget(self.database_label)
        if self._opening is not None:
            self.stack.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None
            self._enable(True)
        self._restore(self._page_wanted)
        if self.focusWidget() is None:  # activated while everything was switched off
            self.nav.setFocus()
        self.attached = True
        self.opened.emit()

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
        self.reload_people(prefer=self.settings.last_person)
        self.show_page(page or self.settings.last_page)  # the only page built before showing
        if self.person_combo.count() == 0 and not self.settings.welcome_skipped:
            self.show_welcome()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # the records did not open: nothing of theirs to save
            super().closeEvent(event)
            return
        from rxtracker.ui.undo import close_undo_window

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
        from rxtracker.services import people
        from rxtracker.services.team_signin import database_label
        from rxtracker.ui.supervisor import supervisor_tools_wanted

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
        from rxtracker.ui.undo import close_undo_window

        close_undo_window(self.ctx, self.undo_stack)
        for page in self._pages.values():
            page.set_person(person_id)

    def _on_changes(self, changes: Changes) -> None:
        from rxtracker.services import Kind

        if changes.kinds & {Kind.PEOPLE, Kind.SETTINGS}:
            self.reload_people()

    # ------------------------------------------------------------------ navigation

    def current_page(self) -> Page:
        """The page shown."""
        from rxtracker.ui.pages.base import Page

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
