"""A save made on an out-of-date copy of a record is refused, naming who changed it (issue 13).

Every person, credential and activity carries ``version`` (``models.Versioned``). A form
keeps the version it opened; the service hands it to ``refuse_if_changed`` before it writes.
When two saves race, SQLAlchemy's own version check (``StaleDataError``) refuses the later
one; ``stale_save`` turns that into the same kind of message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rxtracker.db.history import TRACKED
from rxtracker.db.models import ChangeHistory
from rxtracker.domain import ChangedMeanwhile
from rxtracker.domain.errors import field_label
from rxtracker.i18n import translate


def refuse_if_changed(session: Session, record: Any, opened: int | None) -> None:
    """Refuse the save when ``record`` is no longer at the version the user ``opened``.

    ``opened`` None: the caller did not open a copy (a CLI command without ``--if-version``),
    so there is nothing to compare.

    Raises:
        ChangedMeanwhile: someone saved the record since; the message names who and when.
    """
    if opened is None or record.version == opened:
        return
    entity = TRACKED[type(record)]
    last = session.scalars(
        select(ChangeHistory)
        .where(ChangeHistory.entity == entity, ChangeHistory.entity_id == record.id)
        .order_by(ChangeHistory.id.desc())
        .limit(1)
    ).first()
    if last is None:
        problem = translate(
            "edits",
            "This {record} was changed since you opened it; reopen to see it. Nothing was saved.",
        )
    else:
        problem = translate(
            "edits",
            "This {record} was changed by {who} at {when} UTC since you opened it; reopen to see "
            "it. Nothing was saved.",
        )
    raise ChangedMeanwhile(
        problem.format(
            record=field_label(entity),
            who=last.app_user if last else "",
            when=f"{last.changed_at:%Y-%m-%d %H:%M}" if last else "",
        )
    )


@contextlib.contextmanager
def stale_save() -> Iterator[None]:
    """Re-raise SQLAlchemy's refusal of a save that lost a race as ``ChangedMeanwhile``.

    Raises:
        ChangedMeanwhile: another save of the same record committed first.
    """
    try:
        yield
    except StaleDataError:
        raise ChangedMeanwhile(
            translate(
                "edits",
                "This record was changed by someone else while you saved since you opened it; "
                "reopen to see it. Nothing was saved.",
            )
        ) from None
