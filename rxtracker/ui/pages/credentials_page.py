"""The Credentials page: add, edit, renew; past cycles kept read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import data_text, translate
from rxtracker.services import Context, CredentialRow, Outcome, credentials
from rxtracker.services.removal import Removed, credential_words, remove_credential
from rxtracker.services.views import CredentialLine, CredentialsView, credentials_view
from rxtracker.ui.actions import confirm
from rxtracker.ui.dialogs.credential_dialog import CredentialDialog
from rxtracker.ui.dialogs.custom_type_dialog import CustomTypeDialog
from rxtracker.ui.dialogs.item_dialog import ItemDialog
from rxtracker.ui.dialogs.renew_dialog import RenewDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.credentials import CredentialTableModel, PastCycleModel
from rxtracker.ui.pages.base import Page, bar, heading, setup_table
from rxtracker.ui.undo import RemoveCommand
from rxtracker.ui.widgets.credential_card import status_words
from rxtracker.ui.widgets.empty_state import EmptyState


class CredentialsPage(Page):
    """The credentials a person holds."""

    setup_wanted = Signal()  # nobody yet: the first-run steps

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        undo: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, hub, parent)
        self.undo = undo
        self.dialog: CredentialDialog | RenewDialog | ItemDialog | CustomTypeDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.view = CredentialsView(())
        self._generation = 0  # of the reads: an older one arriving is dropped
        self._wanted: int | None = None  # to select once its row arrives
        self.model = CredentialTableModel(self)
        self.past_model = PastCycleModel(self)
        self.table = QTableView()
        setup_table(self.table, translate("credentials_page", "Your credentials"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.past_title = QLabel()
        self.past_title.setWordWrap(True)
        self.past_table = QTableView()
        setup_table(self.past_table, translate("credentials_page", "Past cycles (read-only)"))
        self.past_table.setModel(self.past_model)
        self.past_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.past_table.setMaximumHeight(self.past_table.verticalHeader().defaultSectionSize() * 6)
        self.empty = EmptyState(translate("credentials_page", "No credentials yet"), self)
        self.empty.button.clicked.connect(self._empty_action)
        self.empty.other.clicked.connect(self.define_type)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("credentials_page", "Credentials")))
        self.intro = QLabel(
            translate(
                "credentials_page",
                "Each credential has its own cycle, hours and deadline. Renew one here after "
                "the board or PTCB approves it.",
            )
        )
        self.intro.setWordWrap(True)
        self.buttons_bar = bar(self._buttons())
        parts: tuple[tuple[QWidget, int], ...] = (
            (self.intro, 0),
            (self.table, 2),
            (self.empty, 1),
            (self.buttons_bar, 0),
            (self.past_title, 0),
            (self.past_table, 1),
        )
        for widget, stretch in parts:
            layout.addWidget(widget, stretch)

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(translate("credentials_page", "&Add a credential…"))
        self.add_button.clicked.connect(self.add_credential)
        self.edit_button = QPushButton(
            translate("credentials_page", "Ed&it…")
        )  # Alt+E is the Edit menu's
        self.edit_button.clicked.connect(self.edit_selected)
        self.renew_button = QPushButton(translate("credentials_page", "&Renew…"))
        self.renew_button.setToolTip(
            translate("credentials_page", "Record a renewal and start the next cycle")
        )
        self.renew_button.clicked.connect(self.renew_selected)
        self.remove_button = QPushButton(translate("credentials_page", "Re&move…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_type_button = QPushButton(translate("credentials_page", "New credential &type…"))
        self.new_type_button.setToolTip(
            translate(
                "credentials_page",
                "A credential rxtracker does not know: your employer's training, another state…",
            )
        )
        self.new_type_button.clicked.connect(self.define_type)
        self.item_button = QPushButton(translate("credentials_page", "Record &done…"))
        self.item_button.setToolTip(
            translate(
                "credentials_page",
                "Record a requirement that is not hours, such as a competency attestation",
            )
        )
        self.item_button.clicked.connect(self.record_item)
        self.item_button.hide()  # shown for a credential with non-hour requirements
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.new_type_button)
        row.addStretch(1)
        buttons = (self.item_button, self.renew_button, self.edit_button, self.remove_button)
        for button in buttons:
            row.addWidget(button)
        return row

    def reload(self) -> None:
        """Evaluate the person's credentials on the worker thread, then fill the tables."""
        self._generation += 1
        if self.person_id is None:
            self._show(CredentialsView(()))
            return
        person_id, generation, today = self.person_id, self._generation, self.ctx.clock.today()
        self.hub.actions.read(
            self,
            translate("credentials_page", "Evaluate the credentials"),
            lambda: credentials_view(self.ctx, person_id, today),
            lambda view: self._show(view) if generation == self._generation else None,
        )

    def _show(self, view: CredentialsView) -> None:
        """Show the credentials read and the selected (or wanted) one's past cycles."""
        chosen = self.selected()
        self.view = view
        rows = [line.row for line in self.view.lines]
        self.model.set_rows(rows)
        self.model.set_status(
            {x.row.id: status_words(x.standing) for x in self.view.lines if x.standing}
        )
        self._show_empty(not rows)
        self.add_button.setEnabled(self.person_id is not None)
        ids = [r.id for r in rows]
        wanted, self._wanted = self._wanted, None
        keep = wanted if wanted in ids else chosen.id if chosen and chosen.id in ids else None
        if rows:
            self.table.selectRow(ids.index(keep) if keep is not None else 0)
        self._selection_changed()

    def _show_empty(self, empty: bool) -> None:
        """Nothing held: one message and one button instead of an empty table and its tools."""
        for widget in (self.intro, self.table, self.buttons_bar):
            widget.setVisible(not empty)
        self.empty.setVisible(empty)
        if self.person_id is None:
            self.empty.show_message(
                translate("credentials_page", "Add yourself first"),
                translate(
                    "credentials_page",
                    "Your name and home state first, then the credentials you hold.",
                ),
                translate("credentials_page", "&Set up my records…"),
            )
            return
        self.empty.show_message(
            translate("credentials_page", "No credentials yet"),
            translate(
                "credentials_page",
                "Add your PTCB or NHA certification and your state registration, with the "
                "expiration date on your wallet card: rxtracker then tells you what each one "
                "still needs, and by when.",
            ),
            translate("credentials_page", "&Add your first credential…"),
            translate("credentials_page", "Or describe one rxtracker does not know…"),
        )

    def _empty_action(self) -> None:
        if self.person_id is None:
            self.setup_wanted.emit()
        else:
            self.add_credential()

    def selected(self) -> CredentialRow | None:
        """The selected credential, or None."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_credential(self, credential_id: int) -> None:
        """Select a credential by id (once it arrives, if the page is reading)."""
        self._wanted = credential_id if self.hub.actions.reading else None
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == credential_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.renew_button, self.remove_button):
            button.setEnabled(chosen is not None)
        line: CredentialLine | None = self.view.line(chosen.id) if chosen else None
        self.item_button.setVisible(line is not None and bool(line.items))
        past = line.past_cycles if line else ()
        self.past_model.set_rows(past)
        if chosen is None:
            self.past_title.setText("")
        elif past:
            self.past_title.setText(
                translate(
                    "credentials_page", "Past cycles of {name} (kept for your records):"
                ).format(name=data_text(chosen.type_name))
            )
        else:
            self.past_title.setText(
                translate("credentials_page", "No past cycles of {name} recorded yet.").format(
                    name=data_text(chosen.type_name)
                )
            )
        self.past_table.setVisible(bool(past))

    def add_credential(self) -> None:
        """Open the form for a new credential."""
        if self.person_id is not None:
            self._open(CredentialDialog(self.ctx, self.hub, self.person_id, None, self))

    def edit_selected(self) -> None:
        """Open the form on the selected credential."""
        chosen = self.selected()
        if chosen is not None:
            self._open(CredentialDialog(self.ctx, self.hub, chosen.person_id, chosen, self))

    def renew_selected(self) -> None:
        """Ask for the new expiration date of the selected credential."""
        chosen = self.selected()
        if chosen is not None:
            self._open(RenewDialog(self.ctx, self.hub, chosen, self))

    def define_type(self) -> None:
        """Open the form of a new credential type."""
        dialog = CustomTypeDialog(self.ctx, self.hub, self)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def record_item(self) -> None:
        """Record a non-hour requirement of the selected credential as done."""
        chosen = self.selected()
        if chosen is None:
            return
        dialog = ItemDialog(self.ctx, self.hub, chosen, self)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _open(self, dialog: CredentialDialog | RenewDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, outcome: Outcome[CredentialRow]) -> None:
        self.select_credential(outcome.value.id)

    def remove_selected(self) -> None:
        """Ask, naming the credential, then remove it (Ctrl+Z brings it back)."""
        chosen = self.selected()
        if chosen is None:
            return
        what = credential_words(chosen, self.short_name(chosen))
        self.confirm_box = confirm(
            self,
            translate("credentials_page", "Remove this credential?"),
            translate(
                "credentials_page",
                "Remove {what}?\n\nIts past cycles go with it; your CE activities stay in the "
                "CE log. You can undo this with Ctrl+Z until you close rxtracker or show "
                "another person.",
            ).format(what=what),
            translate("credentials_page", "Remove"),
            lambda: self.hub.actions.run(
                self,
                translate("credentials_page", "Remove {what}").format(what=what),
                lambda: remove_credential(self.ctx, chosen.id),
                message=lambda _: translate(
                    "credentials_page", "Removed {what}. Press Ctrl+Z to undo."
                ).format(what=what),
                done=self._removed,
            ),
        )

    def short_name(self, row: CredentialRow) -> str:
        """The common name of the credential's type ("PTCB CPhT"), or its full name."""
        found = [t for t in credentials.credential_types(self.ctx) if t.id == row.type_id]
        return data_text(found[0].short_name if found else row.type_name)

    def _removed(self, outcome: Outcome[Removed]) -> None:
        if self.undo is not None:
            self.undo.push(RemoveCommand(self.ctx, self.hub, outcome.value, self))
