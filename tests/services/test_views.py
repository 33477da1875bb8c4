"""The pages' read models: one call each, everything the page shows already decided."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.domain import Category, Hours, NotFound
from rxtracker.services import Context, activities, credentials, people
from rxtracker.services.inputs import ActivityInput, CredentialInput, PersonInput
from rxtracker.services.views import (
    NAMED_COURSES,
    LogQuery,
    credentials_view,
    dashboard_view,
    log_view,
    pathways_view,
)

AS_OF = dt.date(2026, 6, 1)


def _log_view(ctx: Context, person_id: int, as_of: dt.date) -> object:
    return log_view(ctx, LogQuery(person_id), as_of, 50)


def _renewed_cpht(ctx: Context) -> tuple[int, int, int]:
    """Ana: a PTCB CPhT renewed once, a course in this cycle and one in the last."""
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    data = CredentialInput("ptcb-cpht", dt.date(2026, 3, 31), cycle_start=dt.date(2024, 4, 1))
    cpht = credentials.add_credential(ctx, ana, data).value.id
    credentials.renew_credential(ctx, cpht, dt.date(2028, 3, 31), renewed_on=dt.date(2026, 2, 10))
    acpe = Category.ACPE  # no UAN, but ACPE: other (non-ACPE) CE counts only if PTCB accepts it
    old = ActivityInput("Old law course", dt.date(2025, 5, 1), Hours.parse("1"), category=acpe)
    new = ActivityInput("New law course", dt.date(2026, 4, 2), Hours.parse("2"), category=acpe)
    activities.add_activity(ctx, ana, old)
    new_id = activities.add_activity(ctx, ana, new).value.id
    return ana, cpht, new_id


def test_the_log_view_gives_cycles_and_what_each_course_counts_toward(ctx: Context) -> None:
    ana, cpht, new_id = _renewed_cpht(ctx)
    view = log_view(ctx, LogQuery(ana), AS_OF, 50)
    assert [a.title for a in view.first.rows] == ["New law course", "Old law course"]
    assert (view.count, view.total) == (2, Hours.parse("3"))
    assert view.query.counted == (("PTCB CPhT", (new_id,)),)
    assert view.counts_toward == {new_id: "PTCB CPhT"}
    (held,) = view.credentials
    assert held.id == cpht
    assert [(c.start, c.end, c.current) for c in held.cycles] == [
        (dt.date(2026, 2, 10), dt.date(2028, 3, 31), True),
        (dt.date(2024, 4, 1), dt.date(2026, 3, 31), False),
    ]


def test_the_credentials_view_carries_standing_and_past_cycles(ctx: Context) -> None:
    ana, cpht, _ = _renewed_cpht(ctx)
    (line,) = credentials_view(ctx, ana, AS_OF).lines
    assert line.row.id == cpht
    assert line.standing is not None and line.standing.days_to_deadline is not None
    assert [p.expires_on for p in line.past_cycles] == [dt.date(2026, 3, 31)]
    assert line.items == {}


def test_the_dashboard_view_dates_match_the_cards(ctx: Context) -> None:
    ana, _, _ = _renewed_cpht(ctx)
    view = dashboard_view(ctx, ana, AS_OF)
    (card,) = view.cards
    assert card.due_on == card.deadline
    assert card.days_left == (card.deadline - AS_OF).days if card.deadline else False
    assert view.upcoming[-1].day == card.end
    assert view.due_within(card.days_left or 0) == (card,)
    assert view.due_within((card.days_left or 0) - 1) == ()
    assert view.cpe_monitor.uan_courses == 0


def test_the_pathways_view_carries_the_named_courses_titles_and_experience(
    ctx: Context,
) -> None:
    ana, _, new_id = _renewed_cpht(ctx)
    mixing = [
        ActivityInput(
            f"Compounding {n}", dt.date(2026, 1, n), Hours.parse("1"), tags=("compounding",)
        )
        for n in range(1, NAMED_COURSES + 2)
    ]
    ids = [activities.add_activity(ctx, ana, a).value.id for a in mixing]
    view = pathways_view(ctx, ana, AS_OF)
    (area,) = [a for a in view.areas if a.id == "compounding"]
    assert area.activity_ids == tuple(ids)
    named = ids[:NAMED_COURSES]  # the areas name their first courses; the rest are counted
    assert view.titles == {i: f"Compounding {n}" for n, i in enumerate(named, start=1)}
    assert new_id not in view.titles  # a course no area counts
    assert len(view.progress) == len(view.pathways) > 0
    assert view.experience == ()


@pytest.mark.parametrize("view", [dashboard_view, _log_view, credentials_view, pathways_view])
def test_every_view_refuses_an_unknown_person(ctx: Context, view) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        view(ctx, 999, AS_OF)


def test_the_dashboard_card_says_non_acpe_hours_count_only_if_ptcb_accepts_them(
    ctx: Context,
) -> None:
    ana, _, _ = _renewed_cpht(ctx)
    other = ActivityInput("Human trafficking (HHSC)", dt.date(2026, 4, 3), Hours.parse("2"))
    activities.add_activity(ctx, ana, other)
    (card,) = dashboard_view(ctx, ana, AS_OF).cards
    assert card.notes[0] == (
        "2 hours of non-ACPE CE are not counted: counts if PTCB accepts it (upload the certificate)"
    )
