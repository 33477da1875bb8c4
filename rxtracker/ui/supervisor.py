"""Who sees the supervisor's tools: the Team page, File ▸ People and the checks in the CE log.

A technician keeping their own records sees none of them. They appear as soon as the records
are a team's: more than one person, anybody recorded as a lead or supervisor, or a team
database; or when the user ticks Settings ▸ "I check other technicians' records".
"""

from __future__ import annotations

from collections.abc import Sequence

from rxtracker.domain import Role
from rxtracker.services import PersonRow


def supervisor_tools_wanted(
    everyone: Sequence[PersonRow], *, team_database: bool, chosen: bool
) -> bool:
    """True when the supervisor's tools belong on screen (see the module docstring)."""
    if chosen or team_database or len(everyone) > 1:
        return True
    return any(person.role is not Role.TECHNICIAN for person in everyone)
