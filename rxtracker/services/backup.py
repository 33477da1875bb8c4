"""Backup and restore of the whole data folder, and the automatic rotating backups.

A backup is one zip: a consistent snapshot of the database (SQLite's online backup API, safe
while the app is open), every certificate file, and a manifest with the app and schema
versions and every file's sha256 (``rxtracker.exchange.archive``).

Restoring checks the archive before touching anything, unpacks it into a fresh folder inside
the data folder (checking every sha256), opens the unpacked database to be sure it is one,
saves the current data as a backup zip, and only then swaps the files in.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import rxtracker
from rxtracker.db import Database, DatabaseError
from rxtracker.db.migrations import SCHEMA_VERSION
from rxtracker.db.schema import schema_differences
from rxtracker.disk import make_folder, make_private, staging_folder
from rxtracker.domain import InvalidInput
from rxtracker.exchange.archive import (
    CERTIFICATES,
    DATABASE,
    Manifest,
    extract_archive,
    inspect_archive,
    write_archive,
)
from rxtracker.i18n import translate
from rxtracker.services import restore_journal
from rxtracker.services.context import Context, local_database
from rxtracker.services.instance import refuse_if_open_elsewhere

AUTO_PREFIX = "auto-"
AUTO_KEEP = 10


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup written."""

    path: Path
    manifest: Manifest

    @property
    def certificate_count(self) -> int:
        """How many certificate files it holds."""
        return sum(1 for f in self.manifest.files if f.name.startswith(CERTIFICATES))


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """A restore done."""

    restored_from: Path
    manifest: Manifest
    previous_data: Path  # the backup of the data that was replaced


def create_backup(ctx: Context, out: Path, *, now: dt.datetime | None = None) -> BackupResult:
    """Write a backup zip of the database and every certificate file to ``out``."""
    stamp = now or ctx.clock.now()
    with staging_folder(out.parent, f".{out.name}.") as work:
        snapshot = local_database(ctx).copy_to(Path(work) / DATABASE)
        certificates = [
            p
            for p in ctx.paths.certificates.glob("*")
            if p.is_file() and not p.is_symlink() and not p.name.startswith(".")
        ]
        manifest = write_archive(
            out,
            snapshot,
            certificates,
            app_version=rxtracker.__version__,
            schema_version=ctx.db.schema_version(),
            created_at=stamp,
        )
    return BackupResult(out, manifest)


