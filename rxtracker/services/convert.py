"""ORM objects to plain rows (the only place that knows both)."""

from __future__ import annotations

from rxtracker.catalog import Catalog
from rxtracker.db import Activity, Attachment, Credential, Person
from rxtracker.domain import Audience, Category, Format, Hours, Role, Source, Uan, Verification
from rxtracker.services.rows import ActivityRow, AttachmentRow, CredentialRow, PersonRow


def person_row(p: Person) -> PersonRow:
    """Person -> PersonRow."""
    return PersonRow(
        id=p.id,
        name=p.name,
        email=p.email,
        role=Role(p.role),
        home_state=p.home_state,
        nabp_eprofile_id=p.nabp_eprofile_id,
        ptcb_number=p.ptcb_number,
        nha_number=p.nha_number,
        notes=p.notes,
        active=p.active,
    )


def credential_row(c: Credential, catalog: Catalog) -> CredentialRow:
    """Credential -> CredentialRow (with the type's display name)."""
    ctype = catalog.types.get(c.type_id)
    return CredentialRow(
        id=c.id,
        person_id=c.person_id,
        type_id=c.type_id,
        type_name=ctype.name if ctype else f"{c.type_id} (not in this catalog)",
        number=c.number,
        state=c.state,
        issued_on=c.issued_on,
        expires_on=c.expires_on,
        cycle_start=c.cycle_start,
        status_notes=c.status_notes,
    )


def attachment_row(a: Attachment) -> AttachmentRow:
    """Attachment -> AttachmentRow."""
    return AttachmentRow(
        id=a.id,
        activity_id=a.activity_id,
        stored_name=a.stored_name,
        original_name=a.original_name,
        media_type=a.media_type,
        sha256=a.sha256,
        size_bytes=a.size_bytes,
    )


def activity_row(a: Activity) -> ActivityRow:
    """Activity -> ActivityRow."""
    return ActivityRow(
        id=a.id,
        person_id=a.person_id,
        title=a.title,
        provider=a.provider,
        completed_on=a.completed_on,
        hours=Hours(a.hours_hundredths),
        uan=a.uan,
        format=Format(a.format) if a.format else None,
        topic=a.topic,
        audience=Audience(a.audience) if a.audience else None,
        category=Category(a.category),
        source=Source(a.source),
        notes=a.notes,
        tags=tuple(t.tag for t in a.tags),
        attachments=tuple(attachment_row(x) for x in a.attachments),
        created_at=a.created_at,
        updated_at=a.updated_at,
        recognized_program=a.recognized_program,
        verification=Verification(a.verification),
        verified_by_id=a.verified_by_id,
        verified_by_name=(a.verified_by.name if a.verified_by else a.verified_by_user),
        verified_by_user=a.verified_by_user,
        verified_at=a.verified_at,
        verification_note=a.verification_note,
        archive_report=a.archive_report,
    )


def uan_columns(uan: Uan | None) -> dict[str, str | None]:
    """The activity table's columns read from a UAN (all empty without one)."""
    return {
        "uan": uan.text if uan else None,
        "format": uan.format.value if uan else None,
        "topic": uan.topic if uan else None,
        "audience": uan.audience.value if uan else None,
    }
