"""One function per user action; each owns one database transaction.

The names below are imported on first use (PEP 562): a command that reads through
``rxtracker.services.quick`` imports neither SQLAlchemy nor the ORM by importing this package.
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from rxtracker.db import DatabaseError, DatabaseTooNew, NotADatabase
    from rxtracker.services.changes import SETTINGS_CHANGED, Kind
    from rxtracker.services.context import Context
    from rxtracker.services.inputs import ActivityInput, CredentialInput, PersonInput
    from rxtracker.services.opening import open_context
    from rxtracker.services.paths import AppPaths
    from rxtracker.services.rows import (
        ActivityRow,
        AttachmentRow,
        Changes,
        CredentialRow,
        Outcome,
        PersonRow,
    )

#: Each public name -> the module that defines it.
_WHERE = {
    "DatabaseError": "rxtracker.db",
    "DatabaseTooNew": "rxtracker.db",
    "NotADatabase": "rxtracker.db",
    "SETTINGS_CHANGED": "rxtracker.services.changes",
    "Kind": "rxtracker.services.changes",
    "Context": "rxtracker.services.context",
    "ActivityInput": "rxtracker.services.inputs",
    "CredentialInput": "rxtracker.services.inputs",
    "PersonInput": "rxtracker.services.inputs",
    "open_context": "rxtracker.services.opening",
    "AppPaths": "rxtracker.services.paths",
    "ActivityRow": "rxtracker.services.rows",
    "AttachmentRow": "rxtracker.services.rows",
    "Changes": "rxtracker.services.rows",
    "CredentialRow": "rxtracker.services.rows",
    "Outcome": "rxtracker.services.rows",
    "PersonRow": "rxtracker.services.rows",
}

__all__ = [
    "SETTINGS_CHANGED",
    "ActivityInput",
    "ActivityRow",
    "AppPaths",
    "AttachmentRow",
    "Changes",
    "Context",
    "CredentialInput",
    "CredentialRow",
    "DatabaseError",
    "DatabaseTooNew",
    "Kind",
    "NotADatabase",
    "Outcome",
    "PersonInput",
    "PersonRow",
    "open_context",
]


__getattr__ = names_on_first_use(globals(), _WHERE)
