"""The demo dataset: realistic, deterministic, and only ever written into an empty folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rxtracker.demo.records import build_demo
from rxtracker.domain import InvalidInput, parse_uan
from rxtracker.engine import Phase
from rxtracker.records import replace
from rxtracker.services import AppPaths, Context, activities, credentials, open_context, people
from rxtracker.services.status import person_status, team_status
from rxtracker.services.wording import missing_texts

AS_OF = dt.date(2026, 11, 25)


def _snapshot(ctx: Context) -> list[object]:
    rows: list[object] = []
    for person in people.list_people(ctx):
        rows.append(person)
        rows.extend(credentials.list_credentials(ctx, person.id))
        for a in activities.list_activities(ctx, person.id):
            rows.append(replace(a, created_at=None, updated_at=None))
    return rows


def test_same_arguments_give_the_same_dataset(ctx: Context, tmp_path: Path) -> None:
    build_demo(ctx, as_of=AS_OF)
    other = open_context(AppPaths.resolve(tmp_path / "other"))
    try:
        build_demo(other, as_of=AS_OF)
        assert _snapshot(other) == _snapshot(ctx)
    finally:
        other.close()


def test_the_technician_has_ptcb_texas_and_two_years_of_ce(ctx: Context) -> None:
    build_demo(ctx, as_of=AS_OF)
    ana = people.find_person(ctx, "Ana Ruiz")
    held = {c.type_id: c for c in credentials.list_credentials(ctx, ana.id)}
    assert set(held) == {"ptcb-cpht", "tx-technician"}
    assert len(credentials.list_past_cycles(ctx, held["ptcb-cpht"].id)) == 1
    logged = activities.list_activities(ctx, ana.id)
    dates = [a.completed_on for a in logged]
    assert max(dates) <= AS_OF and min(dates) >= AS_OF - dt.timedelta(days=731)
    for a in logged:
        if a.uan:
            assert parse_uan(a.uan).topic == a.topic
    tags = {t for a in logged for t in a.tags}
    assert {"texas-law", "patient-safety", "medication-errors"} <= tags
    for a in logged:
        for attachment in a.attachments:
            stored = activities.certificate_path(ctx, attachment.stored_name).read_bytes()
            assert stored.startswith(b"%PDF-") and stored.rstrip().endswith(b"%%EOF")
            assert a.title[:20].encode("latin-1") in stored


def test_the_dashboard_has_something_to_say(ctx: Context) -> None:
    build_demo(ctx, as_of=AS_OF)
    ana = people.find_person(ctx, "Ana Ruiz")
    status = person_status(ctx, ana.id, AS_OF)
    texas = next(s for s in status.credentials if s.credential.type_id == "tx-technician")
    assert any("human-trafficking" in sentence for sentence in missing_texts(texas.result.missing))
    phases = {s.result.phase for p in team_status(ctx, AS_OF) for s in p.credentials}
    assert {Phase.COMPLETE, Phase.AT_RISK} <= phases
    assert len(team_status(ctx, AS_OF)) == 9  # the team page shows every status
    assert {Phase.ON_TRACK, Phase.DUE, Phase.LAPSED} <= phases


def test_refuses_a_folder_with_records(ctx: Context) -> None:
    build_demo(ctx, as_of=AS_OF)
    with pytest.raises(InvalidInput, match="data folder"):
        build_demo(ctx, as_of=AS_OF)
