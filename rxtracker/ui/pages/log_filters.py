"""The CE log's search box and filters: what they ask for, as the fields of a LogQuery."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from rxtracker.domain import Format
from rxtracker.i18n import data_text, translate
from rxtracker.services.views import CredentialCycles
from rxtracker.ui.common import TOPIC_WORDS, date_text, format_words, topic_words
from rxtracker.ui.models.activities import NO_TOPIC
from rxtracker.ui.widgets.fit import ElidedComboBox

ALL = None


class LogFilters(QWidget):
    """Search box, credential and cycle, topic, format; ``changed`` when any of them does.

    While the credential choices are filled in (``fill``) nothing is announced: one
    ``changed`` follows if what they ask for moved.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._credentials: tuple[CredentialCycles, ...] = ()
        self.search = QLineEdit()
        hint = translate("log_filters", "Search (Ctrl+F)")
        self.search.setPlaceholderText(hint)
        self.search.setToolTip(
            translate("log_filters", "Search titles, providers, UANs, dates, topics and subjects")
        )
        self.search.setAccessibleName(translate("log_filters", "Search the CE log"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(hint) + 40)
        self.search.textChanged.connect(lambda _t: self._announce())
        self.credential_filter = _combo(translate("log_filters", "Show CE for credential"))
        self.credential_filter.currentIndexChanged.connect(self._credential_chosen)
        self.cycle_filter = _combo(translate("log_filters", "Show CE from cycle"))
        self.cycle_filter.currentIndexChanged.connect(lambda _i: self._announce())
        self.topic_filter = _combo(translate("log_filters", "Show topic"))
        self.topic_filter.addItem(translate("log_filters", "All topics"), ALL)
        for code in TOPIC_WORDS:
            self.topic_filter.addItem(f"{topic_words(code)} ({code})", code)
        self.topic_filter.addItem(translate("log_filters", "No topic (no UAN)"), NO_TOPIC)
        self.topic_filter.currentIndexChanged.connect(lambda _i: self._announce())
        self.format_filter = _combo(translate("log_filters", "Show format"))
        self.format_filter.addItem(translate("log_filters", "Live and home study"), ALL)
        for fmt in Format:
            self.format_filter.addItem(format_words(fmt), fmt.value)
        self.format_filter.addItem(translate("log_filters", "No UAN"), NO_TOPIC)
        self.format_filter.currentIndexChanged.connect(lambda _i: self._announce())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 2)
        for combo in (
            self.credential_filter,
            self.cycle_filter,
            self.topic_filter,
            self.format_filter,
        ):
            row.addWidget(combo, 1)

    def asked(self) -> tuple[str, tuple[dt.date, dt.date] | None, str | None, str | None]:
        """(words, window, topic, format) as a LogQuery takes them."""
        return (
            self.search.text(),
            self.cycle_filter.currentData(),
            self.topic_filter.currentData(),
            self.format_filter.currentData(),
        )

    def clear(self) -> None:
        """Ask for every activity again: no words, any credential, topic and format."""
        self._filling = True
        try:
            self.search.clear()
            for combo in (self.credential_filter, self.topic_filter, self.format_filter):
                combo.setCurrentIndex(0)
        finally:
            self._filling = False
        self.changed.emit()

    def fill(self, credentials: tuple[CredentialCycles, ...]) -> None:
        """The credentials to choose from (the choice kept where it still exists)."""
        before = self.asked()
        self._credentials = credentials
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        if self.asked() != before:
            self.changed.emit()

    def _announce(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _fill_choices(self) -> None:
        chosen = self.credential_filter.currentData()
        self.credential_filter.blockSignals(True)
        self.credential_filter.clear()
        self.credential_filter.addItem(translate("log_filters", "Any credential"), ALL)
        for held in self._credentials:
            self.credential_filter.addItem(data_text(held.type_name), held.id)
        index = self.credential_filter.findData(chosen)
        self.credential_filter.setCurrentIndex(max(index, 0))
        self.credential_filter.blockSignals(False)
        self._credential_chosen()

    def _credential_chosen(self, _index: int = 0) -> None:
        self.cycle_filter.blockSignals(True)
        self.cycle_filter.clear()
        self.cycle_filter.addItem(translate("log_filters", "All dates"), ALL)
        credential_id = self.credential_filter.currentData()
        held = self._credentials if credential_id else ()
        cycles = next((c.cycles for c in held if c.id == credential_id), ())
        for cycle in cycles:
            span = f"{date_text(cycle.start)} – {date_text(cycle.end)}"
            words = (
                translate("log_filters", "Current cycle ({span})")
                if cycle.current
                else translate("log_filters", "Cycle {span}")
            ).format(span=span)
            self.cycle_filter.addItem(words, (cycle.start, cycle.end))
        if cycles:
            self.cycle_filter.setCurrentIndex(1)
        self.cycle_filter.setEnabled(credential_id is not None)
        self.cycle_filter.blockSignals(False)
        self._announce()


def _combo(name: str) -> QComboBox:
    combo = ElidedComboBox()  # a narrow window elides the choice and tells it in a tooltip
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(7)
    return combo
