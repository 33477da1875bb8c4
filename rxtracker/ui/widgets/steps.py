"""A step indicator: "① About you  ② Your credentials  ③ All set", the current step marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from rxtracker.i18n import translate
from rxtracker.ui import theme


class StepIndicator(QWidget):
    """The steps of a short task in a row; the current one bold in the accent colour."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("steps", "Steps"))
        self.labels = [QLabel() for _ in names]
        self.names = list(names)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, theme.Space.S, 0, theme.Space.S)
        row.setSpacing(theme.Space.XL)
        for label in self.labels:
            row.addWidget(label)
        row.addStretch(1)
        self.current = 0
        self.set_step(0)

    def set_step(self, index: int) -> None:
        """Mark step ``index`` (0-based) as the current one; earlier ones as done."""
        self.current = index
        palette = theme.current_palette()
        for number, (label, name) in enumerate(zip(self.labels, self.names, strict=True)):
            mark = "✓" if number < index else str(number + 1)
            label.setText(f"{mark}  {name}")
            now = number == index
            colour = palette.accent if now else palette.muted
            label.setStyleSheet(f"color: {colour}; font-weight: {'bold' if now else 'normal'};")
            label.setAccessibleName(
                translate("steps", "Step {number} of {count}: {name}").format(
                    number=number + 1, count=len(self.names), name=name
                )
            )
        self.setToolTip(
            translate("steps", "Step {number} of {count}").format(
                number=index + 1, count=len(self.names)
            )
        )
