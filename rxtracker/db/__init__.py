"""Storage through SQLAlchemy 2: models, the SQLite file or a PostgreSQL team database.

The names below are imported on first use (PEP 562), so a module of this package that
needs no SQLAlchemy (``rxtracker.db.quick``, the read-only SQLite reader of the commands)
can be imported without loading SQLAlchemy and the ORM.
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from rxtracker.db.database import Database
    from rxtracker.db.errors import DatabaseError, DatabaseTooNew, NotADatabase
    from rxtracker.db.models import Activity, ActivityTag, Attachment, Base, Credential, Person
    from rxtracker.db.postgres import NotPermitted, TeamDatabase, is_database_url
    from rxtracker.db.renewals import CredentialAudit, RenewalEvent
    from rxtracker.db.store import Store
    from rxtracker.db.version import SCHEMA_VERSION

#: Each public name -> the module that defines it.
_WHERE = {
    "Database": "database",
    "DatabaseError": "errors",
    "DatabaseTooNew": "errors",
    "NotADatabase": "errors",
    "SCHEMA_VERSION": "version",
    "Activity": "models",
    "ActivityTag": "models",
    "Attachment": "models",
    "Base": "models",
    "Credential": "models",
    "Person": "models",
    "NotPermitted": "postgres",
    "TeamDatabase": "postgres",
    "is_database_url": "postgres",
    "CredentialAudit": "renewals",
    "RenewalEvent": "renewals",
    "Store": "store",
}

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


__getattr__ = names_on_first_use(globals(), _WHERE)
