"""What happens to each imported row: added, merged, skipped as a duplicate, or rejected.

A duplicate is the same person, the same UAN and the same date (rules-reference section 6:
deduplicating on the UAN alone is wrong, because the same UAN can be taken on several days).
Rows without a UAN (a generic CSV of non-ACPE CE) match on title, date and hours instead.
A CPE Monitor row that matches an activity logged by hand is *merged*: the hand-logged record
is kept and marked as seen in CPE Monitor. Nothing is ever recorded twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rxtracker.domain import Hours
from rxtracker.exchange.rows import ParsedActivity, ParsedRow, RowText
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate


class Fate(StrEnum):
    """What an import does with a row."""

    ADD = "add"
    MERGE = "merge"
    DUPLICATE = "duplicate"
    REJECT = "reject"

    @property
    def label(self) -> str:
        """Words for the user."""
        return translate("fates", _FATE_LABELS[self.value])


_FATE_LABELS = {
    "add": QT_TRANSLATE_NOOP("fates", "Add"),
    "merge": QT_TRANSLATE_NOOP("fates", "Merge"),
    "duplicate": QT_TRANSLATE_NOOP("fates", "Skip (duplicate)"),
    "reject": QT_TRANSLATE_NOOP("fates", "Reject"),
}


@dataclass(frozen=True, slots=True)
class StoredActivity:
    """What deduplication needs to know about an activity already recorded."""

    id: int
    title: str
    completed_on: dt.date
    hours: Hours
    uan: str | None
    hand_logged: bool
    cpe_monitor_seen_on: dt.date | None


@dataclass(frozen=True, slots=True)
class RowVerdict:
    """One row's fate, with the reason shown in the preview and the summary."""

    line: int
    text: RowText
    fate: Fate
    reason: str
    activity: ParsedActivity | None = None
    match_id: int | None = None  # the stored activity a duplicate or merge refers to


def _key(activity: ParsedActivity | StoredActivity) -> tuple[object, ...]:
    if activity.uan:
        return ("uan", activity.uan, activity.completed_on)
    return ("title", activity.title.casefold(), activity.completed_on, activity.hours)


def assign_fates(
    rows: Sequence[ParsedRow], stored: Sequence[StoredActivity], *, from_cpe_monitor: bool
) -> list[RowVerdict]:
    """Decide every row's fate against the stored activities and the rows above it."""
    by_key: dict[tuple[object, ...], StoredActivity] = {}
    for existing in stored:
        by_key.setdefault(_key(existing), existing)
    seen_in_file: dict[tuple[object, ...], int] = {}
    verdicts = []
    for row in rows:
        if row.activity is None:
            verdicts.append(RowVerdict(row.line, row.text, Fate.REJECT, "; ".join(row.problems)))
            continue
        key = _key(row.activity)
        if key in seen_in_file:
            reason = translate("fates", "same {what} as row {row} of this file").format(
                what=_what(row.activity), row=seen_in_file[key]
            )
            verdicts.append(RowVerdict(row.line, row.text, Fate.DUPLICATE, reason, row.activity))
            continue
        seen_in_file[key] = row.line
        match = by_key.get(key)
        verdicts.append(_against_stored(row, row.activity, match, from_cpe_monitor))
    return verdicts


def _what(activity: ParsedActivity) -> str:
    if activity.uan:
        return translate("fates", "UAN and date")
    return translate("fates", "title, date and hours")


def _against_stored(
    row: ParsedRow,
    activity: ParsedActivity,
    match: StoredActivity | None,
    from_cpe_monitor: bool,
) -> RowVerdict:
    if match is None:
        new = translate("fates", "new activity")
        return RowVerdict(row.line, row.text, Fate.ADD, new, activity)
    if from_cpe_monitor and match.hand_logged and match.cpe_monitor_seen_on is None:
        reason = translate(
            "fates", "matches activity #{id} logged by hand; it will be marked as in CPE Monitor"
        ).format(id=match.id)
        if match.hours != activity.hours:
            reason += translate(
                "fates",
                " (hours differ: you logged {logged}, CPE Monitor shows {shown};"
                " check the certificate)",
            ).format(logged=match.hours, shown=activity.hours)
        return RowVerdict(row.line, row.text, Fate.MERGE, reason, activity, match.id)
    if match.hand_logged:
        origin = translate("fates", "logged by hand")
    else:
        origin = translate("fates", "imported earlier")
    reason = translate("fates", "already recorded as activity #{id} ({origin}, same {what})")
    reason = reason.format(id=match.id, origin=origin, what=_what(activity))
    return RowVerdict(row.line, row.text, Fate.DUPLICATE, reason, activity, match.id)
