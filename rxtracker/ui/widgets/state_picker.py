"""The one way to pick a home state, in every form: a list of "TX – Texas", typed to by code."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from rxtracker.domain import STATE_NAMES, STATES
from rxtracker.i18n import translate


def state_picker(none_words: str | None = None) -> QComboBox:
    """A home-state list: ``none_words`` first (no state), then "TX – Texas"...

    Typing a code ("tx") picks its state; ``currentData()`` is the code or None.
    """
    combo = QComboBox()
    combo.setAccessibleName(translate("state_picker", "Home state"))
    combo.addItem(translate("state_picker", "Not set") if none_words is None else none_words, None)
    for code in sorted(STATES):
        combo.addItem(f"{code} – {STATE_NAMES.get(code, code)}", code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def pick_state(combo: QComboBox, code: str | None) -> None:
    """Show ``code``'s state in a picker (the first item when None or unknown)."""
    combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)
