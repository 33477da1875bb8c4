"""The reads ``ce list`` shares with the app give what the ORM gives, on both backends.

The same SQL text (``rxtracker.db.reads``) runs in a session (both backends) and straight
through ``sqlite3`` (``services.quick``, the local file only): all three give equal rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from rxtracker.db import Person
from rxtracker.domain import Hours, Role
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.convert import person_row
from rxtracker.services.people_read import find_person, list_everybody
from rxtracker.services.quick import quick_context
from rxtracker.services.verification import verify_activity
from tests.conftest import make_pdf
from tests.services.conftest import is_team


def _records(ctx: Context, tmp_path: Path) -> int:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    dana = people.add_person(ctx, PersonInput("Dana Cole", role=Role.SUPERVISOR)).value.id
    people.set_person_active(ctx, dana, False)
    course = ActivityInput(
        "Sterile compounding",
        dt.date(2026, 3, 2),
        Hours.parse("2.25"),
        uan="0197-0000-25-002-L07-T",
        tags=("asep", "texas-law"),
    )
    first = activities.add_activity(ctx, ana, course, certificate=make_pdf(tmp_path / "c.pdf"))
    second = activities.add_activity(ctx, ana, ActivityInput("In-service", dt.date(2026, 1, 5),
                                                             Hours.parse("1")))  # fmt: skip
    verify_activity(ctx, first.value.id, by_person_id=dana)
    verify_activity(ctx, second.value.id)
    return ana


def test_people_read_as_the_orm_maps_them(ctx: Context, tmp_path: Path) -> None:
    _records(ctx, tmp_path)
    with ctx.db.read() as session:
        mapped = [person_row(p) for p in session.scalars(select(Person).order_by(Person.id))]
    assert list_everybody(ctx) == mapped
    assert [p.active for p in mapped] == [True, False]
    assert find_person(ctx, "2") == mapped[1] and find_person(ctx, "ana") == mapped[0]


def test_the_local_file_read_through_sqlite3_gives_the_same_rows(
    ctx: Context, tmp_path: Path
) -> None:
    ana = _records(ctx, tmp_path)
    if is_team(ctx):  # a team database is read through SQLAlchemy only
        assert quick_context(ctx.paths) is None
        return
    through_session, everybody = activities.list_activities(ctx, ana), list_everybody(ctx)
    ctx.close()  # at rest: an open connection keeps a WAL the quick read leaves to the opening
    quick = quick_context(ctx.paths)
    assert quick is not None
    try:
        assert activities.list_activities(quick, ana) == through_session
        assert list_everybody(quick) == everybody
    finally:
        quick.close()
    assert through_session[0].tags == ("asep", "texas-law") and through_session[0].attachments
    assert through_session[0].verified_by_name == "Dana Cole"
