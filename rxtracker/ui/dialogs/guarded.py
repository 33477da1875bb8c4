"""Forms that never lose what was typed: closing one with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.ui import theme

#: A field and what is wrong with it, in words.
Problem = tuple[QWidget, str]


def reasons_text(reasons: list[str]) -> str:
    """The list of what is still needed before saving ("To save, please:"), or "Ready to save."."""
    if not reasons:
        return translate("guarded", "Ready to save.")
    lines = "\n".join(f"• {r}" for r in reasons)
    return translate("guarded", "To save, please:\n{lines}").format(lines=lines)


class GuardedDialog(QDialog):
    """A form that asks "Discard this …?" before Cancel, Escape or closing drops typed changes.

    Subclasses describe their fields in ``snapshot()`` and call ``remember_saved_state()`` once
    the form is filled; an untouched form closes without asking. Saving closes with
    ``accept()``, which never asks.
    """

    #: What the form holds, for the question: "Discard this activity?" (a text marked with
    #: ``QT_TRANSLATE_NOOP("guarded", ...)``; its translation carries its article).
    thing = QT_TRANSLATE_NOOP("guarded", "entry")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved_state: Hashable = None
        self._discarding = False
        self._typed = False  # True once something was typed: problems get red borders
        self.discard_box: QMessageBox | None = None

    def snapshot(self) -> Hashable:
        """Everything the user can change in the form, comparable (subclasses)."""
        raise NotImplementedError

    def remember_saved_state(self) -> None:
        """Take the form as it is now as its untouched state."""
        self._saved_state = self.snapshot()

    def has_unsaved_changes(self) -> bool:
        """True when a field differs from the untouched form."""
        return self.snapshot() != self._saved_state

    def show_problems(
        self,
        problems: list[Problem],
        fields: Iterable[QWidget],
        save_button: QPushButton,
        reasons: QLabel,
    ) -> None:
        """Mark each field with its problem, keep Save disabled and list what is needed.

        A form nobody has typed in yet gets no red borders: only the list says what is needed.
        """
        colour = theme.problem_colour(self).name()
        self._typed = self._typed or (self._saved_state is not None and self.has_unsaved_changes())
        for widget in fields:
            message = next((m for w, m in problems if w is widget), "")
            marked = message and self._typed
            widget.setStyleSheet(f"border: 2px solid {colour};" if marked else "")
            widget.setToolTip(message)
        save_button.setEnabled(not problems)
        reasons.setText(reasons_text([m for _, m in problems]))

    def reject(self) -> None:
        """Close without saving; ask first when something was typed (Escape and ✕ come here)."""
        if self._discarding or not self.has_unsaved_changes():
            super().reject()
            return
        self._ask()

    def _ask(self) -> None:
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        question = translate("guarded", "Discard this {thing}?").format(
            thing=translate("guarded", self.thing)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            question,
            translate("guarded", "{question}\n\nWhat you typed here has not been saved.").format(
                question=question
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        self.discard_button = box.addButton(
            translate("guarded", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = box.addButton(
            translate("guarded", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        box.buttonClicked.connect(self._answered)
        self.discard_box = box
        box.open()

    def _answered(self, button: object) -> None:
        if button is self.discard_button:
            self.discard()

    def discard(self) -> None:
        """Close the form and drop what was typed."""
        self._discarding = True
        super().reject()
