"""Finding what the user can recover from when the database cannot be used."""

from __future__ import annotations

from pathlib import Path

from rxtracker.services.paths import AppPaths

BACKUP_SUFFIXES = (".zip", ".sqlite3")


def newest_backup(paths: AppPaths) -> Path | None:
    """The most recent backup file in the data folder's backups/, or None."""
    if not paths.backups.is_dir():
        return None
    candidates = [p for p in paths.backups.iterdir() if p.is_file() and p.suffix in BACKUP_SUFFIXES]
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)
