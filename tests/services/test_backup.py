"""Backup and restore: identical rows and bytes back, hostile archives refused untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.domain import Hours, InvalidInput
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.backup import (
    auto_backup,
    create_backup,
    list_auto_backups,
    restore_backup,
)
from tests.conftest import FIXTURES, db_dump, make_pdf

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def ctx(sqlite_ctx: Context) -> Context:
    """Backups and restores are the local file's (a team database's server backs it up)."""
    return sqlite_ctx


def _fill(ctx: Context, tmp_path: Path) -> int:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    for index, title in enumerate(("Texas law", "Patient safety", "Sterile compounding")):
        pdf = make_pdf(tmp_path / f"cert{index}.pdf", f"Certificate {title}")
        activities.add_activity(
            ctx,
            ana,
            ActivityInput(title, dt.date(2026, 1, 10 + index), Hours(150)),
            certificate=pdf,
            today=TODAY,
        )
    return ana


def _certificates(ctx: Context) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(ctx.paths.certificates.iterdir())}


def test_round_trip_gives_identical_rows_and_bytes(ctx: Context, tmp_path: Path) -> None:
    ana = _fill(ctx, tmp_path)
    rows, certs = db_dump(ctx.paths.database), _certificates(ctx)
    result = create_backup(ctx, tmp_path / "backup.zip")
    assert result.certificate_count == 3
    assert result.manifest.schema_version == SCHEMA_VERSION
    # Change everything after the backup.
    people.delete_person(ctx, ana)
    people.add_person(ctx, PersonInput("Someone else"))
    assert _certificates(ctx) == {}
    restored = restore_backup(ctx, tmp_path / "backup.zip")
    assert db_dump(ctx.paths.database) == rows
    assert _certificates(ctx) == certs
    # The same context keeps working on the restored file.
    assert [p.name for p in people.list_people(ctx)] == ["Ana Ruiz"]
    # The replaced data was kept as a backup first.
    with zipfile.ZipFile(restored.previous_data) as kept:
        assert json.loads(kept.read("manifest.json"))["files"][0]["name"] == "rxtracker.sqlite3"
        assert not any(n.startswith("certificates/") for n in kept.namelist())


def test_manifest_lists_versions_and_hashes(ctx: Context, tmp_path: Path) -> None:
    _fill(ctx, tmp_path)
    create_backup(ctx, tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["app"] == "rxtracker" and manifest["schema_version"] == SCHEMA_VERSION
        for entry in manifest["files"]:
            data = archive.read(entry["name"])
            assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])


def _archive(
    path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], **manifest: object
) -> Path:
    files = [
        {"name": i if isinstance(i, str) else i.filename, "size": len(d), "sha256": _sha(d)}
        for i, d in entries
    ]
    body = {
        "format": 1,
        "app": "rxtracker",
        "app_version": "0.1.0",
        "schema_version": SCHEMA_VERSION,
        "created_at": "2026-11-25T00:00:00+00:00",
        "files": files,
        **manifest,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(body))
        for info, data in entries:
            archive.writestr(info, data)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _symlink(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


CERT = "certificates/" + "a" * 64 + ".pdf"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("../evil.txt", "points outside the backup"),
        ("certificates/../../evil.pdf", "points outside the backup"),
        ("/tmp/rxtracker-evil.pdf", "points outside the backup"),
        ("C:/Windows/evil.pdf", "points outside the backup"),
        ("certificates\\..\\evil.pdf", "points outside the backup"),
        (_symlink(CERT, "/etc/passwd"), "is a link"),
        ("notes.txt", "unexpected entry"),
    ],
)
def test_hostile_entries_are_refused_untouched(
    ctx: Context, tmp_path: Path, entry: zipfile.ZipInfo | str, message: str
) -> None:
    _fill(ctx, tmp_path)
    good = create_backup(ctx, tmp_path / "good.zip")
    with zipfile.ZipFile(good.path) as src:
        database = src.read("rxtracker.sqlite3")
    hostile = _archive(
        tmp_path / "hostile.zip", [("rxtracker.sqlite3", database), (entry, b"%PDF-1.4 x")]
    )
    rows, certs = db_dump(ctx.paths.database), _certificates(ctx)
    with pytest.raises(InvalidInput, match=message) as info:
        restore_backup(ctx, hostile)
    assert info.value.field == "backup"
    assert db_dump(ctx.paths.database) == rows and _certificates(ctx) == certs
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/rxtracker-evil.pdf").exists()
    assert list(ctx.paths.backups.glob("before-restore-*")) == []


def test_newer_schema_tampered_bytes_and_bombs_are_refused(ctx: Context, tmp_path: Path) -> None:
    _fill(ctx, tmp_path)
    with zipfile.ZipFile(create_backup(ctx, tmp_path / "good.zip").path) as src:
        database = src.read("rxtracker.sqlite3")
    rows = db_dump(ctx.paths.database)
    newer = _archive(tmp_path / "newer.zip", [("rxtracker.sqlite3", database)], schema_version=99)
    with pytest.raises(InvalidInput, match="made by a newer rxtracker \\(schema 99"):
        restore_backup(ctx, newer)
    tampered = _archive(tmp_path / "t.zip", [("rxtracker.sqlite3", database)])
    with zipfile.ZipFile(tampered) as src:
        manifest = json.loads(src.read("manifest.json"))
    manifest["files"][0]["sha256"] = "0" * 64
    with zipfile.ZipFile(tmp_path / "t2.zip", "w") as out:
        out.writestr("manifest.json", json.dumps(manifest))
        out.writestr("rxtracker.sqlite3", database)
    with pytest.raises(InvalidInput, match="does not match its sha256"):
        restore_backup(ctx, tmp_path / "t2.zip")
    bomb = _archive(
        tmp_path / "bomb.zip",
        [("rxtracker.sqlite3", database), (CERT, b"\0" * (16 * 1024 * 1024))],
    )
    with pytest.raises(InvalidInput, match="unpacks to far more than its packed size"):
        restore_backup(ctx, bomb)
    not_a_db = _archive(tmp_path / "nodb.zip", [("rxtracker.sqlite3", b"not a database" * 100)])
    with pytest.raises(InvalidInput, match="the database in the backup cannot be used"):
        restore_backup(ctx, not_a_db)
    missing = _archive(tmp_path / "m.zip", [(CERT, b"%PDF-1.4 x")])
    with pytest.raises(InvalidInput, match="holds no database"):
        restore_backup(ctx, missing)
    assert db_dump(ctx.paths.database) == rows
    assert [p.name for p in ctx.paths.data_dir.iterdir() if p.name.startswith(".restore")] == []


def test_an_older_schema_backup_is_migrated(ctx: Context, tmp_path: Path) -> None:
    old = tmp_path / "v1.sqlite3"
    con = sqlite3.connect(old)
    con.executescript((FIXTURES / "schema_v1.sql").read_text())
    con.executescript((FIXTURES / "data_v1.sql").read_text())
    con.close()
    archive = _archive(
        tmp_path / "v1.zip", [("rxtracker.sqlite3", old.read_bytes())], schema_version=1
    )
    restore_backup(ctx, archive)
    assert ctx.db.schema_version() == SCHEMA_VERSION
    assert people.list_people(ctx) != []


def test_auto_backup_daily_and_rotating(ctx: Context, tmp_path: Path) -> None:
    _fill(ctx, tmp_path)
    first = auto_backup(ctx, TODAY)
    assert first is not None and first.parent == ctx.paths.backups
    assert auto_backup(ctx, TODAY) is None  # once a day
    for day in range(1, 13):
        assert auto_backup(ctx, TODAY + dt.timedelta(days=day)) is not None
    kept = list_auto_backups(ctx)
    assert len(kept) == 10
    assert kept[0].name.startswith("auto-2026-12-07") and kept[-1].name.startswith(
        "auto-2026-11-28"
    )
