"""The Pathways page's work experience: list, add, edit and remove periods of work."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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

from rxtracker.i18n import translate
from rxtracker.services import Context
from rxtracker.services.experience import ExperienceRow, delete_experience
from rxtracker.ui.actions import confirm
from rxtracker.ui.dialogs.experience_dialog import ExperienceDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.experience import ExperienceModel, period_text
from rxtracker.ui.pages.base import setup_table


class ExperiencePanel(QWidget):
    """A person's periods of work with Add, Edit and Remove; changes go through the hub."""

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.person_id: int | None = None
        self.dialog: ExperienceDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = ExperienceModel(self)
        self.table = QTableView()
        setup_table(self.table, translate("experience_panel", "Your work experience"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty = QLabel(
            translate(
                "experience_panel",
                "No work experience recorded yet. Add your jobs (role, dates, hours a week, areas "
                "such as sterile compounding) and rxtracker counts the years the CSPT and PTCB's "
                "certificates ask for.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(
            translate("experience_panel", "<b>Work experience</b>: counted by the steps above")
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(translate("experience_panel", "Add &work experience…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(translate("experience_panel", "Edit…"))
        self.edit_button.setAccessibleName(
            translate("experience_panel", "Edit the selected work experience")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(translate("experience_panel", "Remove…"))
        self.remove_button.setAccessibleName(
            translate("experience_panel", "Remove the selected work experience")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        return row

    def show_rows(self, person_id: int | None, rows: Sequence[ExperienceRow]) -> None:
        """Show a person's periods of work (read by the page's view)."""
        self.person_id = person_id
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.add_button.setEnabled(person_id is not None)
        self._selection_changed()

    def selected(self) -> ExperienceRow | None:
        """The selected period, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add(self) -> None:
        """Open the form for a new period of work."""
        if self.person_id is not None:
            self._open(ExperienceDialog(self.ctx, self.hub, self.person_id, None, self))

    def edit_selected(self) -> None:
        """Open the form on the selected period."""
        chosen = self.selected()
        if chosen is not None:
            self._open(ExperienceDialog(self.ctx, self.hub, chosen.person_id, chosen, self))

    def _open(self, dialog: ExperienceDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def remove_selected(self) -> None:
        """Ask, then remove the selected period."""
        chosen = self.selected()
        if chosen is None:
            return
        words = f"{chosen.role}, {period_text(chosen)}"
        self.confirm_box = confirm(
            self,
            translate("experience_panel", "Remove this work experience?"),
            translate(
                "experience_panel", "Remove {role} ({period}) from your work experience?"
            ).format(role=chosen.role, period=period_text(chosen)),
            translate("experience_panel", "Remove"),
            lambda: self.hub.actions.run(
                self,
                translate("experience_panel", "Remove {what}").format(what=words),
                lambda: delete_experience(self.ctx, chosen.id),
                message=lambda _: translate("experience_panel", "Removed {what}.").format(
                    what=words
                ),
            ),
        )
