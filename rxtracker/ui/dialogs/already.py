"""The window's side of "already recorded": ask, where the CLI wants --again or --same-name-ok."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from rxtracker.domain import AlreadyRecorded
from rxtracker.i18n import translate

T = TypeVar("T")


class AlreadyRecordedQuestion:
    """A question naming the record already there; tests replace ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget, problem: str, question: str) -> bool:
        """True when the person answers yes to ``question`` after reading ``problem``."""
        answer = QMessageBox.question(
            parent,
            translate("already", "Already recorded"),
            f"{problem[:1].upper()}{problem[1:]}.\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def unless_declined(parent: QWidget, question: str, write: Callable[[bool], T]) -> T:
    """``write(False)``; when it is already recorded, ask, then ``write(True)`` on a yes.

    Raises:
        AlreadyRecorded: the person said no (nothing written; the form says why).
    """
    try:
        return write(False)
    except AlreadyRecorded as exc:
        if not AlreadyRecordedQuestion.ask(parent, exc.problem, question):
            raise
    return write(True)
