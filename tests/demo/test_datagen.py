"""The dataset generator: sizes, determinism, and rows that pass the user's own validation."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rxtracker.demo.datagen import DatasetSpec, generate_dataset
from rxtracker.domain import InvalidInput
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
from rxtracker.services.certificates import check_certificate
from rxtracker.services.status import team_status
from tests.conftest import db_dump

AS_OF = dt.date(2025, 6, 15)


def _generate(folder: Path, **spec: int) -> Context:
    ctx = open_context(AppPaths.resolve(folder))
    generate_dataset(ctx, DatasetSpec(as_of=AS_OF, **spec))
    return ctx


def _count(ctx: Context, table: str) -> int:
    con = sqlite3.connect(ctx.paths.database)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_personal_size_has_one_person_two_credentials_and_the_asked_activities(ctx):
    counts = generate_dataset(ctx, DatasetSpec(people=1, years=5, activities=300, as_of=AS_OF))
    assert (counts.people, counts.credentials, counts.activities) == (1, 2, 300)
    assert _count(ctx, "activity") == 300
    assert _count(ctx, "activity_tag") == counts.tags > 0
    assert _count(ctx, "attachment") == counts.certificates > 0
    [person] = people.list_people(ctx)
    assert sorted(c.type_id for c in credentials.list_credentials(ctx, person.id)) == [
        "ptcb-cpht",
        "tx-technician",
    ]


def test_team_counts_split_activities_over_everybody(tmp_path):
    ctx = _generate(tmp_path / "d", people=7, years=3, activities=101, seed=3)
    try:
        assert _count(ctx, "person") == 7
        assert _count(ctx, "activity") == 101
        per_person = [len(activities.list_activities(ctx, p.id)) for p in people.list_people(ctx)]
        assert sorted(per_person) == [14, 14, 14, 14, 15, 15, 15]
        assert _count(ctx, "credential") >= 7
    finally:
        ctx.close()


def test_same_seed_same_records_other_seed_other_records(tmp_path):
    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        ctx = _generate(tmp_path / name, people=4, years=2, activities=80, seed=seed)
        ctx.close()
        dumps.append(db_dump(ctx.paths.database))
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]
    files = [sorted(p.name for p in (tmp_path / n / "certificates").iterdir()) for n in "ab"]
    assert files[0] == files[1]


def test_every_generated_row_passes_the_validation_of_user_input(tmp_path):
    ctx = _generate(tmp_path / "d", people=6, years=4, activities=240, seed=1)
    try:
        for person in people.list_people(ctx, include_inactive=True):
            people.update_person(ctx, person.id, _person_input(person))
            for c in credentials.list_credentials(ctx, person.id):
                data = CredentialInput(
                    c.type_id, c.expires_on, c.number, c.state, c.issued_on, c.cycle_start
                )
                credentials.update_credential(ctx, c.id, data)
            for a in activities.list_activities(ctx, person.id):
                data = ActivityInput(
                    a.title, a.completed_on, a.hours, a.provider, a.uan, a.category, a.tags
                )
                assert activities.update_activity(ctx, a.id, data, today=AS_OF).value.uan == a.uan
                for attachment in a.attachments:
                    check_certificate(activities.certificate_path(ctx, attachment.stored_name))
    finally:
        ctx.close()


def _person_input(person):
    return PersonInput(
        person.name, person.email, person.role, person.home_state, ptcb_number=person.ptcb_number
    )


def test_generated_team_shows_varied_states(tmp_path):
    ctx = _generate(tmp_path / "d", people=40, years=5, seed=0)
    try:
        phases = {c.result.phase for p in team_status(ctx, AS_OF) for c in p.credentials}
        assert len(phases) >= 4
        uans = [a.uan for a in activities.list_activities(ctx, 1) if a.uan]
        assert uans and all(len(u.split("-")) == 6 for u in uans)
    finally:
        ctx.close()


def test_refuses_a_folder_with_records_and_sizes_out_of_range(ctx):
    generate_dataset(ctx, DatasetSpec(people=1, years=1, activities=5, as_of=AS_OF))
    with pytest.raises(InvalidInput, match="data folder"):
        generate_dataset(ctx, DatasetSpec(people=1, years=1, as_of=AS_OF))
    with pytest.raises(InvalidInput, match="people"):
        generate_dataset(ctx, DatasetSpec(people=0, years=1, as_of=AS_OF))
    with pytest.raises(InvalidInput, match="years"):
        generate_dataset(ctx, DatasetSpec(people=1, years=0, as_of=AS_OF))
