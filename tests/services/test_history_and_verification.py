"""Change history (written by the db layer, read-only) and a supervisor's verification."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.domain import Hours, InvalidInput, NotFound, Role, Verification
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.history import record_history, set_acting_person
from rxtracker.services.status import person_status
from rxtracker.services.verification import (
    clear_verification,
    return_activity,
    verify_activity,
)
from rxtracker.services.wording import note_texts
from tests.services.conftest import sql_rows

TODAY = dt.date(2026, 3, 10)


def _team(ctx: Context) -> tuple[int, int, int]:
    tech = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    boss = people.add_person(ctx, PersonInput("Dana Cole", role=Role.SUPERVISOR)).value.id
    course = ActivityInput("Law update", dt.date(2026, 3, 1), Hours.parse("1.5"), tags=("law",))
    activity = activities.add_activity(ctx, tech, course, today=TODAY).value.id
    return tech, boss, activity


def test_every_create_update_and_delete_is_recorded_with_old_and_new_values(
    ctx: Context,
) -> None:
    tech, boss, activity = _team(ctx)
    set_acting_person(ctx, boss)
    changed = ActivityInput(
        "Law update", dt.date(2026, 3, 1), Hours.parse("2"), tags=("law", "texas-law")
    )
    activities.update_activity(ctx, activity, changed, today=TODAY)
    activities.delete_activity(ctx, activity)
    history = record_history(ctx, "activity", activity)
    assert [h.action for h in history] == ["create", "update", "delete"]
    created, updated, deleted = history
    assert created.acting_person_id is None and created.app_user
    assert {f.field: f.new for f in created.fields}["title"] == "Law update"
    assert {f.field: (f.old, f.new) for f in updated.fields} == {
        "hours": ("1.5", "2"),
        "tags": ("law", "law, texas-law"),
    }
    assert updated.acting_person_name == "Dana Cole"
    assert updated.who.endswith("(as Dana Cole)")
    assert {f.field: f.old for f in deleted.fields}["hours"] == "2"
    person_history = record_history(ctx, "person", tech)
    assert [h.action for h in person_history] == ["create"]


def test_a_failed_action_leaves_no_history(ctx: Context) -> None:
    tech = people.add_person(ctx, PersonInput("Ana")).value.id
    with pytest.raises(InvalidInput):
        credentials.add_credential(ctx, tech, CredentialInput("no-such-type", TODAY))
    assert sql_rows(ctx, "SELECT entity, action FROM change_history") == [("person", "create")]


def test_history_of_an_unknown_record_is_refused(ctx: Context) -> None:
    with pytest.raises(InvalidInput, match="record"):
        record_history(ctx, "table", 1)
    with pytest.raises(NotFound):
        record_history(ctx, "activity", 99)


def test_verify_and_send_back_record_who_and_when(ctx: Context) -> None:
    _tech, boss, activity = _team(ctx)
    when = dt.datetime(2026, 3, 11, 15, 0)
    row = verify_activity(ctx, activity, by_person_id=boss, now=when).value
    assert row.verification is Verification.VERIFIED
    assert (row.verified_by_id, row.verified_by_name, row.verified_at) == (boss, "Dana Cole", when)
    assert row.verification_text == "Verified by Dana Cole on 2026-03-11"
    returned = return_activity(ctx, activity, "  The certificate is for another course. ").value
    assert returned.verification is Verification.RETURNED
    assert returned.verification_note == "The certificate is for another course."
    assert returned.verified_by_id is None and returned.verified_by_name  # the login
    fields = {f.field for f in record_history(ctx, "activity", activity)[-1].fields}
    assert {"verification", "verification note"} <= fields
    assert clear_verification(ctx, activity).value.verification is Verification.UNVERIFIED


def test_verification_refuses_bad_input(ctx: Context) -> None:
    tech, boss, activity = _team(ctx)
    with pytest.raises(InvalidInput, match="note: is empty"):
        return_activity(ctx, activity, "   ")
    with pytest.raises(InvalidInput, match="own activity"):
        verify_activity(ctx, activity, by_person_id=tech)
    with pytest.raises(NotFound):
        verify_activity(ctx, 999, by_person_id=boss)
    set_acting_person(ctx, boss)
    assert verify_activity(ctx, activity).value.verified_by_name == "Dana Cole"


def test_a_certificate_without_expiration_is_held_complete_with_no_deadline(
    ctx: Context,
) -> None:
    tech = people.add_person(ctx, PersonInput("Ana")).value.id
    row = credentials.add_credential(
        ctx, tech, CredentialInput("ptcb-cert-tpv", None, issued_on=dt.date(2025, 6, 1))
    ).value
    assert row.expires_on is None
    status = person_status(ctx, tech, TODAY).credentials[0]
    assert status.result.phase.value == "complete"
    assert status.result.dates.end is None and status.result.days_to_deadline is None
    assert any("no expiration date" in n for n in note_texts(status.result.notes))
    with pytest.raises(InvalidInput, match="expires: PTCB CPhT renews every 24 months"):
        credentials.add_credential(ctx, tech, CredentialInput("ptcb-cpht", None))
    with pytest.raises(InvalidInput, match="does not expire"):
        credentials.renew_credential(ctx, row.id, dt.date(2030, 1, 1))


def test_changing_a_verified_record_needs_a_new_check_and_undo_keeps_it(ctx: Context) -> None:
    _tech, boss, activity = _team(ctx)
    verify_activity(ctx, activity, by_person_id=boss)
    same = ActivityInput(
        "Law update", dt.date(2026, 3, 1), Hours.parse("1.5"), tags=("law",), notes="kept"
    )
    assert activities.update_activity(ctx, activity, same, today=TODAY).value.verification is (
        Verification.VERIFIED
    )
    removed = activities.delete_activity(ctx, activity).value
    restored = activities.restore_activity(ctx, removed).value
    assert (restored.verification, restored.verified_by_id) == (Verification.VERIFIED, boss)
    more = ActivityInput("Law update", dt.date(2026, 3, 1), Hours.parse("3"), tags=("law",))
    changed = activities.update_activity(ctx, activity, more, today=TODAY).value
    assert changed.verification is Verification.UNVERIFIED and changed.verified_by_id is None
