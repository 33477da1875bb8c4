"""Opening, creating, refusing and migrating the SQLite file."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from rxtracker.db import SCHEMA_VERSION, Database, DatabaseTooNew, NotADatabase
from rxtracker.db.schema import schema_sql

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def _structure(path: Path) -> dict[str, object]:
    """Tables, columns, indexes and foreign keys, compared as sets (ALTER TABLE appends)."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out: dict[str, object] = {}
        for table in sorted(tables):
            out[table] = {
                "columns": sorted(
                    (r[1], r[2], r[3], r[4], r[5])
                    for r in con.execute(f"PRAGMA table_info('{table}')")
                ),
                "indexes": sorted(
                    (r[1], r[2]) for r in con.execute(f"PRAGMA index_list('{table}')")
                ),
                "foreign_keys": sorted(
                    (r[2], r[3], r[4], r[6])
                    for r in con.execute(f"PRAGMA foreign_key_list('{table}')")
                ),
                "checks": sorted(re.findall(r"CONSTRAINT\s+(\w+)\s+CHECK", _table_sql(con, table))),
                "autoincrement": "AUTOINCREMENT" in _table_sql(con, table),
            }
        out["triggers"] = sorted(
            " ".join(r[0].split())
            for r in con.execute("SELECT sql FROM sqlite_master WHERE type='trigger'")
        )
        out["version"] = con.execute("PRAGMA user_version").fetchone()[0]
        return out
    finally:
        con.close()


def _table_sql(con: sqlite3.Connection, table: str) -> str:
    return str(
        con.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()[0]
    )


def test_fresh_database_is_at_head_with_foreign_keys_and_wal(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.sqlite3")
    assert db.schema_version() == SCHEMA_VERSION
    with db.engine.connect() as con:
        assert con.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert con.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert con.execute(text("PRAGMA busy_timeout")).scalar_one() >= 10_000
    db.close()


def test_db_schema_sql_matches_the_models() -> None:
    """Golden test: run `make schema` after changing rxtracker/db/models.py."""
    assert (ROOT / "db_schema.sql").read_text() == schema_sql()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE future (x)")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer rxtracker") as err:
        Database(path)
    assert "left as it is" in str(err.value)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 2000]
)
def test_garbage_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotADatabase, match="damaged or is not an rxtracker database"):
        Database(path)
    assert path.read_bytes() == content


def _from_fixture(tmp_path: Path, version: int) -> Path:
    path = tmp_path / f"v{version}.sqlite3"
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / f"schema_v{version}.sql").read_text())
    data = FIXTURES / f"data_v{version}.sql"
    if data.exists():
        con.executescript(data.read_text())
    con.commit()
    con.close()
    return path