def restore_backup(ctx: Context, archive: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the data folder's database and certificates with a backup's.

    The context's database connections are closed; the same ``ctx`` keeps working on the
    restored file (which is migrated if it comes from an older rxtracker).

    Raises:
        InvalidInput: field "backup": the archive is unsafe, damaged, not a backup, made
            by a newer rxtracker, or its database has tables, columns, indexes, triggers or
            views rxtracker does not make. Nothing has been changed.
        StorageError: another rxtracker (the desktop app) has the data folder open.
    """
    local_database(ctx)  # a team database is restored on its server
    stamp = now or ctx.clock.now()
    refuse_if_open_elsewhere(ctx.paths, translate("backup", "restore a backup"))
    manifest = inspect_archive(archive, max_schema=SCHEMA_VERSION)
    with staging_folder(ctx.paths.data_dir, ".restore-") as staging:
        extract_archive(archive, manifest, staging)
        _check_database(staging / DATABASE)
        previous = create_backup(ctx, _stamped(ctx, "before-restore-", stamp), now=stamp)
        ctx.db.close()
        restore_journal.begin(ctx.paths, staging)
        _swap_in(ctx, staging)
        restore_journal.finish(ctx.paths)
        ctx.catalogs.forget()  # the backup's custom types
    Database(ctx.paths.database, backups_dir=ctx.paths.backups).close()  # migrate if older
    return RestoreResult(archive, manifest, previous.path)


@dataclass(frozen=True, slots=True)
class BackupPreview:
    """What a backup holds, read from a checked copy before anything is replaced.

    Attributes:
        people: each person's name with their numbers of credentials and activities.
    """

    path: Path
    created_at: str  # ISO, UTC
    app_version: str
    people: tuple[tuple[str, int, int], ...]
    certificates: int


def preview_backup(ctx: Context, archive: Path) -> BackupPreview:
    """Unpack and check a backup as :func:`restore_backup` would, and say what it holds.

    Nothing in the data folder changes.

    Raises:
        InvalidInput: as :func:`restore_backup`.
    """
    local_database(ctx)
    manifest = inspect_archive(archive, max_schema=SCHEMA_VERSION)
    with staging_folder(ctx.paths.data_dir, ".restore-preview-") as staging:
        extract_archive(archive, manifest, staging)
        _check_database(staging / DATABASE)
        con = sqlite3.connect(staging / DATABASE)
        try:
            rows = con.execute(
                "SELECT p.name, (SELECT count(*) FROM credential c WHERE c.person_id = p.id), "
                "(SELECT count(*) FROM activity a WHERE a.person_id = p.id) "
                "FROM person p ORDER BY lower(p.name), p.id"
            ).fetchall()
        finally:
            con.close()
    certificates = len([f for f in manifest.files if f.name.startswith(CERTIFICATES)])
    people = tuple((str(n), int(c), int(a)) for n, c, a in rows)
    return BackupPreview(archive, manifest.created_at, manifest.app_version, people, certificates)


def _check_database(path: Path) -> None:
    """Open (and migrate, if older) the unpacked database; refuse a damaged or foreign one.

    After migration its schema must be exactly the one rxtracker makes: a trigger, view,
    table, column or index of its own could change or delete records behind every later
    action.
    """
    try:
        Database(path, backups_dir=path.parent / "migration-backups").close()
        con = sqlite3.connect(path)
        try:
            verdict = con.execute("PRAGMA quick_check").fetchone()[0]
            differences = schema_differences(con)
        finally:
            con.close()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        problem = translate("backup", "the database in the backup cannot be used: {error}")
        raise InvalidInput("backup", problem.format(error=exc)) from None
    if verdict != "ok":
        problem = translate("backup", "the database in the backup is damaged ({verdict})")
        raise InvalidInput("backup", problem.format(verdict=verdict))
    if differences:
        problem = translate(
            "backup",
            "the database in the backup is not laid out as rxtracker makes it ({differences}). "
            "It was not restored.",
        )
        raise InvalidInput("backup", problem.format(differences="; ".join(differences[:3])))


def _swap_in(ctx: Context, staging: Path) -> None:
    """Move the unpacked files into place; the old ones are put back if a move fails."""
    data = ctx.paths.database
    old = staging / restore_journal.PARKED
    make_folder(old)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            current = data.with_name(data.name + suffix)
            if current.exists():
                moved.append((current, current.rename(old / current.name)))
        if ctx.paths.certificates.exists():
            parked = old / restore_journal.PARKED_CERTIFICATES
            moved.append((ctx.paths.certificates, ctx.paths.certificates.rename(parked)))
        (staging / DATABASE).rename(data)
        new_certificates = staging / CERTIFICATES.rstrip("/")
        make_folder(new_certificates)
        new_certificates.rename(ctx.paths.certificates)
    except BaseException:
        data.unlink(missing_ok=True)
        for original, parked in reversed(moved):
            if original.is_dir():
                shutil.rmtree(original)
            parked.rename(original)
        raise
    make_private(data)


def _stamped(ctx: Context, prefix: str, when: dt.datetime) -> Path:
    name = f"{prefix}{when.strftime('%Y-%m-%dT%H%M%S')}.zip"
    return ctx.paths.backups / name


def auto_backup(ctx: Context, today: dt.date, *, keep: int = AUTO_KEEP) -> Path | None:
    """Take the day's automatic backup if there is none yet, keeping the newest ``keep``.

    Meant to run when the app starts. Returns the new backup's path, or None when today's
    backup already exists.
    """
    folder = ctx.paths.backups
    if any(folder.glob(f"{AUTO_PREFIX}{today.isoformat()}*.zip")):
        return None
    now = ctx.clock.now()
    out = folder / f"{AUTO_PREFIX}{today.isoformat()}T{now.strftime('%H%M%S')}.zip"
    create_backup(ctx, out, now=now)
    for stale in list_auto_backups(ctx)[keep:]:
        stale.unlink(missing_ok=True)
    return out


def list_auto_backups(ctx: Context) -> list[Path]:
    """The automatic backups, newest first."""
    return sorted(ctx.paths.backups.glob(f"{AUTO_PREFIX}*.zip"), reverse=True)
