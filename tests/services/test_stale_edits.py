"""Two people editing the same record: the second save is refused, nothing lost (issue 13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from rxtracker.db import Activity
from rxtracker.domain import ChangedMeanwhile, Hours
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    open_context,
    people,
)
from tests.services.conftest import is_team, sql_rows

DAY = dt.date(2026, 3, 2)
REOPEN = "since you opened it; reopen to see it. Nothing was saved."


@pytest.fixture
def other(ctx: Context) -> Iterator[Context]:
    """A second window on the same records (the same file, or the same team database)."""
    context = open_context(AppPaths.resolve(ctx.paths.data_dir, ctx.paths.database_url))
    yield context
    context.close()


def _last_change(ctx: Context, entity: str, entity_id: int) -> str:
    ((login, at),) = sql_rows(
        ctx,
        "SELECT app_user, changed_at FROM change_history WHERE entity = :e AND entity_id = :i "
        "ORDER BY id DESC LIMIT 1",
        e=entity,
        i=entity_id,
    )
    return f"was changed by {login} at {str(at)[:16]} UTC {REOPEN}"


def test_a_stale_activity_save_is_refused_naming_who_and_when(ctx: Context, other: Context) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    opened = activities.add_activity(ctx, ana, ActivityInput("Law", DAY, Hours.parse("1"))).value
    assert opened.version == 1
    first = activities.update_activity(
        other, opened.id, ActivityInput("Texas law", DAY, Hours.parse("1")), version=1
    ).value
    assert first.version == 2
    with pytest.raises(ChangedMeanwhile) as refused:
        activities.update_activity(
            ctx, opened.id, ActivityInput("Pharmacy law", DAY, Hours.parse("2")), version=1
        )
    assert str(refused.value) == f"This activity {_last_change(ctx, 'activity', opened.id)}"
    kept = activities.get_activity(ctx, opened.id)
    assert (kept.title, kept.hours, kept.version) == ("Texas law", Hours.parse("1"), 2)
    reopened = activities.update_activity(
        ctx, opened.id, ActivityInput("Pharmacy law", DAY, Hours.parse("2")), version=2
    ).value
    assert (reopened.title, reopened.version) == ("Pharmacy law", 3)


def test_a_stale_person_or_credential_save_is_refused(ctx: Context, other: Context) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value
    ptcb = credentials.add_credential(
        ctx, ana.id, CredentialInput("ptcb-cpht", number="1", expires_on=dt.date(2027, 3, 31))
    ).value
    people.update_person(other, ana.id, PersonInput("Ana Ruiz-Diaz"), version=ana.version)
    with pytest.raises(
        ChangedMeanwhile, match=f"This person {_last_change(ctx, 'person', ana.id)}"
    ):
        people.update_person(ctx, ana.id, PersonInput("Ana Diaz"), version=ana.version)
    assert people.get_person(ctx, ana.id).name == "Ana Ruiz-Diaz"
    renumbered = CredentialInput("ptcb-cpht", number="2", expires_on=dt.date(2027, 3, 31))
    credentials.update_credential(other, ptcb.id, renumbered, version=ptcb.version)
    stale = CredentialInput("ptcb-cpht", number="3", expires_on=dt.date(2027, 3, 31))
    with pytest.raises(ChangedMeanwhile, match="This credential was changed by "):
        credentials.update_credential(ctx, ptcb.id, stale, version=ptcb.version)
    assert credentials.get_credential(ctx, ptcb.id).number == "2"


def test_without_a_version_the_save_goes_through_and_the_history_leaves_it_out(
    ctx: Context,
) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    row = activities.add_activity(ctx, ana, ActivityInput("Law", DAY, Hours.parse("1"))).value
    activities.update_activity(ctx, row.id, ActivityInput("Law 2", DAY, Hours.parse("1")))
    assert activities.get_activity(ctx, row.id).version == 2
    changes = sql_rows(ctx, "SELECT changes FROM change_history WHERE entity = 'activity'")
    assert all("version" not in str(c) for (c,) in changes)


def test_two_saves_racing_on_a_team_database_cannot_both_win(ctx: Context, other: Context) -> None:
    if not is_team(ctx):
        pytest.skip("SQLite writers take turns: the second one reads the first one's save")
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    row = activities.add_activity(ctx, ana, ActivityInput("Law", DAY, Hours.parse("1"))).value
    refused = pytest.raises(ChangedMeanwhile, match="changed by someone else while you saved")
    with refused, ctx.db.write() as session:
        mine = session.get(Activity, row.id)
        assert mine is not None and mine.version == 1
        activities.update_activity(other, row.id, ActivityInput("Theirs", DAY, Hours.parse("1")))
        mine.title = "Mine"
    assert activities.get_activity(ctx, row.id).title == "Theirs"
