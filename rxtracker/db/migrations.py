"""Schema upgrades: one Alembic history for both backends (``rxtracker/db/revisions``).

Schema version ``n`` is Alembic revision ``000n``; ``upgrade`` runs every revision after a
database's version, in order, on the caller's connection and inside its transaction (the
SQLite opener takes a copy of the file first, and checks foreign keys before it commits).
The version itself is ``PRAGMA user_version`` in the SQLite file (readable without opening
it for writing) and Alembic's ``alembic_version`` table in a PostgreSQL team database.

A new database is created from the ORM metadata at the head version instead of replaying
revisions, so the DDL of the SQLite-only revisions 2 to 5 is written out below as it was at
the time (never derived from the current models), and a test proves that every migrated
fixture equals a fresh database. A new revision uses Alembic's ``op`` so that it runs on
both backends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from rxtracker.db.version import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory


def _run(con: Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            con.exec_driver_sql(statement)


def v1_to_v2(con: Connection) -> None:
    """Credential history and items, work experience, custom types, import batches."""
    _run(
        con,
        """
        ALTER TABLE credential ADD COLUMN initial_cycle BOOLEAN DEFAULT 0 NOT NULL;
        CREATE TABLE credential_cycle (
            id INTEGER NOT NULL,
            credential_id INTEGER NOT NULL,
            cycle_start DATE,
            expires_on DATE NOT NULL,
            renewed_on DATE NOT NULL,
            notes TEXT NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(credential_id) REFERENCES credential (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_credential_cycle_credential ON credential_cycle (credential_id);
        CREATE TABLE credential_item (
            id INTEGER NOT NULL,
            credential_id INTEGER NOT NULL,
            requirement_id VARCHAR(60) NOT NULL,
            done_on DATE NOT NULL,
            note TEXT NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(credential_id) REFERENCES credential (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_credential_item_credential ON credential_item (credential_id);
        CREATE TABLE custom_credential_type (
            id VARCHAR(60) NOT NULL,
            definition TEXT NOT NULL,
            created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
            updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
            PRIMARY KEY (id)
        );
        CREATE TABLE work_experience (
            id INTEGER NOT NULL,
            person_id INTEGER NOT NULL,
            role VARCHAR(200) NOT NULL,
            setting VARCHAR(200) NOT NULL,
            areas VARCHAR(500) NOT NULL,
            start_on DATE NOT NULL,
            end_on DATE,
            hours_per_week INTEGER NOT NULL,
            notes TEXT NOT NULL,
            PRIMARY KEY (id),
            CONSTRAINT work_experience_order CHECK (end_on IS NULL OR start_on <= end_on),
            CONSTRAINT work_experience_hours CHECK (hours_per_week > 0 AND hours_per_week <= 80),
            FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_work_experience_person ON work_experience (person_id);
        CREATE TABLE import_batch (
            id INTEGER NOT NULL,
            person_id INTEGER NOT NULL,
            kind VARCHAR(30) NOT NULL,
            file_name VARCHAR(255) NOT NULL,
            sha256 VARCHAR(64) NOT NULL,
            imported_at DATETIME NOT NULL,
            added INTEGER NOT NULL,
            merged INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
        );
        ALTER TABLE activity ADD COLUMN recognized_program VARCHAR(60);
        ALTER TABLE activity ADD COLUMN cpe_monitor_seen_on DATE;
        ALTER TABLE activity ADD COLUMN import_batch_id INTEGER
            REFERENCES import_batch (id) ON DELETE SET NULL;
        """,
    )


def v2_to_v3(con: Connection) -> None:
    """Activity verification, the change history, and credentials that never expire.

    ``credential.expires_on`` loses its NOT NULL, which SQLite can only do by rebuilding the
    table (the 12-step procedure of https://www.sqlite.org/lang_altertable.html#otheralter):
    ``Database._migrate`` has turned foreign keys off before the transaction began and runs
    ``PRAGMA foreign_key_check`` before it commits, so dropping the old table cascades
    nothing into ``credential_cycle`` and ``credential_item``.
    """
    _run(
        con,
        """
        CREATE TABLE credential_new (
            id INTEGER NOT NULL,
            person_id INTEGER NOT NULL,
            type_id VARCHAR(60) NOT NULL,
            number VARCHAR(60),
            state VARCHAR(2),
            issued_on DATE,
            expires_on DATE,
            cycle_start DATE,
            status_notes TEXT NOT NULL,
            initial_cycle BOOLEAN DEFAULT 0 NOT NULL,
            created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
            updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
            PRIMARY KEY (id),
            CONSTRAINT credential_cycle_order
                CHECK (cycle_start IS NULL OR cycle_start <= expires_on),
            FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
        );
        INSERT INTO credential_new (id, person_id, type_id, number, state, issued_on,
            expires_on, cycle_start, status_notes, initial_cycle, created_at, updated_at)
        SELECT id, person_id, type_id, number, state, issued_on,
            expires_on, cycle_start, status_notes, initial_cycle, created_at, updated_at
        FROM credential;
        DROP TABLE credential;
        ALTER TABLE credential_new RENAME TO credential;
        CREATE INDEX ix_credential_person ON credential (person_id);
        ALTER TABLE activity ADD COLUMN verification VARCHAR(10) DEFAULT 'unverified' NOT NULL
            CONSTRAINT activity_verification
            CHECK (verification IN ('unverified', 'verified', 'returned'));
        ALTER TABLE activity ADD COLUMN verified_by_id INTEGER
            REFERENCES person (id) ON DELETE SET NULL;
        ALTER TABLE activity ADD COLUMN verified_by_user VARCHAR(100);
        ALTER TABLE activity ADD COLUMN verified_at DATETIME;
        ALTER TABLE activity ADD COLUMN verification_note TEXT DEFAULT '' NOT NULL;
        CREATE TABLE change_history (
            id INTEGER NOT NULL,
            changed_at DATETIME NOT NULL,
            app_user VARCHAR(100) NOT NULL,
            acting_person_id INTEGER,
            entity VARCHAR(20) NOT NULL,
            entity_id INTEGER NOT NULL,
            action VARCHAR(10) NOT NULL,
            changes TEXT NOT NULL,
            PRIMARY KEY (id),
            CONSTRAINT change_history_entity CHECK (entity IN ('person', 'credential', 'activity')),
            CONSTRAINT change_history_action CHECK (action IN ('create', 'update', 'delete'))
        );
        CREATE INDEX ix_change_history_entity ON change_history (entity, entity_id);
        """,
    )
    # Trigger bodies hold semicolons, so each is one statement of its own.
    con.exec_driver_sql(
        "CREATE TRIGGER change_history_no_update BEFORE UPDATE ON change_history "
        "BEGIN SELECT RAISE(ABORT, 'change history cannot be changed'); END"
    )
    con.exec_driver_sql(
        "CREATE TRIGGER change_history_no_delete BEFORE DELETE ON change_history "
        "BEGIN SELECT RAISE(ABORT, 'change history cannot be deleted'); END"
    )


def v3_to_v4(con: Connection) -> None:
    """What another workplace's archive reported about an activity (never a check made here)."""
    con.exec_driver_sql("ALTER TABLE activity ADD COLUMN archive_report TEXT DEFAULT '' NOT NULL")


#: Schema 5: the tables whose ids the history or the user sees, parents before children.
_KEPT_ID_TABLES = (
    "person",
    "import_batch",
    "credential",
    "credential_cycle",
    "credential_item",
    "work_experience",
    "activity",
    "attachment",
)


def _with_autoincrement(create: str, table: str) -> str:
    """``create`` (the table's own CREATE TABLE) for ``<table>_new`` with an AUTOINCREMENT id."""
    steps = (
        (r'^CREATE TABLE "?\w+"? \(', f"CREATE TABLE {table}_new ("),
        (r"\bid INTEGER NOT NULL,", "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"),
        (r"\s*PRIMARY KEY \(id\),", ""),
    )
    for pattern, replacement in steps:
        create, count = re.subn(pattern, replacement, create, count=1)
        if count != 1:
            raise RuntimeError(f"schema 5: unexpected definition of table {table}")
    return create


def _keep_ids(con: Connection, table: str) -> None:
    """Rebuild ``table`` with AUTOINCREMENT (SQLite's 12-step procedure), every row as it was."""
    create, indexes = _definitions(con, table)
    con.exec_driver_sql(_with_autoincrement(create, table))
    con.exec_driver_sql(f"INSERT INTO {table}_new SELECT * FROM {table}")  # noqa: S608
    con.exec_driver_sql(f"DROP TABLE {table}")
    con.exec_driver_sql(f"ALTER TABLE {table}_new RENAME TO {table}")
    for index in indexes:
        con.exec_driver_sql(index)


def _definitions(con: Connection, table: str) -> tuple[str, list[str]]:
    rows = con.exec_driver_sql(
        "SELECT type, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
        "AND type IN ('table', 'index')",
        (table,),
    ).all()
    return next(sql for kind, sql in rows if kind == "table"), [
        sql for kind, sql in rows if kind == "index"
    ]


def v4_to_v5(con: Connection) -> None:
    """Ids are never handed out again: AUTOINCREMENT on every table whose ids people see.

    Each table is rebuilt from its own definition, only the id column changed. The counter
    of a person, credential or activity starts above the highest id its change history ever
    named, so a record deleted before this upgrade does not lend its id to the next one.
    """
    for table in _KEPT_ID_TABLES:
        _keep_ids(con, table)
    for entity in ("person", "credential", "activity"):
        con.exec_driver_sql(
            "INSERT INTO sqlite_sequence (name, seq) SELECT ?, max(coalesce(max(entity_id), 0), "
            "(SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = ?)) "
            "FROM change_history WHERE entity = ?",
            (entity, entity, entity),
        )
        con.exec_driver_sql(
            "DELETE FROM sqlite_sequence WHERE name = ? AND rowid NOT IN "
            "(SELECT max(rowid) FROM sqlite_sequence WHERE name = ?)",
            (entity, entity),
        )


#: Alembic's script directory: ``versions/`` holds one revision per schema version.
REVISIONS = Path(__file__).with_name("revisions")


def revision_id(version: int) -> str:
    """The Alembic revision of schema ``version`` (``5`` -> ``"0005"``)."""
    return f"{version:04d}"


def script_directory() -> ScriptDirectory:
    """The revision history (Alembic is imported only when a database is made or upgraded)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(REVISIONS))


def sqlite_step(step: Callable[[Connection], None]) -> None:
    """Run, inside a revision, a step written for SQLite (a no-op on PostgreSQL).

    A team database is created at schema 5, after every such step, and is stamped there.
    """
    from alembic import op

    con = op.get_bind()
    if con.dialect.name == "sqlite":
        step(con)


def upgrade(con: Connection, from_version: int) -> None:
    """Run every revision after ``from_version`` up to the head, on ``con``'s transaction."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    script = script_directory()
    todo = script.iterate_revisions("heads", revision_id(from_version))
    steps = [r for r in reversed(list(todo)) if r.revision != revision_id(from_version)]
    with Operations.context(MigrationContext.configure(con)):
        for step in steps:
            step.module.upgrade()
