"""The CE log's rows a screen at a time: filter, word search, sort and summary run in SQL.

The page asks for a slice (``log_slice``): the rows from ``offset`` in the order chosen, plus
how many activities match and their hours (one aggregate query, skipped when the caller
already knows them: the person's totals, or the first slice's). Only the rows asked for are
read (with ``activity_rows_of``, Core queries into plain rows), so 50,000 activities cost what
one screen costs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session

from rxtracker.db import Activity, Attachment
from rxtracker.db.activity_search import words_conditions
from rxtracker.domain import Hours
from rxtracker.domain.tags import KNOWN_TAGS
from rxtracker.domain.topic_words import TOPIC_WORDS, topic_text
from rxtracker.services.activity_read import activity_rows_of
from rxtracker.services.context import Context
from rxtracker.services.rows import ActivityRow

#: The filter value meaning "no topic" / "no format" (activities without a UAN).
NONE = "none"
#: What each column of the CE log sorts by, in the table's column order.
SORTS = (
    "date", "title", "provider", "hours", "format", "topic", "audience", "counts",
    "certificate", "checked",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LogQuery:
    """Which of a person's activities the CE log shows, and in which order."""

    person_id: int
    words: str = ""  # every word must begin a word (in any case) of what a row shows
    window: tuple[dt.date, dt.date] | None = None  # completed inside [start, end]
    topic: str | None = None  # a topic code, NONE, or None for any
    format: str | None = None  # a format value, NONE, or None for any
    sort: str = "date"  # one of SORTS
    descending: bool = True
    #: for the "counts" sort: the credentials' short names -> the activities counting toward them
    counted: tuple[tuple[str, tuple[int, ...]], ...] = ()

    @property
    def narrowed(self) -> bool:
        """True when the words or a filter leave some of the person's activities out."""
        fields = (self.window, self.topic, self.format)
        return bool(_words(self)) or any(f is not None for f in fields)


@dataclass(frozen=True, slots=True)
class LogSlice:
    """Rows of the CE log from ``offset``; ``count`` and ``total`` cover every matching row."""

    rows: tuple[ActivityRow, ...]
    offset: int
    count: int
    total: Hours


