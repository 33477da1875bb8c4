"""The one way to pick a home state, in every form: a list of "TX – Texas", typed to by code."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from rxtracker.domain import STATES

#: State and territory names, by postal code.
STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
    "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}  # fmt: skip


def state_picker(none_words: str = "Not set") -> QComboBox:
    """A home-state list: ``none_words`` first (no state), then "TX – Texas"...

    Typing a code ("tx") picks its state; ``currentData()`` is the code or None.
    """
    combo = QComboBox()
    combo.setAccessibleName("Home state")
    combo.addItem(none_words, None)
    for code in sorted(STATES):
        combo.addItem(f"{code} – {STATE_NAMES.get(code, code)}", code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def pick_state(combo: QComboBox, code: str | None) -> None:
    """Show ``code``'s state in a picker (the first item when None or unknown)."""
    combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)
