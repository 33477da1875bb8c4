"""The writing sessions every backend hands out: change history and the action log.

Both backends (the local SQLite file, a PostgreSQL team database) give a service one session
per user action; a writing session records its changes (``rxtracker.db.history``) and logs
the ids it touched, whichever database is underneath.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from rxtracker.db.history import forget_changes, gather_changes, write_changes

log = logging.getLogger("rxtracker.db")


def _log_flush(session: Session, _context: Any) -> None:
    # Ids and table names only: never names, licence numbers or other personal data.
    for verb, objects in (
        ("added", session.new),
        ("changed", session.dirty),
        ("deleted", session.deleted),
    ):
        for obj in objects:
            table = getattr(obj, "__tablename__", type(obj).__name__)
            key = getattr(obj, "id", None)
            if key is not None:
                log.info("%s %s %s", verb, table, key)


def writing_sessions(bind: Engine) -> sessionmaker[Session]:
    """Sessions on ``bind`` that log their flushes and write the change history at commit."""
    factory = sessionmaker(bind, expire_on_commit=False)
    event_hooks = (
        ("after_flush", _log_flush),
        ("after_flush", gather_changes),
        ("before_commit", write_changes),
        ("after_soft_rollback", forget_changes),
    )
    for name, hook in event_hooks:
        event.listen(factory, name, hook)
    return factory
