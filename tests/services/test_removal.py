"""Removing a credential or a person names what goes, and ``put_back`` undoes it exactly."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rxtracker.domain import Hours, InvalidInput
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.history import record_history
from rxtracker.services.removal import (
    put_back,
    remove_credential,
    remove_person,
    restore_removed,
)
from tests.services.conftest import sql_rows, table_dump


def _records(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    dump = table_dump(ctx)
    dump.pop("change_history")
    return dump


def _ana(ctx: Context) -> tuple[int, int]:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value
    data = CredentialInput(
        "ptcb-cpht", dt.date(2026, 3, 31), number="123456", cycle_start=dt.date(2024, 4, 1)
    )
    cred = credentials.add_credential(ctx, ana.id, data).value.id
    credentials.renew_credential(ctx, cred, dt.date(2028, 3, 31), renewed_on=dt.date(2026, 3, 1))
    course = ActivityInput("Law update", dt.date(2026, 1, 5), Hours.parse("2"), tags=("law",))
    activities.add_activity(ctx, ana.id, course)
    return ana.id, cred


def test_credential_removal_names_it_and_comes_back_with_its_past_cycles(ctx: Context) -> None:
    _, cred = _ana(ctx)
    before = _records(ctx)
    removed = remove_credential(ctx, cred).value
    assert removed.what == "PTCB CPhT no. 123456, expires Mar 31, 2028"
    assert credentials.list_credentials(ctx) == []
    put_back(ctx, removed)
    assert _records(ctx) == before
    assert credentials.get_credential(ctx, cred).id == cred
    assert len(credentials.list_past_cycles(ctx, cred)) == 1
    actions = sql_rows(
        ctx,
        "SELECT action FROM change_history WHERE entity = 'credential' AND entity_id = :i",
        i=cred,
    )
    assert [a for (a,) in actions][-2:] == ["delete", "create"]


def test_person_removal_comes_back_with_every_record(ctx: Context) -> None:
    ana, _ = _ana(ctx)
    before = _records(ctx)
    removed = remove_person(ctx, ana).value
    assert removed.what == "Ana Ruiz with 1 credential and 1 activity"
    assert people.list_people(ctx) == []
    put_back(ctx, removed)
    assert _records(ctx) == before
    assert [a.tags for a in activities.list_activities(ctx, ana)] == [("law",)]


def test_putting_back_twice_is_refused(ctx: Context) -> None:
    _, cred = _ana(ctx)
    removed = remove_credential(ctx, cred).value
    put_back(ctx, removed)
    with pytest.raises(InvalidInput):
        put_back(ctx, removed)


def test_restore_from_the_history_brings_back_what_the_removal_took(ctx: Context) -> None:
    ana, cred = _ana(ctx)
    before = _records(ctx)
    remove_credential(ctx, cred)
    restore_removed(ctx, "credential", cred)
    remove_person(ctx, ana)
    with pytest.raises(InvalidInput, match="the change history has no removed credential 99"):
        restore_removed(ctx, "credential", 99)
    restore_removed(ctx, "person", ana)
    assert _records(ctx) == before
    with pytest.raises(InvalidInput, match="person 1 is not removed"):
        restore_removed(ctx, "person", ana)
    shown = record_history(ctx, "credential", cred)[2]
    assert shown.action == "delete"
    assert all("kept" not in f.field for f in shown.fields)
