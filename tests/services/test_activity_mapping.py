"""One mapping of an activity: database columns, ActivityRow and the engine's fact agree."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from rxtracker.db import Activity
from rxtracker.domain import Hours
from rxtracker.engine import ActivityFact
from rxtracker.records import field_names
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.convert import FIELDS, activity_columns, activity_fact
from rxtracker.services.facts import person_activity_facts
from rxtracker.services.rows import ActivityRow

DERIVED = {"tags", "attachments", "verified_by_name"}


def test_every_field_of_the_row_and_the_fact_is_mapped_once() -> None:
    row_fields = set(field_names(ActivityRow))
    fact_fields = set(field_names(ActivityFact))
    assert set(FIELDS) == row_fields - DERIVED
    assert {name for name, field in FIELDS.items() if field.fact} == fact_fields - {"tags"}
    assert all(hasattr(Activity, field.column) for field in FIELDS.values())


def _logged(ctx: Context) -> int:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    for data in (
        ActivityInput(
            "Sterile compounding basics",
            dt.date(2026, 3, 2),
            Hours.parse("2.25"),
            provider="Lone Star Pharmacy",
            uan="0197-0000-25-002-L07-T",
            tags=("texas-law",),
            notes="kept",
            recognized_program="ptcb-cspt",
        ),
        ActivityInput("In-service", dt.date(2026, 1, 5), Hours.parse("1")),
    ):
        activities.add_activity(ctx, ana, data)
    return ana


def test_the_status_reads_the_same_facts_as_the_mapping(ctx: Context) -> None:
    ana = _logged(ctx)
    with ctx.db.read() as session:
        query = select(Activity).where(Activity.person_id == ana)
        mapped = sorted(
            (activity_fact(a) for a in session.scalars(query)), key=lambda f: f.completed_on
        )
        assert person_activity_facts(session, ana) == mapped
    assert mapped[1].recognized_program == "ptcb-cspt"
    assert mapped[1].tags == frozenset({"texas-law"})


def test_an_undone_delete_writes_back_every_mapped_column(ctx: Context) -> None:
    ana = _logged(ctx)
    row = activities.list_activities(ctx, ana)[0]
    deleted = activities.delete_activity(ctx, row.id).value
    restored = activities.restore_activity(ctx, deleted).value
    assert activity_columns(restored) == activity_columns(row)
    assert (restored.tags, restored.attachments) == (row.tags, row.attachments)
