"""Random input never ends in anything but a clear InvalidInput."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from rxtracker.domain import Hours, InvalidInput, parse_date, parse_uan
from rxtracker.services import ActivityInput, PersonInput

TEXT = st.text(max_size=200)
UANISH = st.from_regex(r"(JA)?[0-9A-Za-z]{1,9}([-–— ][0-9A-Za-z]{0,5}){0,7}", fullmatch=True)


@settings(max_examples=400)
@given(st.one_of(TEXT, UANISH))
def test_uan_parser(text: str) -> None:
    try:
        uan = parse_uan(text)
    except InvalidInput as exc:
        assert exc.field == "UAN" and exc.problem
    else:
        assert len(uan.text.split("-")) == 6


@settings(max_examples=300)
@given(TEXT)
def test_hours_and_dates(text: str) -> None:
    for parse in (Hours.parse, parse_date):
        try:
            parse(text)
        except InvalidInput as exc:
            assert exc.problem


@settings(max_examples=200)
@given(TEXT, TEXT, st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT))
def test_activity_and_person_inputs(
    title: str, provider: str, uan: str | None, state: str | None
) -> None:
    try:
        ActivityInput(
            title, dt.date(2026, 1, 1), Hours(100), provider=provider, uan=uan, tags=(provider,)
        ).cleaned(dt.date(2026, 11, 25))
    except InvalidInput as exc:
        assert exc.field in {"title", "provider", "UAN", "tag"}
    try:
        PersonInput(title, email=provider, home_state=state).cleaned()
    except InvalidInput as exc:
        assert exc.field in {"name", "email", "home state"}
