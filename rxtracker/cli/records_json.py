"""The records as JSON objects (``--json`` of person, credential and ce commands).

Keys and values stay English whatever the interface language: programs read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rxtracker.services import activity_read
from rxtracker.services.rows import ActivityRow, CredentialRow, PersonRow

if TYPE_CHECKING:
    from rxtracker.services.quick import Reading


def person_json(p: PersonRow) -> dict[str, Any]:
    """One person as a JSON object."""
    return {
        "id": p.id,
        "name": p.name,
        "email": p.email,
        "role": p.role.value,
        "state": p.home_state,
        "nabp_eprofile_id": p.nabp_eprofile_id,
        "ptcb_number": p.ptcb_number,
        "nha_number": p.nha_number,
        "active": p.active,
        "version": p.version,
    }


def credential_json(c: CredentialRow) -> dict[str, Any]:
    """One credential as a JSON object."""
    return {
        "id": c.id,
        "person_id": c.person_id,
        "type": c.type_id,
        "name": c.type_name,
        "number": c.number,
        "state": c.state,
        "issued": c.issued_on,
        "expires": c.expires_on,
        "cycle_start": c.cycle_start,
        "version": c.version,
    }


def activity_json(ctx: Reading, a: ActivityRow) -> dict[str, Any]:
    """One activity as a JSON object (read through the quick path or a full context)."""
    certs = [str(activity_read.certificate_path(ctx, x.stored_name)) for x in a.attachments]
    return {
        "id": a.id,
        "person_id": a.person_id,
        "title": a.title,
        "provider": a.provider,
        "date": a.completed_on.isoformat(),
        "hours": a.hours.to_float(),
        "uan": a.uan,
        "format": a.format.value if a.format else None,
        "topic": a.topic,
        "audience": a.audience.value if a.audience else None,
        "category": a.category.value,
        "source": a.source.value,
        "tags": list(a.tags),
        "recognized_program": a.recognized_program,
        "notes": a.notes,
        "certificate": certs[0] if certs else None,
        "certificates": certs,
        "certificate_sha256": [x.sha256 for x in a.attachments],
        "verification": a.verification.value,
        "verification_text": a.verification_text,
        "archive_report": a.archive_report or None,
        "version": a.version,
    }
