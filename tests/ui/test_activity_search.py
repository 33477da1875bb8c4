"""The CE log's text search: what matches, and narrowing/widening as the query changes."""

from __future__ import annotations

from rxtracker.ui.activity_search import SearchParts, TextSearch

PARTS = [
    SearchParts("Pharmacy Law update", "0197-0000-26-020-H03-T", "Lone Star Pharmacy"),
    SearchParts("Sterile compounding – part 1", "", "SafeMeds Institute compounding"),
    SearchParts("Immunization basics\nAsked Dana about the law", "", "Lone Star Pharmacy"),
    SearchParts("Opioid safety", "0412-0000-25-175-L08-P", "Heartland law opioids"),
]


def _fresh(needle: str, order: list[int] | None = None) -> list[int]:
    return TextSearch(order or [0, 1, 2, 3], PARTS).rows_containing(needle)


def test_each_part_is_searched_case_insensitively() -> None:
    assert _fresh("law") == [0, 2, 3]  # title, notes, shared tag
    assert _fresh("h03") == [0]  # UAN
    assert _fresh("0000-2") == [0, 3]
    assert _fresh("safemeds") == [1]  # provider
    assert _fresh("– part") == [1]
    assert _fresh("nothing like it") == []


def test_matches_come_in_the_given_order() -> None:
    assert _fresh("law", [3, 2, 1, 0]) == [3, 2, 0]


def test_typing_narrows_and_deleting_widens_to_the_same_rows_as_a_fresh_search() -> None:
    search = TextSearch([0, 1, 2, 3], PARTS)
    typed = ""
    for letter in "lone star":
        typed += letter
        assert search.rows_containing(typed) == _fresh(typed), typed
    while typed:
        typed = typed[:-1]
        if typed:
            assert search.rows_containing(typed) == _fresh(typed), typed
    for needle in ("la", "law", "lo", "l", "ph", "pharmacy", "0", "04", "0412", "h0"):
        assert search.rows_containing(needle) == _fresh(needle), needle


def test_many_distinct_shared_texts_still_match() -> None:
    parts = [SearchParts(f"course {n}", "", f"provider {n:04d}") for n in range(700)]
    search = TextSearch(range(700), parts)
    assert search.rows_containing("provider 0600") == [600]
    assert search.rows_containing("provider 06") == list(range(600, 700))
    assert search.rows_containing("provider 0") == list(range(700))
