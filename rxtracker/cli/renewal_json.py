"""A credential's renewal state as JSON (``renewal ... --json`` and ``status --json``).

Apart from ``cli.renewal``, whose actions load the services that write: ``status`` prints
this without them (``services.quick``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rxtracker.engine.phases import RenewalState
from rxtracker.services.wording.renewals import (
    application_label,
    application_sentence,
    audit_sentence,
)


def state_json(state: RenewalState) -> dict[str, Any]:
    """A renewal state as JSON (dates ISO, None when not known)."""
    a, audit = state.application, state.audit
    return {
        "phase": a.phase.value,
        "phase_label": application_label(a.phase),
        "since": iso(a.since),
        "applied_on": iso(a.applied_on),
        "fee": a.fee or None,
        "returned_on": iso(a.returned_on),
        "reasons": a.reasons or None,
        "resubmit_by": iso(a.resubmit_by),
        "reprocessing_fee": a.reprocessing_fee,
        "reinstate_by": iso(a.reinstate_by),
        "new_expiration": iso(a.new_expiration),
        "sentence": application_sentence(a),
        "audit": {
            "phase": audit.phase.value,
            "due_on": iso(audit.due_on),
            "sentence": audit_sentence(audit),
        },
    }


def iso(day: dt.date | None) -> str | None:
    """A date as JSON writes it (ISO), None when not known."""
    return day.isoformat() if day else None
