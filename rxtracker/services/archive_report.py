"""What another workplace's archive says about an activity, kept as its report in words.

A check made at the other workplace (verified or sent back, and by whom) and the day its
CPE Monitor export showed the course are *its* facts: importing a person archive keeps them
as the activity's ``archive_report``, worded in the interface language of the import, and
the activity is not checked here until somebody here checks it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rxtracker.domain import Verification
from rxtracker.i18n import translate
from rxtracker.services.rows import checked_by_on, day_words

#: The archived columns that say what the other workplace saw; kept only as its report.
REPORTED = frozenset(
    {"verification", "verified_by_user", "verified_at", "verification_note"}
    | {"cpe_monitor_seen_on", "archive_report"}
)


def reported_words(v: dict[str, Any]) -> str:
    """What the archive says was checked or seen at its workplace, as a report in words.

    "reported by the archive: verified by Dana Cole on 2026-03-02 (checked at Dana Cole's
    workplace); seen in CPE Monitor on 2026-02-01 (by that workplace)". An archive that only
    carries an earlier report (it was imported there from another archive) keeps that one.
    "" when the archive reports nothing.
    """
    parts = []
    state = Verification(v.get("verification") or "unverified")
    if state is not Verification.UNVERIFIED:
        parts.append(_check_words(v, state))
    if v.get("cpe_monitor_seen_on"):
        seen = dt.date.fromisoformat(str(v["cpe_monitor_seen_on"]))
        words = translate("archive_report", "seen in CPE Monitor on {date} (by that workplace)")
        parts.append(words.format(date=day_words(seen)))
    if parts:
        words = translate("archive_report", "reported by the archive: {parts}")
        return words.format(parts="; ".join(parts))
    return str(v.get("archive_report") or "").strip()


def _check_words(v: dict[str, Any], state: Verification) -> str:
    """'verified by Dana Cole on 2026-03-02 (checked at Dana Cole's workplace)'."""
    who = str(v.get("verified_by_name") or v.get("verified_by_user") or "").strip()
    if state is Verification.VERIFIED:
        words = translate("archive_report", "verified")
    else:
        words = translate("archive_report", "sent back")
    at = dt.datetime.fromisoformat(str(v["verified_at"])).date() if v.get("verified_at") else None
    words = checked_by_on(words, who, at)
    note = str(v.get("verification_note") or "").strip()
    if state is Verification.RETURNED and note:
        words = translate("archive_report", '{state} with the note "{note}"').format(
            state=words, note=note
        )
    if who:
        place = translate("archive_report", "{who}'s workplace").format(who=who)
    else:
        place = translate("archive_report", "the workplace that made the archive")
    return translate("archive_report", "{state} (checked at {place})").format(
        state=words, place=place
    )
