"""SQLite storage through SQLAlchemy 2: models, connection setup, migrations."""

from rxtracker.db.database import Database, DatabaseError, DatabaseTooNew, NotADatabase
from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.db.models import Activity, ActivityTag, Attachment, Base, Credential, Person

__all__ = [
    "SCHEMA_VERSION",
    "Activity",
    "ActivityTag",
    "Attachment",
    "Base",
    "Credential",
    "Database",
    "DatabaseError",
    "DatabaseTooNew",
    "NotADatabase",
    "Person",
]
