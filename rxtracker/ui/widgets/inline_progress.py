"""A long action's progress inside a form (what it does, a bar, Cancel), not a window over it."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from rxtracker.i18n import translate


class ShowsProgress(Protocol):
    """Where a long action shows how far it got: a progress window, or a bar in a form."""

    @property
    def canceled(self) -> Any:
        """The signal that the user pressed Cancel."""

    def setMaximum(self, maximum: int, /) -> None:
        """The number of steps (0: not known)."""

    def setValue(self, progress: int, /) -> None:
        """The steps done."""

    def reset(self) -> None:
        """The work ended."""

    def deleteLater(self) -> None:
        """Qt's: delete the indicator once back in the event loop."""


class InlineProgress(QWidget):
    """One row for ``ActionRunner.run_long(shown_in=...)``: it moves the bar, then deletes it."""

    canceled = Signal()

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the work says how far it got
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(text)
        self.cancel_button = QPushButton(translate("inline_progress", "Cancel"))
        self.cancel_button.setAccessibleName(
            translate("inline_progress", "Cancel: {what}").format(what=text)
        )
        self.cancel_button.setAutoDefault(False)  # Enter still saves the form
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)

    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next step)."""
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("inline_progress", "Stopping…"))
        self.canceled.emit()

    def setMaximum(self, maximum: int, /) -> None:
        """The number of steps (0: not known yet, the bar shows it is busy)."""
        self.bar.setMaximum(maximum)

    def setValue(self, progress: int, /) -> None:
        """The steps done."""
        self.bar.setValue(progress)

    def reset(self) -> None:
        """The work ended: the row goes."""
        self.hide()
