"""insert_many stores exactly what SQLAlchemy's own insert stores, in one executemany."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

from rxtracker.db import Database
from rxtracker.db.bulk import insert_many
from rxtracker.db.models import Activity, ChangeHistory, Person

STAMP = dt.datetime(2025, 3, 4, 5, 6, 7)  # whole seconds: the stored text keeps ".000000"


def _activity(activity_id: int, day: dt.date, uan: str | None) -> dict[str, object]:
    return {
        "id": activity_id,
        "person_id": 1,
        "title": "Law – état du Texas",
        "provider": "",
        "completed_on": day,
        "hours_hundredths": 150,
        "uan": uan,
        "category": "acpe" if uan else "other",
        "source": "import",
        "notes": "",
        "cpe_monitor_seen_on": None if uan is None else dt.date(2025, 9, 1),
        "verification": "unverified",
        "verification_note": "",
        "archive_report": "",
        "created_at": STAMP,
        "updated_at": STAMP,
    }


def _stored(path: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        con.close()


def test_rows_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    stored = {}
    for way in ("core", "bulk"):
        database = Database(tmp_path / f"{way}.sqlite3")
        rows = [
            _activity(1, dt.date(2024, 1, 31), "0197-0000-24-001-H03-T"),
            _activity(2, dt.date(2024, 1, 31), None),
            _activity(3, dt.date(1999, 12, 1), "0197-0000-24-002-L05-T"),
        ]
        history = [
            {"changed_at": STAMP, "app_user": "ana", "acting_person_id": None,
             "entity": "activity", "entity_id": r["id"], "action": "create", "changes": "{}"}
            for r in rows
        ]  # fmt: skip
        with database.engine.begin() as con:
            con.execute(insert(Person), [{"id": 1, "name": "Ana Ruiz", "role": "technician"}])
            if way == "core":
                con.execute(insert(Activity), rows)
                con.execute(insert(ChangeHistory), history)
            else:
                insert_many(con, Activity, rows)
                insert_many(con, ChangeHistory, history)
        path = database.path
        database.engine.dispose()
        stored[way] = (_stored(path, "activity"), _stored(path, "change_history"))
    assert stored["bulk"] == stored["core"]
    activities, _ = stored["bulk"]
    assert [(a[4], a[-2]) for a in activities][:1] == [("2024-01-31", "2025-03-04 05:06:07.000000")]


def test_nothing_to_insert_and_a_row_missing_a_column(tmp_path: Path) -> None:
    database = Database(tmp_path / "x.sqlite3")
    with database.engine.begin() as con:
        insert_many(con, Person, [])
        with pytest.raises(KeyError):
            insert_many(con, Person, [{"name": "Ana", "role": "technician"}, {"name": "Bo"}])
    database.engine.dispose()


def test_a_write_that_changes_nothing_takes_no_lock(tmp_path: Path) -> None:
    """No history to write: no connection asked for, so no BEGIN IMMEDIATE."""
    from sqlalchemy import event

    db = Database(tmp_path / "x.sqlite3")
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.write():
        pass
    db.engine.dispose()
    assert statements == []
