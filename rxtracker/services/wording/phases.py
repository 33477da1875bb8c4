"""A credential's phase in the interface language ("On track" / "Al día")."""

from __future__ import annotations

from rxtracker.engine.result import Phase
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: A phase's words for a person, marked for translation.
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


_DATE_LABELS = {
    "renewal window opens": QT_TRANSLATE_NOOP("phases", "renewal window opens"),
    "application deadline": QT_TRANSLATE_NOOP("phases", "application deadline"),
    "last day to renew": QT_TRANSLATE_NOOP("phases", "last day to renew"),
    "expires": QT_TRANSLATE_NOOP("phases", "expires"),
    "last day to reinstate": QT_TRANSLATE_NOOP("phases", "last day to reinstate"),
    "resubmission due": QT_TRANSLATE_NOOP("phases", "resubmission due"),
    "audit documents due": QT_TRANSLATE_NOOP("phases", "audit documents due"),
}


def date_label(label: str) -> str:
    """What happens on a renewal date ("renewal window opens"), in the interface language."""
    return translate("phases", _DATE_LABELS[label]) if label in _DATE_LABELS else label
