"""Dates in words come from the interface language (English), not the C library's locale."""

from __future__ import annotations

import datetime as dt

from rxtracker.domain import date_text, long_date_text


def test_dates_in_words() -> None:
    assert date_text(dt.date(2027, 3, 1)) == "Mar 1, 2027"
    assert date_text(None) == ""
    assert long_date_text(dt.date(2026, 12, 31)) == "December 31, 2026"


def test_every_month_has_its_english_name() -> None:
    names = [long_date_text(dt.date(2027, month, 1)).split()[0] for month in range(1, 13)]
    assert names[0] == "January" and names[4] == "May" and names[11] == "December"
    assert [date_text(dt.date(2027, m, 1))[:3] for m in range(1, 13)] == [n[:3] for n in names]
