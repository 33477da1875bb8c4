"""The Team page and `team status` take a number of SQL round trips that does not grow with the
team, on both backends (issue 13: over a network every round trip costs milliseconds)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, text

from rxtracker.cli.main import main
from rxtracker.demo.datagen import DatasetSpec, generate_dataset
from rxtracker.services import Context
from rxtracker.services.team import team_view

AS_OF = dt.date(2026, 6, 15)


@contextmanager
def counted() -> Iterator[list[str]]:
    """Every statement any engine sends while inside (SQLAlchemy's before_cursor_execute)."""
    sent: list[str] = []

    def note(_con: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", note)


def _count(work: Callable[[], object]) -> int:
    with counted() as sent:
        work()
    return len(sent)


def _cli_team_status(ctx: Context) -> None:
    where = ["--data-dir", str(ctx.paths.data_dir)]
    if ctx.paths.database_url:
        where += ["--database", ctx.paths.database_url]
    assert main([*where, "team", "status", "--json", "--as-of", AS_OF.isoformat()]) == 0


def _keep_active(ctx: Context, people: int) -> None:
    with ctx.db.write() as session:
        session.execute(text("UPDATE person SET active = (id <= :n)"), {"n": people})


def test_team_page_and_team_status_round_trips_do_not_grow_with_the_team(
    ctx: Context, capsys: Any
) -> None:
    generate_dataset(ctx, DatasetSpec(people=200, years=2, activities=4_000, as_of=AS_OF))
    counts = {}
    for people in (200, 20):
        _keep_active(ctx, people)
        view = team_view(ctx, AS_OF)
        assert len(view.rows) == people
        counts[people] = (
            _count(lambda: team_view(ctx, AS_OF)),
            _count(lambda: _cli_team_status(ctx)),
        )
    capsys.readouterr()
    with capsys.disabled():
        print(f"\nround trips (team page, team status) by team size: {counts}")
    assert counts[200] == counts[20], counts
    page, command = counts[20]
    assert page <= 10 and command <= 20, counts  # a handful, whatever the team size
