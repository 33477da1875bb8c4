"""SQLAlchemy 2 ORM: the tables behind rxtracker.

Every schema change comes as a set: a numbered step in ``migrations.py``, a bump of
``SCHEMA_VERSION``, the regenerated ``db_schema.sql`` (``python -m rxtracker.db.schema``) and a
fixture of the previous schema under ``tests/fixtures``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from rxtracker.db.word_index import create_word_index
from rxtracker.domain.clock import SYSTEM_CLOCK


class Base(DeclarativeBase):
    """Declarative base of every table."""


#: Table options of every table whose ids the history or the user sees (schema 5): SQLite's
#: AUTOINCREMENT never hands out an id again, even the highest one after it was deleted.
KEEP_IDS: dict[str, Any] = {"sqlite_autoincrement": True}


def stored_now() -> dt.datetime:
    """The time stamped on a record: UTC, stored without a timezone."""
    return SYSTEM_CLOCK.now().replace(tzinfo=None)


class Timestamps:
    """created_at / updated_at, in UTC."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=stored_now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=stored_now, onupdate=stored_now, server_default=func.current_timestamp()
    )


class Versioned:
    """Schema 7: an edit counter, so a save made on an out-of-date copy is refused.

    SQLAlchemy adds ``version`` to the WHERE of every UPDATE and DELETE of the row and counts
    it up, so two people saving the same record at once cannot both win (issue 13).
    """

    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declarative class attribute
        """Let the ORM keep the counter (``version_id_col``)."""
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Person(Versioned, Timestamps, Base):
    """A technician, lead or supervisor whose records rxtracker keeps."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("role IN ('technician', 'lead', 'supervisor')", name="person_role"),
        CheckConstraint("length(trim(name)) > 0", name="person_name_not_blank"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20), default="technician")
    home_state: Mapped[str | None] = mapped_column(String(2))
    nabp_eprofile_id: Mapped[str | None] = mapped_column(String(40))
    ptcb_number: Mapped[str | None] = mapped_column(String(40))
    nha_number: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    credentials: Mapped[list[Credential]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    activities: Mapped[list[Activity]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        passive_deletes=True,
        foreign_keys="Activity.person_id",
    )


class Credential(Versioned, Timestamps, Base):
    """A certification, registration or licence a person holds, with its current cycle."""

    __tablename__ = "credential"
    __table_args__ = (
        CheckConstraint(
            "cycle_start IS NULL OR cycle_start <= expires_on", name="credential_cycle_order"
        ),
        Index("ix_credential_person", "person_id"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    type_id: Mapped[str] = mapped_column(String(60))
    number: Mapped[str | None] = mapped_column(String(60))
    state: Mapped[str | None] = mapped_column(String(2))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    # Schema 3: NULL for a credential that does not expire (PTCB assessment-based certificates).
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    cycle_start: Mapped[dt.date | None] = mapped_column(Date)
    status_notes: Mapped[str] = mapped_column(Text, default="")
    # Schema 2: the first cycle after initial registration (several states exempt it).
    initial_cycle: Mapped[bool] = mapped_column(default=False, server_default=false())

    person: Mapped[Person] = relationship(back_populates="credentials")
    past_cycles: Mapped[list[CredentialCycle]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CredentialCycle.expires_on"
    )
    items: Mapped[list[CredentialItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CredentialItem.done_on"
    )


class CredentialCycle(Base):
    """A closed (renewed) cycle of a credential, kept read-only for the record."""

    __tablename__ = "credential_cycle"
    __table_args__ = (Index("ix_credential_cycle_credential", "credential_id"), KEEP_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[int] = mapped_column(ForeignKey("credential.id", ondelete="CASCADE"))
    cycle_start: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date] = mapped_column(Date)
    renewed_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class CredentialItem(Base):
    """A non-hour requirement done for a credential (a competency attestation...)."""

    __tablename__ = "credential_item"
    __table_args__ = (Index("ix_credential_item_credential", "credential_id"), KEEP_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[int] = mapped_column(ForeignKey("credential.id", ondelete="CASCADE"))
    requirement_id: Mapped[str] = mapped_column(String(60))
    done_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class CustomCredentialType(Timestamps, Base):
    """A credential type the user defined (stored as a catalog mapping in JSON)."""

    __tablename__ = "custom_credential_type"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    definition: Mapped[str] = mapped_column(Text)


class WorkExperience(Base):
    """A period of work, so years of experience are computed, not typed."""

    __tablename__ = "work_experience"
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR start_on <= end_on", name="work_experience_order"),
        CheckConstraint(
            "hours_per_week > 0 AND hours_per_week <= 80", name="work_experience_hours"
        ),
        Index("ix_work_experience_person", "person_id"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(200))
    setting: Mapped[str] = mapped_column(String(200), default="")
    areas: Mapped[str] = mapped_column(String(500), default="")  # space-separated tags
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    hours_per_week: Mapped[int] = mapped_column(Integer, default=40)
    notes: Mapped[str] = mapped_column(Text, default="")


class ImportBatch(Base):
    """One import of a file (CPE Monitor export, CSV), for the summary and reconciling."""

    __tablename__ = "import_batch"
    __table_args__ = (KEEP_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)


class Activity(Versioned, Timestamps, Base):
    """One completed CE activity (course, college class, in-service...)."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint(
            "hours_hundredths > 0 AND hours_hundredths <= 10000", name="activity_hours_range"
        ),
        CheckConstraint(
            "format IS NULL OR format IN ('live', 'home', 'unknown')", name="activity_format"
        ),
        CheckConstraint("audience IS NULL OR audience IN ('T', 'P')", name="activity_audience"),
        CheckConstraint(
            "category IN ('acpe', 'college', 'in-service', 'employer', 'other')",
            name="activity_category",
        ),
        CheckConstraint("source IN ('manual', 'import')", name="activity_source"),
        CheckConstraint(
            "verification IN ('unverified', 'verified', 'returned')", name="activity_verification"
        ),
        CheckConstraint("length(trim(title)) > 0", name="activity_title_not_blank"),
        Index("ix_activity_person_date", "person_id", "completed_on"),
        Index("ix_activity_person_uan", "person_id", "uan"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    provider: Mapped[str] = mapped_column(String(300), default="")
    completed_on: Mapped[dt.date] = mapped_column(Date)
    hours_hundredths: Mapped[int] = mapped_column(Integer)
    uan: Mapped[str | None] = mapped_column(String(40))
    format: Mapped[str | None] = mapped_column(String(10))
    topic: Mapped[str | None] = mapped_column(String(2))
    audience: Mapped[str | None] = mapped_column(String(1))
    category: Mapped[str] = mapped_column(String(20), default="acpe")
    source: Mapped[str] = mapped_column(String(10), default="manual")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Schema 2: the PTCB certificate (catalog id) this activity is the recognized program for,
    # the day a CPE Monitor export last showed it, and the import that brought it in.
    recognized_program: Mapped[str | None] = mapped_column(String(60))
    cpe_monitor_seen_on: Mapped[dt.date | None] = mapped_column(Date)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )
    # Schema 3: a supervisor's check of the record (certificate checked, or sent back).
    verification: Mapped[str] = mapped_column(
        String(10), default="unverified", server_default=text("'unverified'")
    )
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    verified_by_user: Mapped[str | None] = mapped_column(String(100))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    verification_note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # Schema 4: the check and CPE Monitor sighting another workplace's person archive
    # reported, in words ("verified by Dana Cole on 2026-03-02 (checked at Dana Cole's
    # workplace)"); "" when none. Never a check made here: verification above is this
    # workplace's own.
    archive_report: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

    person: Mapped[Person] = relationship(back_populates="activities", foreign_keys=[person_id])
    verified_by: Mapped[Person | None] = relationship(foreign_keys=[verified_by_id], lazy="joined")
    tags: Mapped[list[ActivityTag]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActivityTag.tag"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", passive_deletes=True
    )


