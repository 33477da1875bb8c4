"""The CE log's rows in SQL: word search, filters, sort, summary and paging, on both backends."""

from __future__ import annotations

import datetime as dt

from rxtracker.domain import Hours
from rxtracker.services import Context, activities, people
from rxtracker.services.inputs import ActivityInput, PersonInput
from rxtracker.services.views import NONE, LogQuery, log_position, log_reach, log_slice


def _ana(ctx: Context) -> tuple[int, dict[str, int]]:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    bob = people.add_person(ctx, PersonInput("Bob Lee", home_state="TX")).value.id
    courses = {
        "Texas law for technicians": ActivityInput(
            "Texas law for technicians", dt.date(2025, 10, 4), Hours.parse("1"),
            provider="Lone Star Pharmacy", uan="0197-0000-25-014-H03-T",
        ),
        "Sterile 100% review": ActivityInput(
            "Sterile 100% review", dt.date(2026, 2, 1), Hours.parse("2.5"),
            tags=("human-trafficking",), notes="Hood cleaning",
        ),
        "Vaccines": ActivityInput(
            "Vaccines", dt.date(2024, 3, 9), Hours.parse("1.5"), uan="0197-0000-24-002-L06-T"
        ),
    }  # fmt: skip
    ids = {title: activities.add_activity(ctx, ana, c).value.id for title, c in courses.items()}
    other = ActivityInput("Texas law for Bob", dt.date(2025, 10, 5), Hours.parse("3"))
    activities.add_activity(ctx, bob, other)
    return ana, ids


def _titles(ctx: Context, query: LogQuery) -> list[str]:
    return [r.title for r in log_slice(ctx, query, 0, 50).rows]


def test_words_are_found_at_word_starts_in_every_field_dates_topics_and_tags(
    ctx: Context,
) -> None:
    ana, _ = _ana(ctx)
    cases = {
        "texas law": ["Texas law for technicians"],
        "Oct": ["Texas law for technicians"],
        "october 4": ["Texas law for technicians"],
        "2026": ["Sterile 100% review"],
        "immunizations": ["Vaccines"],  # the topic in words (06)
        "trafficking": ["Sterile 100% review"],  # a tag's label
        "hood": ["Sterile 100% review"],  # the notes
        "l06": ["Vaccines"],  # the UAN
        "100%": ["Sterile 100% review"],  # no wildcard: the percent sign is punctuation
        "lone STAR": ["Texas law for technicians"],
        "te": ["Texas law for technicians"],  # a word's start: "Texas", "technicians"
        "aw": [],  # not inside a word
        "human-trafficking": ["Sterile 100% review"],  # the tag itself
        "nowhere": [],
        "-": ["Texas law for technicians", "Sterile 100% review", "Vaccines"],  # asks nothing
    }
    found = {words: sorted(_titles(ctx, LogQuery(ana, words=words))) for words in cases}
    assert found == {words: sorted(titles) for words, titles in cases.items()}


def test_filters_sort_summary_and_pages(ctx: Context) -> None:
    ana, ids = _ana(ctx)
    every = log_slice(ctx, LogQuery(ana), 0, 2)
    assert [r.title for r in every.rows] == ["Sterile 100% review", "Texas law for technicians"]
    assert (every.count, every.total) == (3, Hours.parse("5"))
    assert [r.title for r in log_slice(ctx, LogQuery(ana), 2, 2).rows] == ["Vaccines"]
    by_hours = LogQuery(ana, sort="hours", descending=False)
    assert _titles(ctx, by_hours) == [
        "Texas law for technicians",
        "Vaccines",
        "Sterile 100% review",
    ]
    window = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert _titles(ctx, LogQuery(ana, window=window)) == ["Texas law for technicians"]
    assert _titles(ctx, LogQuery(ana, topic=NONE)) == ["Sterile 100% review"]
    assert _titles(ctx, LogQuery(ana, format="live")) == ["Vaccines"]
    law = log_slice(ctx, LogQuery(ana, words="law"), 0, 50)
    assert (law.count, law.total) == (1, Hours.parse("1"))
    assert log_position(ctx, by_hours, ids["Sterile 100% review"]) == 2
    assert log_position(ctx, LogQuery(ana, words="law"), ids["Vaccines"]) is None


def test_several_words_the_rows_up_to_an_activity_and_known_totals(ctx: Context) -> None:
    ana, ids = _ana(ctx)
    both = log_slice(ctx, LogQuery(ana, words="texas tech"), 0, 50)
    assert [r.title for r in both.rows] == ["Texas law for technicians"] and both.count == 1
    assert _titles(ctx, LogQuery(ana, words="texas hood")) == []
    assert LogQuery(ana, words="law").narrowed and not LogQuery(ana, words=" - ").narrowed
    by_hours = LogQuery(ana, sort="hours", descending=False)
    reached = log_reach(ctx, by_hours, ids["Sterile 100% review"], 1)
    assert reached is not None and [r.title for r in reached.rows] == [
        "Vaccines",
        "Sterile 100% review",
    ]
    assert log_reach(ctx, LogQuery(ana, words="law"), ids["Vaccines"], 0) is None
    told = log_slice(ctx, LogQuery(ana), 0, 1, (7, Hours.parse("9")))  # no summary read
    assert (len(told.rows), told.count, told.total) == (1, 7, Hours.parse("9"))


def test_an_edit_and_a_delete_are_searched_at_once(ctx: Context) -> None:
    ana, ids = _ana(ctx)
    vaccines = activities.get_activity(ctx, ids["Vaccines"])
    edited = ActivityInput("Flu shots", vaccines.completed_on, vaccines.hours, tags=("oncology",))
    activities.update_activity(ctx, vaccines.id, edited, version=vaccines.version)
    assert _titles(ctx, LogQuery(ana, words="oncology")) == ["Flu shots"]
    assert _titles(ctx, LogQuery(ana, words="vaccines")) == []
    activities.delete_activity(ctx, vaccines.id)
    assert _titles(ctx, LogQuery(ana, words="flu")) == []
