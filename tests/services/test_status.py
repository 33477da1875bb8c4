"""The status service: database rows in, the engine's verdict per credential out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rxtracker.demo.datagen import DatasetSpec, generate_dataset
from rxtracker.domain import Category, Hours, InvalidInput, NotFound
from rxtracker.engine import Phase
from rxtracker.records import replace
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
from rxtracker.services.status import person_status, team_status
from rxtracker.services.wording import counts_less_text

TODAY = dt.date(2026, 11, 20)


def _person(ctx: Context, name: str, *, active: bool = True) -> int:
    pid = people.add_person(ctx, PersonInput(name=name)).value.id
    if not active:
        people.set_person_active(ctx, pid, False)
    return pid


def _log(ctx: Context, pid: int, day: str, hours: str, uan: str | None = None, **kw: object) -> int:
    data = ActivityInput(
        title=kw.pop("title", f"Course {day}"),  # type: ignore[arg-type]
        completed_on=dt.date.fromisoformat(day),
        hours=Hours.parse(hours),
        uan=uan,
        **kw,  # type: ignore[arg-type]
    )
    return activities.add_activity(ctx, pid, data, today=TODAY).value.id


def test_one_activity_counts_toward_ptcb_and_texas_at_once(ctx: Context) -> None:
    # rules-reference section 8.1: one CE activity may count toward both credentials.
    pid = _person(ctx, "Ana Lopez")
    credentials.add_credential(ctx, pid, CredentialInput("ptcb-cpht", dt.date(2027, 3, 31)))
    credentials.add_credential(ctx, pid, CredentialInput("tx-technician", dt.date(2027, 6, 30)))
    law = _log(ctx, pid, "2026-01-10", "2", "0001-0000-26-001-H03-T", tags=("texas-law",))
    status = person_status(ctx, pid, TODAY)
    assert [c.result.type_id for c in status.credentials] == ["ptcb-cpht", "tx-technician"]
    for item in status.credentials:
        counted = {a.activity_id: a.counted for a in item.result.activities}
        assert counted[law] == Hours.parse("2")
    by_id = {r.id: r for r in status.credentials[1].result.requirements}
    assert by_id["texas-law"].met


def test_team_status_skips_inactive_people_unless_asked(ctx: Context) -> None:
    _person(ctx, "Bea")
    _person(ctx, "Cy", active=False)
    assert [p.person.name for p in team_status(ctx, TODAY)] == ["Bea"]
    everyone = team_status(ctx, TODAY, include_inactive=True)
    assert [p.person.name for p in everyone] == ["Bea", "Cy"]


def test_missing_person_is_not_found(ctx: Context) -> None:
    with pytest.raises(NotFound):
        person_status(ctx, 99, TODAY)


def test_lapsed_credential_reports_reinstatement(ctx: Context) -> None:
    pid = _person(ctx, "Dee")
    credentials.add_credential(ctx, pid, CredentialInput("ptcb-cpht", dt.date(2026, 6, 30)))
    _log(ctx, pid, "2025-03-01", "3", category=Category.IN_SERVICE)
    result = person_status(ctx, pid, TODAY).credentials[0].result
    assert result.phase == Phase.LAPSED
    assert result.rules_type_id == "ptcb-cpht-reinstatement"
    assert (
        counts_less_text(result.activities[0]) == "in-service CE is not accepted by PTCB since 2018"
    )


def test_reinstatement_rules_are_not_a_credential_to_hold(ctx: Context) -> None:
    pid = _person(ctx, "Eve")
    ids = [t.id for t in credentials.credential_types(ctx)]
    assert "ptcb-cpht-reinstatement" not in ids
    with pytest.raises(InvalidInput, match="ptcb-cpht"):
        credentials.add_credential(
            ctx, pid, CredentialInput("ptcb-cpht-reinstatement", dt.date(2027, 3, 31))
        )


def test_a_custom_type_credential_is_evaluated(ctx: Context) -> None:
    """A credential of the user's own type shows in status like a built-in one."""
    import datetime as dt

    from rxtracker.domain import Hours
    from rxtracker.services import (
        ActivityInput,
        CredentialInput,
        PersonInput,
        activities,
        credentials,
        people,
    )
    from rxtracker.services.custom_types import CustomTypeInput, add_custom_type
    from rxtracker.services.status import person_status

    ctype = add_custom_type(
        ctx, CustomTypeInput("Acme annual training", "Acme Pharmacy", 12, Hours.parse("4"))
    ).value
    ana = people.add_person(ctx, PersonInput("Ana")).value
    credentials.add_credential(ctx, ana.id, CredentialInput(ctype.id, dt.date(2026, 12, 31)))
    activities.add_activity(
        ctx, ana.id, ActivityInput("Safety", dt.date(2026, 3, 1), Hours.parse("1.5"))
    )
    [status] = person_status(ctx, ana.id, dt.date(2026, 11, 25)).credentials
    assert status.credential.type_id == ctype.id
    assert status.result.counted_hours == Hours.parse("1.5")
    assert status.result.missing_hours == Hours.parse("2.5")


def test_team_status_lists_only_what_can_count_with_the_same_numbers(tmp_path: Path) -> None:
    ctx = open_context(AppPaths.resolve(tmp_path / "team"))
    as_of = dt.date(2025, 6, 15)
    generate_dataset(ctx, DatasetSpec(people=12, years=6, activities=2_400, as_of=as_of))
    short = team_status(ctx, as_of, include_inactive=True)
    full = team_status(ctx, as_of, include_inactive=True, every_activity=True)
    pairs = [
        (s.result, f.result)
        for sp, fp in zip(short, full, strict=True)
        for s, f in zip(sp.credentials, fp.credentials, strict=True)
    ]
    assert len(pairs) >= 12
    for s, f in pairs:
        assert replace(s, activities=f.activities, activities_not_listed=0) == f
        listed = {a.activity_id for a in s.activities}
        assert list(s.activities) == [a for a in f.activities if a.activity_id in listed]
        assert len(s.activities) + s.activities_not_listed == len(f.activities)
        assert all(not a.counted for a in f.activities if a.activity_id not in listed)
    assert sum(s.activities_not_listed for s, _ in pairs) > 0
    ctx.close()
