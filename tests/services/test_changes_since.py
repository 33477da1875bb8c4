"""What another program changed, read from the change history: kinds, records, whose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    Kind,
    PersonInput,
    activities,
    credentials,
    open_context,
    people,
)
from rxtracker.services.custom_types import CustomTypeInput, add_custom_type, credential_types
from rxtracker.services.watch import MOST_NAMED, change_mark, changes_since

DAY = dt.date.today() - dt.timedelta(days=10)


@pytest.fixture
def other(ctx: Context) -> Iterator[Context]:
    """Another program on the same records (its own connection)."""
    elsewhere = open_context(ctx.paths)
    yield elsewhere
    elsewhere.close()


def _two_people(ctx: Context) -> tuple[int, int]:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    bo = people.add_person(ctx, PersonInput("Bo Chen", home_state="TX")).value.id
    return ana, bo


def _course(ctx: Context, person: int, title: str) -> int:
    data = ActivityInput(title, DAY, Hours.parse("1"))
    return activities.add_activity(ctx, person, data).value.id


def test_nothing_changed_keeps_the_mark(ctx: Context) -> None:
    _two_people(ctx)
    mark = change_mark(ctx)
    newest, changes = changes_since(ctx, mark)
    assert newest == mark and changes.empty


def test_an_activity_changed_elsewhere_names_it_and_its_person_only(
    ctx: Context, other: Context
) -> None:
    ana, bo = _two_people(ctx)
    course = _course(ctx, ana, "Law update")
    _course(ctx, bo, "Immunization")
    mark = change_mark(ctx)
    row = activities.get_activity(other, course)
    activities.update_activity(other, course, ActivityInput("Law update (2)", row.completed_on,
                                                            row.hours))  # fmt: skip
    newest, changes = changes_since(ctx, mark)
    assert newest == change_mark(ctx) > mark
    assert changes.kinds == {Kind.ACTIVITIES}
    assert changes.activities == {course} and changes.people == {ana}
    assert not changes.removed


def test_a_deleted_activity_is_named_with_its_former_person(ctx: Context, other: Context) -> None:
    _, bo = _two_people(ctx)
    course = _course(ctx, bo, "Immunization")
    mark = change_mark(ctx)
    activities.delete_activity(other, course)
    _, changes = changes_since(ctx, mark)
    assert changes.activities == {course} and changes.people == {bo} and changes.removed


def test_a_person_and_a_credential_changed_elsewhere(ctx: Context, other: Context) -> None:
    ana, bo = _two_people(ctx)
    mark = change_mark(ctx)
    expires = dt.date.today() + dt.timedelta(days=300)
    added = credentials.add_credential(other, bo, CredentialInput("ptcb-cpht", expires, number="7"))
    people.set_person_active(other, ana, False)
    _, changes = changes_since(ctx, mark)
    assert changes.kinds == {Kind.CREDENTIALS, Kind.PEOPLE}
    assert changes.credentials == {added.value.id}
    assert changes.people == {ana, bo} and changes.removed  # Ana deactivated


def test_a_new_credential_type_elsewhere_is_a_catalog_change(ctx: Context, other: Context) -> None:
    ana, _ = _two_people(ctx)
    known = set(credential_types(ctx))  # the window reads the catalog and keeps it
    mark = change_mark(ctx)
    badge = add_custom_type(other, CustomTypeInput("Hospital badge", "Mercy", 12, Hours.parse("5")))
    expires = dt.date.today() + dt.timedelta(days=300)
    credentials.add_credential(other, ana, CredentialInput(badge.value.id, expires))
    _, changes = changes_since(ctx, mark)
    assert Kind.CATALOG in changes.kinds
    assert badge.value.id not in known and badge.value.id in credential_types(ctx)


def test_an_unchanged_catalog_is_not_named(ctx: Context, other: Context) -> None:
    ana, _ = _two_people(ctx)
    credential_types(ctx)
    mark = change_mark(ctx)
    _course(other, ana, "Law update")
    assert Kind.CATALOG not in changes_since(ctx, mark)[1].kinds


def test_many_changes_at_once_read_everything_again(ctx: Context, other: Context) -> None:
    ana, bo = _two_people(ctx)
    mark = change_mark(ctx)
    for n in range(MOST_NAMED + 1):
        _course(other, ana, f"Course {n}")
    newest, changes = changes_since(ctx, mark)
    assert newest == change_mark(ctx)
    assert changes.people == {ana, bo} and set(Kind) <= changes.kinds
