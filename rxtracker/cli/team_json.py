"""``team --json``: the team view as JSON (English whatever the interface language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rxtracker.services import team


def view_json(view: team.TeamView) -> dict[str, object]:
    """The team view as a JSON object (English keys and values: programs read it)."""
    summary = view.summary
    return {
        "as_of": view.as_of,
        "summary": {
            "sentence": summary.sentence(),
            "people": summary.people,
            "people_needing_attention": summary.attention,
            "credentials": summary.credentials,
            "due_within_days": summary.window_days,
            "due_soon": summary.due_soon,
            "by_status": {p.value: n for p, n in summary.by_phase},
        },
        "people": [
            {
                "id": r.person.id,
                "name": r.person.name,
                "role": r.person.role.value,
                "home_state": r.person.home_state,
                "credentials": [_cell_json(c) for c in r.cells],
            }
            for r in view.rows
        ],
    }


def _cell_json(c: team.TeamCell) -> dict[str, object]:
    from rxtracker.services.wording.phases import phase_label

    return {
        "credential_id": c.credential_id,
        "type": c.type_id,
        "name": c.type_name,
        "number": c.number,
        "status": c.phase.value,
        "status_label": phase_label(c.phase),
        "expires": c.expires_on,
        "deadline": c.deadline,
        "days_to_deadline": c.days_left,
        "required_hours": c.required.to_float(),
        "counted_hours": c.counted.to_float(),
        "missing_hours": c.missing_hours.to_float(),
        "missing": list(c.missing),
    }
