"""The CE log's word index in SQLite: an FTS5 table of each activity's searchable text.

``activity_words`` holds, per activity (``rowid`` = ``activity.id``), its title, provider,
UAN, notes, completion date in words ("October 4, 2025 2025-10-04"), topic in words and
tags; split into words at spaces and punctuation, any case and accents, with the prefixes
of one to three letters indexed too (a first keystroke is a lookup). Triggers keep it in
step with every write, whichever program or path makes it (the forms, imports, undo, a
person's removal). PostgreSQL has no such table: the team database searches the same text
with a case-insensitive regular expression (``rxtracker.db.activity_search``).
"""

from __future__ import annotations

from sqlalchemy import Connection

from rxtracker.domain.dates import MONTHS
from rxtracker.domain.tags import KNOWN_TAGS
from rxtracker.domain.topic_words import TOPIC_WORDS


def _case(value: str, words: dict[str, str], otherwise: str) -> str:
    cases = " ".join(f"WHEN '{key}' THEN '{text}'" for key, text in words.items())
    return f"(CASE {value} {cases} ELSE {otherwise} END)"


def words_sql(row: str) -> str:
    """The SQLite expression of a row's searchable text; ``row`` is ``new`` or a table name.

    Title, provider, UAN, notes, the date in words, the topic in words, the tags and their
    labels ("texas-law Texas pharmacy law or rules").
    """
    day = f"{row}.completed_on"
    months = {f"{n:02d}": m for n, m in enumerate(MONTHS, 1)}
    topics = {code: f"{words} (topic {code})" for code, words in TOPIC_WORDS.items()}
    label = _case("t.tag", KNOWN_TAGS, "replace(t.tag, '-', ' ')")
    tags = (
        f"(SELECT group_concat(t.tag || ' ' || {label}, ' ') FROM activity_tag AS t "  # noqa: S608
        f"WHERE t.activity_id = {row}.id)"
    )
    return (
        f"{row}.title || ' ' || {row}.provider || ' ' || coalesce({row}.uan, '') || ' ' || "
        f"{row}.notes || ' ' || {_case(f'substr({day}, 6, 2)', months, chr(39) * 2)} || ' ' || "
        f"CAST(substr({day}, 9, 2) AS INTEGER) || ', ' || substr({day}, 1, 4) || ' ' || {day} "
        f"|| ' ' || {_case(f'{row}.topic', topics, chr(39) * 2)} || ' ' || coalesce({tags}, '')"
    )


_WATCHED = "title, provider, uan, notes, completed_on, topic"
_RETAG = (
    "UPDATE activity_words SET words = (SELECT {words} FROM activity WHERE activity.id = {row}."
    "activity_id) WHERE rowid = {row}.activity_id"
)

#: The table and its triggers, in the order they are created.
WORD_INDEX = (
    "CREATE VIRTUAL TABLE activity_words USING fts5(words, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "CREATE TRIGGER activity_words_insert AFTER INSERT ON activity BEGIN "  # noqa: S608
    f"INSERT INTO activity_words (rowid, words) VALUES (new.id, {words_sql('new')}); END",
    f"CREATE TRIGGER activity_words_update AFTER UPDATE OF {_WATCHED} ON activity BEGIN "  # noqa: S608
    f"UPDATE activity_words SET words = {words_sql('new')} WHERE rowid = new.id; END",
    "CREATE TRIGGER activity_words_delete AFTER DELETE ON activity BEGIN "
    "DELETE FROM activity_words WHERE rowid = old.id; END",
    "CREATE TRIGGER activity_words_tag AFTER INSERT ON activity_tag BEGIN "
    f"{_RETAG.format(words=words_sql('activity'), row='new')}; END",
    "CREATE TRIGGER activity_words_untag AFTER DELETE ON activity_tag BEGIN "
    f"{_RETAG.format(words=words_sql('activity'), row='old')}; END",
)


def create_word_index(con: Connection, fill: bool = False) -> None:
    """Create the word index on a SQLite database (nothing on PostgreSQL).

    Args:
        con: the connection, inside the transaction that creates or upgrades the schema.
        fill: index the activities already there (an upgrade; a new database has none).
    """
    if con.dialect.name != "sqlite":
        return
    for statement in WORD_INDEX:
        con.exec_driver_sql(statement)
    if fill:
        con.exec_driver_sql(
            "INSERT INTO activity_words (rowid, words) "  # noqa: S608
            f"SELECT activity.id, {words_sql('activity')} FROM activity"
        )
