"""The main window's actions: the forms and dialogs of the File and Help menus.

``MainWindow`` (``rxtracker.ui.main_window``) builds the window, its pages and navigation on
this base; every action here needs the records, so the menus and shortcuts that call them are
off until the records are open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

import rxtracker
from rxtracker.i18n import translate

if TYPE_CHECKING:
    from rxtracker.services import Context
    from rxtracker.ui.hub import EventHub
    from rxtracker.ui.pages.credentials_page import CredentialsPage
    from rxtracker.ui.pages.log_page import LogPage
    from rxtracker.ui.watcher import ChangeWatcher


class WindowActions(QMainWindow):
    """The main window's actions; the window itself supplies the pages and navigation.

    Attributes (set by ``MainWindow.attach``): ``ctx``, the open records; ``hub``, the event
    hub every page and dialog acts through; ``watcher``, changes made by other programs; and
    ``person_id``, whose records are shown (None before anyone is set up).
    """

    ctx: Context
    hub: EventHub
    watcher: ChangeWatcher
    person_id: int | None

    # ------------------------------------------------------------ what the window supplies

    def show_page(self, name: str) -> None:
        """Show a page by name (``MainWindow``)."""
        raise NotImplementedError

    def show_welcome(self) -> None:
        """Open the first-run steps (``MainWindow``)."""
        raise NotImplementedError

    @property
    def log_page(self) -> LogPage:
        """The CE log (``MainWindow``)."""
        raise NotImplementedError

    @property
    def credentials_page(self) -> CredentialsPage:
        """The credentials page (``MainWindow``)."""
        raise NotImplementedError

    # ------------------------------------------------------------ the actions

    def refresh(self) -> None:
        """View ▸ Refresh: read again what other programs changed."""
        self.watcher.refresh()

    def open_data_folder(self) -> None:
        """File ▸ Open the data folder."""
        from rxtracker.ui.common import open_with_system_viewer

        open_with_system_viewer(self.ctx.paths.data_dir)

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
