"""One function per user action; each owns one database transaction."""

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
