"""A credential's phase in the interface language ("On track" / "Al día")."""

from __future__ import annotations

from rxtracker.engine.result import Phase
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: The engine's phase words (``Phase.label``), marked for translation.
_LABELS = {
    Phase.COMPLETE: QT_TRANSLATE_NOOP("phases", "Complete"),
    Phase.ON_TRACK: QT_TRANSLATE_NOOP("phases", "On track"),
    Phase.AT_RISK: QT_TRANSLATE_NOOP("phases", "At risk"),
    Phase.DUE: QT_TRANSLATE_NOOP("phases", "Past the deadline"),
    Phase.LAPSED: QT_TRANSLATE_NOOP("phases", "Lapsed"),
    Phase.EXPIRED: QT_TRANSLATE_NOOP("phases", "Expired"),
}


def phase_label(phase: Phase) -> str:
    """The phase's words for a person, in the interface language."""
    return translate("phases", _LABELS[phase])
