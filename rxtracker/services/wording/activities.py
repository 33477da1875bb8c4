"""Why an activity counts less than in full, in the interface language (issue 17).

The engine gives ``ActivityReason`` values (``engine.reasons``); a catalog reason, when the
rule states one, is shown as the catalog words it ("Texas counts at most 1 hour a day").
"""

from __future__ import annotations

from rxtracker.engine.reasons import ActivityReason, Cap, CountsLess, RemarkKind
from rxtracker.engine.result import ActivityResult
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.wording.labels import catalog_text, requirement_phrase, sentence_date

#: What a reason says when the catalog gives no words of its own, by kind.
_PLAIN = {
    CountsLess.EXCLUDED: QT_TRANSLATE_NOOP("activity_reasons", "{what} does not count"),
    CountsLess.HELD: QT_TRANSLATE_NOOP("activity_reasons", "{what}: counts only if accepted"),
    CountsLess.SEPARATE_COURSE: QT_TRANSLATE_NOOP(
        "activity_reasons", "{what}: required, but not part of the hours"
    ),
    CountsLess.NOT_APPROVED: QT_TRANSLATE_NOOP("activity_reasons", "not {what}: no hours count"),
}
_REMARKS = {
    RemarkKind.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "activity_reasons", "unknown format letter {letter} in the UAN: not counted as live"
    ),
    RemarkKind.NO_T_ENDING: QT_TRANSLATE_NOOP(
        "activity_reasons", "no UAN ending -T, so it is not counted as technician-specific"
    ),
}


def counts_less_text(activity: ActivityResult) -> str | None:
    """Why the activity counts less than in full, in one line (None when it counts in full)."""
    if not activity.reasons:
        return None
    return "; ".join(reason_text(r) for r in activity.reasons)


def reason_text(reason: ActivityReason) -> str:
    """One reason in words."""
    if reason.kind == CountsLess.AFTER_AS_OF:
        return translate(
            "activity_reasons", "dated after {date}, the day this status is for"
        ).format(date=sentence_date(reason.day))
    if reason.kind == CountsLess.OUTSIDE_CYCLE:
        return translate("activity_reasons", "outside the cycle {start} to {end}").format(
            start=sentence_date(reason.start), end=sentence_date(reason.end)
        )
    if reason.kind == CountsLess.LOGGED_TWICE:
        return translate(
            "activity_reasons", "logged twice: counted once, as activity #{id}"
        ).format(id=reason.other)
    if reason.kind == CountsLess.REPEAT:
        return translate("activity_reasons", "repeat of activity #{id}").format(id=reason.other)
    if reason.kind == CountsLess.CAPPED:
        return _capped(reason)
    why = catalog_text(reason.requirement_id, reason.why)
    what = requirement_phrase(reason.requirement_id, reason.phrase)
    return why or translate("activity_reasons", _PLAIN[reason.kind]).format(what=what)


def _capped(reason: ActivityReason) -> str:
    text = "; ".join(_cap_text(c) for c in reason.caps)
    if reason.served:
        text += translate(
            "activity_reasons",
            "; the hours under the cap went first to activities that also meet {what}",
        ).format(what=", ".join(reason.served))
    if reason.counted:
        text = translate(
            "activity_reasons", "only {counted} of {eligible} hours count: {why}"
        ).format(counted=reason.counted.shown(), eligible=reason.eligible.shown(), why=text)
    return text


def _cap_text(cap: Cap) -> str:
    why = catalog_text(cap.requirement_id, cap.why)
    if cap.day is not None:
        base = translate("activity_reasons", "more than {hours} on {date}").format(
            hours=cap.hours.describe(), date=sentence_date(cap.day)
        )
        return f"{base} ({why})" if why else base
    what = requirement_phrase(cap.requirement_id, cap.phrase)
    return why or translate("activity_reasons", "{what} over the {hours}-hour cap").format(
        what=what, hours=cap.hours.shown()
    )


def remark_texts(activity: ActivityResult) -> tuple[str, ...]:
    """What the activity does not count toward, though it counts in full."""
    return tuple(
        translate("activity_reasons", _REMARKS[r.kind]).format(letter=repr(r.letter))
        for r in activity.remarks
    )