def _fixture_versions() -> list[int]:
    return sorted(int(p.stem.split("_v")[1]) for p in FIXTURES.glob("schema_v*.sql"))


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    assert _fixture_versions() == list(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("version", _fixture_versions())
def test_migrating_each_earlier_version_gives_the_fresh_schema(
    tmp_path: Path, version: int
) -> None:
    old = _from_fixture(tmp_path, version)
    backups = tmp_path / "backups"
    Database(old, backups_dir=backups).close()
    fresh = tmp_path / "fresh.sqlite3"
    Database(fresh).close()
    assert _structure(old) == _structure(fresh)
    copies = list(backups.glob(f"before-migration-v{version}-*.sqlite3"))
    assert len(copies) == 1
    assert _structure(copies[0])["version"] == version


def test_migration_keeps_the_rows(tmp_path: Path) -> None:
    old = _from_fixture(tmp_path, 1)
    Database(old, backups_dir=tmp_path / "b").close()
    con = sqlite3.connect(old)
    try:
        assert con.execute(
            "SELECT title, hours_hundredths, recognized_program FROM activity"
        ).fetchall() == [("Texas pharmacy law update", 150, None)]
        assert con.execute("SELECT initial_cycle FROM credential").fetchall() == [(0,)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rxtracker.db import migrations

    old = _from_fixture(tmp_path, 1)
    before = _structure(old)

    real = migrations.v1_to_v2

    def broken(con: object) -> None:
        real(con)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "v1_to_v2", broken)
    with pytest.raises(RuntimeError):
        Database(old, backups_dir=tmp_path / "b")
    assert _structure(old) == before


def test_migration_from_2_keeps_every_row_and_frees_the_expiration_date(tmp_path: Path) -> None:
    old = _from_fixture(tmp_path, 2)
    con = sqlite3.connect(old)
    before = {
        table: _rows(con, table)
        for table in ("person", "credential_cycle", "credential_item", "activity_tag", "attachment")
    }
    credentials = con.execute("SELECT * FROM credential ORDER BY id").fetchall()
    con.close()
    Database(old, backups_dir=tmp_path / "b").close()
    con = sqlite3.connect(old)
    try:
        for table, (columns, rows) in before.items():
            assert _rows(con, table, columns)[1] == rows, table
        columns = (
            "id, person_id, type_id, number, state, expires_on, cycle_start, status_notes, "
            "created_at, updated_at"
        )
        assert con.execute(f"SELECT {columns} FROM credential ORDER BY id").fetchall() == [
            tuple(r[i] for i in (0, 1, 2, 3, 4, 6, 7, 8, 10, 11)) for r in credentials
        ]
        assert con.execute("SELECT initial_cycle FROM credential ORDER BY id").fetchall() == [
            (0,),
            (1,),
        ]
        assert con.execute("SELECT verification, verification_note FROM activity").fetchall() == [
            ("unverified", "")
        ]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("UPDATE credential SET expires_on = NULL WHERE id = 2")
        con.execute("DELETE FROM credential WHERE id = 1")
        assert con.execute("SELECT count(*) FROM credential_cycle").fetchone() == (0,)
    finally:
        con.close()


def _rows(
    con: sqlite3.Connection, table: str, columns: str | None = None
) -> tuple[str, list[tuple[object, ...]]]:
    """The table's columns (those given, else all it has now) and its rows in id order."""
    if columns is None:
        columns = ", ".join(r[1] for r in con.execute(f"PRAGMA table_info({table})"))
    return columns, con.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()


KEPT_ID_TABLES = (
    "person",
    "import_batch",
    "credential",
    "credential_cycle",
    "credential_item",
    "work_experience",
    "activity",
    "attachment",
)


def test_migration_from_4_keeps_every_row_and_never_hands_out_an_old_id(tmp_path: Path) -> None:
    old = _from_fixture(tmp_path, 4)
    con = sqlite3.connect(old)
    tables = (*KEPT_ID_TABLES, "activity_tag", "change_history")
    before = {t: _rows(con, t) for t in tables}
    con.close()
    Database(old, backups_dir=tmp_path / "b").close()
    con = sqlite3.connect(old)
    try:
        for table, (columns, rows) in before.items():
            assert rows, table
            assert _rows(con, table, columns)[1] == rows, table
        for table in ("person", "credential", "activity"):  # schema 6: every row at version 1
            assert {v for (v,) in con.execute(f"SELECT version FROM {table}")} == {1}, table
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("PRAGMA foreign_keys = ON")
        # Activity 3 and person 3 were deleted before the upgrade: only the history names them.
        con.execute(
            "INSERT INTO activity (person_id, title, provider, completed_on, hours_hundredths, "
            "category, source, notes) VALUES (1, 'New', '', '2026-03-01', 100, 'other', "
            "'manual', '')"
        )
        con.execute("INSERT INTO person (name, role, notes, active) VALUES ('X', 'lead', '', 1)")
        assert con.execute("SELECT max(id) FROM activity").fetchone() == (4,)
        assert con.execute("SELECT max(id) FROM person").fetchone() == (4,)
        con.execute("DELETE FROM person WHERE id = 1")
        assert con.execute("SELECT count(*) FROM activity").fetchone() == (0,)
    finally:
        con.close()


def test_a_deleted_record_never_lends_its_id(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    Database(path).close()
    con = sqlite3.connect(path)
    try:
        for table in KEPT_ID_TABLES:
            assert "AUTOINCREMENT" in _table_sql(con, table), table
        con.execute("INSERT INTO person (name, role, notes, active) VALUES ('A', 'lead', '', 1)")
        con.execute("DELETE FROM person")
        con.execute("INSERT INTO person (name, role, notes, active) VALUES ('B', 'lead', '', 1)")
        assert con.execute("SELECT id FROM person").fetchall() == [(2,)]
    finally:
        con.close()


def test_change_history_cannot_be_edited_even_outside_the_app(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    Database(path).close()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO change_history (changed_at, app_user, entity, entity_id, action, changes) "
        "VALUES ('2026-01-01', 'ana', 'person', 1, 'create', '{}')"
    )
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        con.execute("UPDATE change_history SET app_user = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        con.execute("DELETE FROM change_history")
    con.close()
