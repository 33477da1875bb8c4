"""The boxes an action shows: its busy indicator and its calm message (see ``actions``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from rxtracker.i18n import translate


def busy_dialog(parent: QWidget, title: str, cancellable: bool) -> QProgressDialog:
    """The busy indicator of a long action (shown only if it takes over 0.4 s)."""
    dialog = QProgressDialog(
        f"{title}…", translate("action_boxes", "Cancel") if cancellable else "", 0, 0, parent
    )
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(400)  # quick work ends before it shows
    return dialog


def tell(parent: QWidget, title: str, words: str) -> QMessageBox:
    """A calm message: the problem in its own words, nothing about bugs."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("action_boxes", "{action}: not done").format(action=title),
        words,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
