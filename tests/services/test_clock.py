"""The clock is read in one place: the Context's, which a test can stop on any day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rxtracker.domain import FixedClock, Hours, InvalidInput
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    open_context,
    people,
)
from rxtracker.services.status import person_status


def test_services_read_the_day_from_the_contexts_clock(data_dir: Path) -> None:
    day = dt.date(2031, 5, 20)
    ctx = open_context(AppPaths.resolve(data_dir), clock=FixedClock(day))
    try:
        ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value
        credentials.add_credential(ctx, ana.id, CredentialInput("ptcb-cpht", dt.date(2032, 1, 31)))
        [status] = person_status(ctx, ana.id).credentials
        assert status.result.as_of == day
        later = ActivityInput("Law update", dt.date(2031, 6, 1), Hours.parse("1"))
        with pytest.raises(InvalidInput, match="future"):
            activities.add_activity(ctx, ana.id, later)
    finally:
        ctx.close()
