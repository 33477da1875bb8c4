"""Numbered schema upgrades on ``PRAGMA user_version``.

``STEPS[n]`` upgrades a database at version ``n`` to ``n + 1``. A new database is created
from the ORM metadata at the head version instead of replaying steps, so each step's DDL is
written out here as it was at the time (never derived from the current models), and a test
proves that every migrated fixture equals a fresh database.
All pending steps run inside one transaction, after a copy of the file has been taken.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

Step = Callable[[Connection], None]


def _run(con: Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            con.exec_driver_sql(statement)


def _v1_to_v2(con: Connection) -> None:
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


STEPS: dict[int, Step] = {1: _v1_to_v2}

#: The schema version this rxtracker writes.
SCHEMA_VERSION = 2


def pending(from_version: int) -> list[tuple[int, Step]]:
    """The steps that bring ``from_version`` to ``SCHEMA_VERSION``, in order."""
    return [(v, STEPS[v]) for v in range(from_version, SCHEMA_VERSION)]
