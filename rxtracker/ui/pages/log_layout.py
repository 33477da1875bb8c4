"""The CE log's frame: column widths, the supervisor's checks row, what an empty log says."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from rxtracker.i18n import translate
from rxtracker.ui.models.activities import ActivityTableModel
from rxtracker.ui.pages.base import bar
from rxtracker.ui.widgets.empty_state import EmptyState


def checks_bar(buttons: Iterable[QPushButton]) -> QWidget:
    """The supervisor's checks of the selected activity, in a row of their own."""
    row = QHBoxLayout()
    row.addWidget(QLabel(translate("log_layout", "Supervisor's check:")))
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return bar(row)


def say_empty(empty: EmptyState, *, person_known: bool) -> None:
    """The empty log's message: set up your records first, or log the first course."""
    if not person_known:
        empty.show_message(
            translate("log_layout", "Add yourself first"),
            translate(
                "log_layout",
                "rxtracker keeps the CE log of the people it knows. Three short steps: "
                "your name, your home state, the credentials you hold.",
            ),
            translate("log_layout", "&Set up my records…"),
        )
        return
    empty.show_message(
        translate("log_layout", "No CE logged yet"),
        translate(
            "log_layout",
            "Log each course as you finish it: title, date, hours and UAN, with its "
            "certificate. rxtracker then tells each credential what still counts.",
        ),
        translate("log_layout", "&Log your first CE activity…"),
        translate("log_layout", "Or import your CPE Monitor file or a spreadsheet…"),
    )


def say_no_matches(empty: EmptyState) -> None:
    """What a search or filters that leave nothing say, and the way back to every activity."""
    empty.show_message(
        translate("log_layout", "No matches"),
        translate(
            "log_layout", "No activity has every word of the search and passes the filters chosen."
        ),
        translate("log_layout", "&Clear the search and filters"),
    )


def size_columns(table: QTableView) -> None:
    """The CE log's columns as wide as typical values; the title takes what is left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    metrics = table.fontMetrics()
    samples = (
        "Sep 30, 2026",
        "",
        "Lone Star Pharmacy",
        translate("columns", "Hours"),
        translate("common", "Home study"),
        "Patient safety (05)",
        translate("common", "Technicians"),
        "PTCB CPhT, TX technician",
        translate("columns", "Certificate"),
        "Sent back",
    )
    for column, sample in enumerate(samples):
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
    header.setSectionResizeMode(ActivityTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
