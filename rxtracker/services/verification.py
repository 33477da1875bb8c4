"""A supervisor checks an activity's record and certificate: verified, or sent back with a note."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from rxtracker.db import Activity, Person
from rxtracker.domain import InvalidInput, NotFound, Verification
from rxtracker.i18n import translate
from rxtracker.services.activities import reset_verification
from rxtracker.services.context import Context
from rxtracker.services.convert import activity_row
from rxtracker.services.inputs import VERIFICATION_NOTE_LIMIT, clean_text
from rxtracker.services.rows import ActivityRow, Changes, Kind, Outcome


def verify_activity(
    ctx: Context,
    activity_id: int,
    *,
    by_person_id: int | None = None,
    now: dt.datetime | None = None,
) -> Outcome[ActivityRow]:
    """Mark an activity as verified (its record and certificate were checked).

    Args:
        ctx: the data folder.
        activity_id: the activity checked.
        by_person_id: the supervisor who checked it (default: the person the app acts as;
            with none, the computer login is recorded).
        now: when (default: now, UTC).

    Raises:
        NotFound: no such activity or person.
        InvalidInput: field "by": a person cannot verify their own activity.
    """
    return _set(ctx, activity_id, Verification.VERIFIED, by_person_id, "", now)


def return_activity(
    ctx: Context,
    activity_id: int,
    note: str,
    *,
    by_person_id: int | None = None,
    now: dt.datetime | None = None,
) -> Outcome[ActivityRow]:
    """Send an activity back to its technician with a note saying what to fix.

    Raises:
        InvalidInput: field "note": empty or too long; field "by" as for ``verify_activity``.
        NotFound: no such activity or person.
    """
    text = clean_text(note, "note", limit=VERIFICATION_NOTE_LIMIT, required=True)
    return _set(ctx, activity_id, Verification.RETURNED, by_person_id, text, now)


def clear_verification(ctx: Context, activity_id: int) -> Outcome[ActivityRow]:
    """Put an activity back to "not checked" (after the technician fixed it)."""
    with ctx.db.write() as session:
        activity = _get(session, activity_id)
        reset_verification(activity)
        session.flush()
        row = activity_row(activity)
    return Outcome(row, _changes(row))


def _set(
    ctx: Context,
    activity_id: int,
    state: Verification,
    by_person_id: int | None,
    note: str,
    now: dt.datetime | None,
) -> Outcome[ActivityRow]:
    who = by_person_id if by_person_id is not None else ctx.db.actor.person_id
    with ctx.db.write() as session:
        activity = _get(session, activity_id)
        if who is not None:
            if session.get(Person, who) is None:
                raise NotFound("person", who)
            if who == activity.person_id:
                problem = translate(
                    "verification", "a person cannot verify or send back their own activity"
                )
                raise InvalidInput("by", problem)
        activity.verification = state.value
        activity.verified_by_id = who
        activity.verified_by_user = ctx.db.actor.app_user[:100]
        activity.verified_at = now or ctx.clock.now().replace(tzinfo=None)
        activity.verification_note = note
        session.flush()
        session.refresh(activity, ["verified_by"])
        row = activity_row(activity)
    return Outcome(row, _changes(row))


def _get(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound("activity", activity_id)
    return activity


def _changes(row: ActivityRow) -> Changes:
    return Changes.of(Kind.VERIFICATION, people={row.person_id}, activities={row.id})
