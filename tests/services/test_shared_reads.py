"""The reads ``ce list`` and ``status`` share with the app give what the ORM gives, both backends.

The same SQL text (``rxtracker.db.reads``) runs in a session (both backends) and straight
through ``sqlite3`` (``services.quick``, the local file only): all three give equal rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from rxtracker.db import Person
from rxtracker.domain import Hours, Role
from rxtracker.engine.phases import Step
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.audits import add_audit
from rxtracker.services.convert import person_row
from rxtracker.services.credential_items import record_item
from rxtracker.services.custom_types import CustomTypeInput, add_custom_type
from rxtracker.services.people_read import find_person, list_everybody
from rxtracker.services.quick import quick_context
from rxtracker.services.renewal import StepInput, record_step
from rxtracker.services.status import PersonStatus, person_status, team_status
from rxtracker.services.verification import verify_activity
from tests.conftest import make_pdf
from tests.services.conftest import is_team

if TYPE_CHECKING:
    from rxtracker.services.quick import Reading


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


STATUS_DAY = dt.date(2026, 11, 1)


def _status_records(ctx: Context, tmp_path: Path) -> None:
    """Besides ``_records``: a renewed CPhT with a CSPT, a custom type with an item, a
    returned application, an audit, a repeated UAN, another person; Dana is inactive."""
    ana = _records(ctx, tmp_path)
    bo = people.add_person(ctx, PersonInput("Bo Park")).value.id
    cpht = credentials.add_credential(ctx, ana, CredentialInput("ptcb-cpht", dt.date(2025, 1, 31)))
    held = cpht.value.id
    credentials.renew_credential(ctx, held, dt.date(2027, 1, 31), renewed_on=dt.date(2025, 1, 9))
    credentials.add_credential(ctx, ana, CredentialInput("ptcb-cspt", dt.date(2027, 4, 30)))
    credentials.add_credential(ctx, 2, CredentialInput("ptcb-cpht", dt.date(2026, 5, 31)))
    custom = CustomTypeInput("Acme training", "Acme", 12, Hours.parse("6"), items=("Sign-off",))
    type_id = add_custom_type(ctx, custom, today=STATUS_DAY).value.id
    acme = credentials.add_credential(ctx, bo, CredentialInput(type_id, dt.date(2027, 3, 31)))
    record_item(ctx, acme.value.id, "item-1", dt.date(2026, 5, 1), today=STATUS_DAY)
    for day in ("2026-04-01", "2026-06-01"):
        again = ActivityInput("Law", dt.date.fromisoformat(day), Hours.parse("1"),
                              uan="0197-0000-25-002-L03-T", tags=("law",))  # fmt: skip
        activities.add_activity(ctx, bo, again, today=STATUS_DAY, again=True)
    record_step(ctx, held, StepInput(Step.APPLIED, dt.date(2026, 10, 2)))
    record_step(ctx, held, StepInput(Step.RETURNED, dt.date(2026, 10, 9), reasons="no proof"))
    add_audit(ctx, held, dt.date(2026, 9, 1), dt.date(2026, 10, 1))


def _statuses(ctx: Reading) -> tuple[object, ...]:
    """The team's statuses as the app, the CLI and a filter ask for them, and one person's."""
    return (
        team_status(ctx, STATUS_DAY, include_inactive=True),  # reads from each cycle's start
        team_status(ctx, STATUS_DAY, every_activity=True),
        team_status(ctx, STATUS_DAY, include_inactive=True, people=[1, 2]),
        person_status(ctx, 1, STATUS_DAY, every_activity=True),
    )


def test_status_through_sqlite3_equals_the_sessions(ctx: Context, tmp_path: Path) -> None:
    """Every field of every status, the short (since/counts) reads and the full ones."""
    _status_records(ctx, tmp_path)
    through_session = _statuses(ctx)
    everybody, active, _, ana = through_session
    assert isinstance(ana, PersonStatus) and isinstance(everybody, list)
    assert [c.renewal.application.phase.value for c in ana.credentials] == [
        "returned",
        "not_applied",
    ]
    assert [p.person.name for p in everybody] == ["Ana Ruiz", "Bo Park", "Dana Cole"]
    assert [p.person.name for p in active] == ["Ana Ruiz", "Bo Park"]  # type: ignore[attr-defined]
    notes = [n for s in everybody[1].credentials for n in s.result.notes]
    assert any(str(n).startswith("Repeat: Law") for n in notes)
    if is_team(ctx):  # a team database is read through SQLAlchemy only
        return
    ctx.close()  # at rest: the quick read leaves an open connection's WAL to the opening
    quick = quick_context(ctx.paths)
    assert quick is not None
    try:
        assert _statuses(quick) == through_session
    finally:
        quick.close()
