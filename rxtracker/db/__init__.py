"""Storage through SQLAlchemy 2: models, the SQLite file or a PostgreSQL team database."""

from rxtracker.db.database import Database, DatabaseError, DatabaseTooNew, NotADatabase
from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.db.models import Activity, ActivityTag, Attachment, Base, Credential, Person
from rxtracker.db.postgres import NotPermitted, TeamDatabase, is_database_url
from rxtracker.db.renewals import CredentialAudit, RenewalEvent
from rxtracker.db.store import Store

__all__ = [
    "SCHEMA_VERSION",
    "Activity",
    "ActivityTag",
    "Attachment",
    "Base",
    "Credential",
    "CredentialAudit",
    "Database",
    "DatabaseError",
    "DatabaseTooNew",
    "NotADatabase",
    "NotPermitted",
    "Person",
    "RenewalEvent",
    "Store",
    "TeamDatabase",
    "is_database_url",
]
