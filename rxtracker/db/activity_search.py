"""One searched word of the CE log as a SQL condition, on SQLite or PostgreSQL.

A search word is found where a word of the activity begins with it ("law" finds "Law" and
"lawful", "oct" finds "October"): in its own text (title, provider, UAN, notes, its date in
words), in the words of its topic, or in its tags. SQLite looks it up in the word index
(``rxtracker.db.word_index``, which holds all of these); PostgreSQL matches the same text
with a case-insensitive regular expression at word starts, the topics and tags as given
(row-level security applies as to any read).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, literal, or_, select, table

from rxtracker.db.models import Activity, ActivityTag

_WORDS = table("activity_words", column("rowid"), column("words"))
_PG_DATE = "FMMonth FMDD, YYYY YYYY-MM-DD"  # "October 4, 2025 2025-10-04", as in the index


def words_conditions(
    dialect: str, words: Sequence[tuple[str, Collection[str], Collection[str]]]
) -> list[ColumnElement[bool]]:
    """Activities where every word occurs: ``words`` holds (word, topics, tags) as below.

    On SQLite one lookup in the word index finds the activities holding them all.
    """
    if dialect == "sqlite":
        return [Activity.id.in_(_sqlite_hits([word for word, _, _ in words]))]
    return [word_condition(dialect, *found) for found in words]


def word_condition(
    dialect: str, word: str, topics: Collection[str], tags: Collection[str]
) -> ColumnElement[bool]:
    """Activities where ``word`` occurs (any case).

    Args:
        dialect: ``sqlite`` or ``postgresql``.
        word: one word of the search, at least one character.
        topics: topic codes whose words contain ``word`` (the SQLite index holds them).
        tags: known tags whose label contains ``word`` (the SQLite index holds them).
    """
    if dialect == "sqlite":
        return Activity.id.in_(_sqlite_hits([word]))
    starts = r"\m" + re.escape(word)
    tagged = ActivityTag.tag.regexp_match(starts, flags="i")
    if tags:
        tagged = or_(tagged, ActivityTag.tag.in_(list(tags)))
    found = [
        _pg_text().regexp_match(starts, flags="i"),
        Activity.id.in_(select(ActivityTag.activity_id).where(tagged)),
    ]
    if topics:
        found.append(Activity.topic.in_(list(topics)))
    return or_(*found)


def _sqlite_hits(words: Sequence[str]) -> Select[Any]:
    """The index's activities with, for each of ``words``, a word starting with it."""
    phrase = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
    return select(_WORDS.c.rowid).where(_WORDS.c.words.op("MATCH")(phrase))


def _pg_text() -> ColumnElement[str]:
    space = literal(" ")
    return (
        Activity.title
        + space
        + Activity.provider
        + space
        + func.coalesce(Activity.uan, "")
        + space
        + Activity.notes
        + space
        + func.to_char(Activity.completed_on, _PG_DATE)
    )