def counted_groups(counts_toward: Mapping[int, str]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """``LogQuery.counted`` from activity id -> the names it counts toward."""
    groups: dict[str, list[int]] = {}
    for activity_id, names in counts_toward.items():
        groups.setdefault(names, []).append(activity_id)
    return tuple((names, tuple(sorted(ids))) for names, ids in sorted(groups.items()))


#: The count and hours of a query's matches, when the caller knows them already.
Known = tuple[int, Hours] | None


def log_slice(
    ctx: Context, query: LogQuery, offset: int, limit: int, known: Known = None
) -> LogSlice:
    """Up to ``limit`` rows from ``offset`` in ``query``'s order, with the summary.

    ``known``: the count and hours of every match, when the caller has them (no summary read).
    """
    with ctx.db.read() as session:
        return slice_in(session, query, offset, limit, known)


def slice_in(
    session: Session, query: LogQuery, offset: int, limit: int, known: Known = None
) -> LogSlice:
    """``log_slice`` in an open session.

    At most two reads: the summary, one aggregate (with words, SQLite finds the matches in
    the word index, all words in one MATCH, and reads their hours by id), unless ``known``;
    and the rows wanted (SQLite walks the person's date index until it has them).
    """
    count, hours = known if known is not None else _summary(session, query)
    where = _conditions(session, query)
    ids = session.scalars(
        select(Activity.id).where(*where).order_by(*_order(query)).offset(offset).limit(limit)
    ).all()
    rows = {r.id: r for r in activity_rows_of(session, query.person_id, ids)}
    return LogSlice(tuple(rows[i] for i in ids), offset, count, hours)


def _summary(session: Session, query: LogQuery) -> tuple[int, Hours]:
    """How many activities match ``query`` and their hours: one aggregate query."""
    summary = select(func.count(), func.coalesce(func.sum(Activity.hours_hundredths), 0))
    count, hundredths = session.execute(
        summary.where(*_conditions(session, query, by_id=True))
    ).one()
    return int(count), Hours(int(hundredths))


def log_position(ctx: Context, query: LogQuery, activity_id: int) -> int | None:
    """Where an activity is in ``query``'s order (0 first), or None when it does not match."""
    with ctx.db.read() as session:
        return _position_in(session, query, activity_id)


def log_reach(
    ctx: Context, query: LogQuery, activity_id: int, offset: int, known: Known = None
) -> LogSlice | None:
    """The rows from ``offset`` through an activity's row, or None when it does not match."""
    with ctx.db.read() as session:
        position = _position_in(session, query, activity_id)
        if position is None or position < offset:
            return None
        return slice_in(session, query, offset, position + 1 - offset, known)


def _position_in(session: Session, query: LogQuery, activity_id: int) -> int | None:
    number = func.row_number().over(order_by=_order(query)).label("number")
    ranked = select(Activity.id, number).where(*_conditions(session, query)).subquery()
    found = session.scalar(select(ranked.c.number).where(ranked.c.id == activity_id))
    return None if found is None else int(found) - 1


def _conditions(
    session: Session, query: LogQuery, by_id: bool = False
) -> list[ColumnElement[bool]]:
    """The query's conditions.

    With ``by_id``, SQLite looks the words' matches up by id instead of walking the person's
    index (``+ 0`` keeps it off that index).
    """
    person = Activity.person_id + 0 if by_id and _words(query) else Activity.person_id
    where: list[ColumnElement[bool]] = [person == query.person_id]
    dialect = session.get_bind().dialect.name
    words = [(word, _topics_with(word), _tags_with(word)) for word in _words(query)]
    if words:
        where.extend(words_conditions(dialect, words))
    if query.window is not None:
        where.append(Activity.completed_on.between(*query.window))
    for field, wanted in ((Activity.topic, query.topic), (Activity.format, query.format)):
        if wanted == NONE:
            where.append(field.is_(None))
        elif wanted is not None:
            where.append(field == wanted)
    return where


def _words(query: LogQuery) -> list[str]:
    """The search words; a "word" of punctuation alone ("-", "%") asks for nothing."""
    return [w for w in query.words.casefold().split() if any(c.isalnum() for c in w)]


def _topics_with(word: str) -> list[str]:
    starts = _word_start(word)
    return [code for code in TOPIC_WORDS if starts.search(topic_text(code))]


def _tags_with(word: str) -> list[str]:
    starts = _word_start(word)
    return [tag for tag, label in KNOWN_TAGS.items() if starts.search(label)]


def _word_start(word: str) -> re.Pattern[str]:
    """Finds ``word`` where a word begins (as the word index finds it), in any case."""
    return re.compile(r"\b" + re.escape(word), re.IGNORECASE)


def _order(query: LogQuery) -> list[Any]:
    key = _sort_key(query)
    if query.descending:
        return [key.desc(), Activity.id.desc()]
    return [key.asc(), Activity.id.asc()]


def _sort_key(query: LogQuery) -> Any:
    plain = {
        "date": Activity.completed_on,
        "title": func.lower(Activity.title),
        "provider": func.lower(Activity.provider),
        "hours": Activity.hours_hundredths,
        "format": func.coalesce(Activity.format, ""),
        "topic": func.coalesce(Activity.topic, ""),
        "audience": func.coalesce(Activity.audience, ""),
        "checked": Activity.verification,
    }
    if query.sort in plain:
        return plain[query.sort]
    if query.sort == "certificate":
        files = select(func.count()).where(Attachment.activity_id == Activity.id)
        return files.scalar_subquery()
    if query.sort == "counts" and query.counted:
        groups = [(Activity.id.in_(ids), names) for names, ids in query.counted]
        return case(*groups, else_="")
    return literal_column("''")  # "counts" with nothing counted: all equal
