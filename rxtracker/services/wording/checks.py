"""The ready-to-apply checklist in words: each line's label and what to do (issue 20)."""

from __future__ import annotations

from rxtracker.engine.ready import Check
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.records import replace
from rxtracker.services.wording.labels import sentence_date
from rxtracker.services.wording.shortfalls import missing_texts

_LABELS = {
    "hours": QT_TRANSLATE_NOOP("checks", "Hours and topics met"),
    "eprofile": QT_TRANSLATE_NOOP("checks", "NABP e-Profile ID recorded"),
    "birthday": QT_TRANSLATE_NOOP(
        "checks", "CPE Monitor has your birth month and day (MMDD) right"
    ),
    "ptcb-number": QT_TRANSLATE_NOOP("checks", "Your PTCB number is on your NABP e-Profile"),
    "cpe-monitor": QT_TRANSLATE_NOOP("checks", "Every ACPE course shows in CPE Monitor"),
    "certificates": QT_TRANSLATE_NOOP("checks", "Every course entered by hand has its certificate"),
    "when": QT_TRANSLATE_NOOP("checks", "Fee and deadline"),
}
_NOTES = {
    "add-eprofile": QT_TRANSLATE_NOOP("checks", "Add it to your details in File ▸ People."),
    "check-birthday": QT_TRANSLATE_NOOP(
        "checks", "Check your NABP e-Profile, then confirm it here."
    ),
    "add-ptcb-number": QT_TRANSLATE_NOOP(
        "checks", "Add it under Credentials/Certifications in your e-Profile, then confirm it here."
    ),
    "unseen": QT_TRANSLATE_NOOP("checks", "Not seen in CPE Monitor yet: {titles}"),
    "no-certificate": QT_TRANSLATE_NOOP("checks", "No certificate: {titles}"),
    "no-expiry": QT_TRANSLATE_NOOP("checks", "It does not expire."),
    "opens": QT_TRANSLATE_NOOP("checks", "You can apply from {date} ({cost})."),
    "expired": QT_TRANSLATE_NOOP("checks", "It expired on {date}."),
    "apply-by": QT_TRANSLATE_NOOP("checks", "Apply by {date} ({cost})."),
}


def worded_checks(checks: tuple[Check, ...]) -> tuple[Check, ...]:
    """The ready-to-apply checklist with each line's label and detail in words."""
    return tuple(
        replace(c, label=translate("checks", _LABELS[c.id]), detail=_detail(c)) for c in checks
    )


def _detail(check: Check) -> str:
    """What to do for one line ("Apply by 2027-03-01 (fee $55)."), or ""."""
    if check.reasons:
        return "; ".join(missing_texts(check.reasons))
    if not check.note:
        return ""
    if check.fee:
        cost = translate("checks", "fee ${fee}").format(fee=check.fee)
    else:
        cost = translate("checks", "the fee")
    return translate("checks", _NOTES[check.note]).format(
        titles="; ".join(check.titles), date=sentence_date(check.day), cost=cost
    )
