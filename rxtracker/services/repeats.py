"""The same course logged twice: on the same day, or by its UAN in the same cycle.

CPE Monitor records a UAN once per cycle, so logging a course whose UAN is already logged
in a cycle of one of the person's credentials asks first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.db import Activity
from rxtracker.domain import AlreadyRecorded, day_words
from rxtracker.engine import CycleWindow
from rxtracker.engine.cycles import cycle_windows
from rxtracker.i18n import translate
from rxtracker.services.convert import credential_row
from rxtracker.services.credentials import held_credentials
from rxtracker.services.facts import credential_fact

_US_DAY = "%m/%d/%Y"


def refuse_same_course(
    session: Session, catalog: Catalog, person_id: int, uan: str | None, day: dt.date
) -> None:
    """Refuse a course whose UAN is logged on ``day`` or in a cycle that holds ``day``.

    Raises:
        AlreadyRecorded: naming the activity already logged.
    """
    if uan is None:
        return
    logged = _logged(session, person_id, uan)
    same = next((a for a in logged if a.completed_on == day), None)
    if same is not None:
        words = translate(
            "repeats", "{title} (UAN {uan}, {date}) is already logged as activity {id}"
        )
        day_text = day_words(same.completed_on, _US_DAY)
        problem = words.format(title=same.title, uan=uan, date=day_text, id=same.id)
        raise AlreadyRecorded("activity", problem, same.id)
    repeat = _repeat(session, catalog, person_id, logged, day)
    if repeat is not None:
        raise AlreadyRecorded("activity", repeat[1], repeat[0])


def repeat_in_cycle(
    session: Session, catalog: Catalog, person_id: int, uan: str, day: dt.date
) -> str | None:
    """Why a course with ``uan`` done on ``day`` repeats one logged in the same cycle, or None."""
    logged = _logged(session, person_id, uan)
    repeat = _repeat(session, catalog, person_id, logged, day)
    return repeat[1] if repeat is not None else None


def _logged(session: Session, person_id: int, uan: str) -> Sequence[Activity]:
    """The person's activities with ``uan``, oldest first."""
    query = select(Activity).where(Activity.person_id == person_id, Activity.uan == uan)
    return session.scalars(query.order_by(Activity.completed_on, Activity.id)).all()


def _repeat(
    session: Session, catalog: Catalog, person_id: int, logged: Sequence[Activity], day: dt.date
) -> tuple[int, str] | None:
    """(activity id, sentence) of the first of ``logged`` in a cycle that holds ``day``."""
    if not logged:
        return None
    for name, window in person_cycles(session, catalog, person_id):
        if not window.start <= day <= window.end:
            continue
        earlier = next((a for a in logged if window.start <= a.completed_on <= window.end), None)
        if earlier is not None:
            return earlier.id, _repeat_words(name, window, earlier)
    return None


def _repeat_words(name: str, window: CycleWindow, earlier: Activity) -> str:
    """'UAN ... is already logged in this PTCB CPhT cycle (...): TITLE, DATE, activity 3; ...'."""
    words = translate(
        "repeats",
        "UAN {uan} is already logged in this {credential} cycle ({start} to {end}): {title}, "
        "{date}, activity {id}; CPE Monitor records a UAN once per cycle",
    )
    return words.format(
        uan=earlier.uan,
        credential=name,
        start=day_words(window.start, _US_DAY),
        end=day_words(window.end, _US_DAY),
        title=earlier.title,
        date=day_words(earlier.completed_on, _US_DAY),
        id=earlier.id,
    )


def person_cycles(
    session: Session, catalog: Catalog, person_id: int
) -> list[tuple[str, CycleWindow]]:
    """Every cycle (current and renewed) of the person's credentials, with the type's name."""
    found = []
    for credential in held_credentials(session, person_id):
        ctype = catalog.types.get(credential.type_id)
        if ctype is None:
            continue
        name = credential_row(credential, catalog).type_name
        found += [(name, w) for w in cycle_windows(ctype, credential_fact(credential))]
    return found
