"""Engine results turned into the short words the CE log and the Credentials page show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from rxtracker.services import Context
from rxtracker.services.custom_types import credential_types
from rxtracker.services.status import PersonStatus, person_status
from rxtracker.ui.widgets.credential_card import status_words


def short_names(ctx: Context) -> dict[str, str]:
    """Credential type id -> short name ('PTCB CPhT', 'TX technician')."""
    return {t.id: t.short_name for t in credential_types(ctx).values()}


def current_status(ctx: Context, person_id: int) -> PersonStatus:
    """Where the person's credentials stand today."""
    return person_status(ctx, person_id)


def counts_toward(ctx: Context, status: PersonStatus) -> Mapping[int, str]:
    """Activity id -> the credentials (short names) it counts toward in their current cycle."""
    names = short_names(ctx)
    found: dict[int, list[str]] = defaultdict(list)
    for credential in status.credentials:
        name = names.get(credential.credential.type_id, credential.credential.type_name)
        for activity in credential.result.activities:
            if activity.counted.hundredths > 0:
                found[activity.activity_id].append(name)
    return {activity_id: ", ".join(sorted(names)) for activity_id, names in found.items()}


def credential_status_words(status: PersonStatus) -> Mapping[int, str]:
    """Credential id -> 'At risk, deadline in 67 days'."""
    return {c.credential.id: status_words(c.result) for c in status.credentials}
