"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from rxtracker import __version__
from rxtracker.services import Context, activities, people
from rxtracker.ui.models import ActivityTableModel


class MainWindow(QMainWindow):
    """rxtracker's main window: the CE log of the first person."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"rxtracker {__version__}")
        self.resize(1100, 700)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.table = QTableView()
        self.table.setAccessibleName("CE log")
        self.model = ActivityTableModel(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.refresh()

    def refresh(self) -> None:
        """Reload the people and the first person's activities."""
        everyone = people.list_people(self.ctx, include_inactive=False)
        if not everyone:
            self.heading.setText("No one yet. Add yourself with `rxtracker person add NAME`.")
            self.model.set_rows([])
            return
        person = everyone[0]
        rows = activities.list_activities(self.ctx, person.id)
        self.heading.setText(f"CE log of {person.name}: {len(rows)} activities")
        self.model.set_rows(rows)
