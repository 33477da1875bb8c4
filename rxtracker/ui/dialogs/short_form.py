"""The frame of a short form: its intro, fields, problem line, Cancel and one primary action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)


def frame_short_form(
    dialog: QDialog, intro: QLabel, form: QFormLayout, action: str, accept: Callable[[], None]
) -> tuple[QLabel, QPushButton]:
    """Lay out ``dialog``; return its problem line and its primary button.

    Enter takes the primary action wherever the focus is: a focused Cancel does not take Enter
    as its own (it would throw what was typed away without a word).
    """
    problem = QLabel()
    problem.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
    primary = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    primary.setDefault(True)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return problem, primary