class ActivityTag(Base):
    """A free tag on an activity (texas-law, human-trafficking, sterile-compounding...)."""

    __tablename__ = "activity_tag"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)


class Attachment(Base):
    """A stored certificate file; the bytes live in the data folder under their sha256."""

    __tablename__ = "attachment"
    __table_args__ = (
        UniqueConstraint("activity_id", "sha256", name="attachment_once_per_activity"),
        CheckConstraint("size_bytes >= 0", name="attachment_size"),
        Index("ix_attachment_sha256", "sha256"),
        KEEP_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    stored_name: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(50))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=stored_now, server_default=func.current_timestamp()
    )

    activity: Mapped[Activity] = relationship(back_populates="attachments")


class ChangeHistory(Base):
    """One create, update or delete of a person, credential or activity (schema 3).

    Written by the database layer itself (``rxtracker.db.history``) inside the transaction
    that made the change; SQLite triggers refuse any later UPDATE or DELETE of a row.
    """

    __tablename__ = "change_history"
    __table_args__ = (
        CheckConstraint(
            "entity IN ('person', 'credential', 'activity')", name="change_history_entity"
        ),
        CheckConstraint("action IN ('create', 'update', 'delete')", name="change_history_action"),
        Index("ix_change_history_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    app_user: Mapped[str] = mapped_column(String(100))  # the operating-system login
    acting_person_id: Mapped[int | None] = mapped_column(Integer)  # kept when people go
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[str] = mapped_column(Text)  # JSON: {field: [old, new]}


#: Change history is append-only, whatever program opens the file.
HISTORY_TRIGGERS = (
    "CREATE TRIGGER change_history_no_update BEFORE UPDATE ON change_history "
    "BEGIN SELECT RAISE(ABORT, 'change history cannot be changed'); END",
    "CREATE TRIGGER change_history_no_delete BEFORE DELETE ON change_history "
    "BEGIN SELECT RAISE(ABORT, 'change history cannot be deleted'); END",
)

#: PostgreSQL's equivalent (issue 13), which also names the real database login: whatever
#: the app sends as ``app_user``, the row records ``session_user``.
PG_HISTORY_TRIGGERS = (
    """CREATE FUNCTION change_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW.app_user := session_user;
            RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' THEN
            RAISE EXCEPTION 'change history cannot be changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RAISE EXCEPTION 'change history cannot be deleted' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "CREATE TRIGGER change_history_login BEFORE INSERT ON change_history "
    "FOR EACH ROW EXECUTE FUNCTION change_history_append_only()",
    "CREATE TRIGGER change_history_no_update BEFORE UPDATE ON change_history "
    "FOR EACH ROW EXECUTE FUNCTION change_history_append_only()",
    "CREATE TRIGGER change_history_no_delete BEFORE DELETE ON change_history "
    "FOR EACH ROW EXECUTE FUNCTION change_history_append_only()",
    "CREATE TRIGGER change_history_no_truncate BEFORE TRUNCATE ON change_history "
    "FOR EACH STATEMENT EXECUTE FUNCTION change_history_append_only()",
)


def _create_history_triggers(_table: object, connection: Connection, **_kw: object) -> None:
    triggers = PG_HISTORY_TRIGGERS if connection.dialect.name == "postgresql" else HISTORY_TRIGGERS
    for trigger in triggers:
        connection.exec_driver_sql(trigger)


event.listen(ChangeHistory.__table__, "after_create", _create_history_triggers)
# the word index reads activity and activity_tag: made once both are
event.listen(ActivityTag.__table__, "after_create", lambda _t, con, **_kw: create_word_index(con))
