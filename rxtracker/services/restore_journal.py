"""Making a restore all-or-nothing across a crash, and clearing what interrupted work left.

A restore swaps files (database, its WAL, the certificates folder) with several renames. Before
the first rename a journal names the staging folder; after the last one it is removed. If
rxtracker finds the journal when it opens a data folder, the swap was cut short (a crash, a
kill, a power cut): the parked original files are put back, so the user's records are exactly
as they were before the restore.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from pathlib import Path

from rxtracker.domain import StorageError
from rxtracker.services.paths import AppPaths

JOURNAL = ".restore-journal.json"
#: A journal younger than this may belong to a restore another rxtracker is doing right now.
INTERRUPTED_AFTER_SECONDS = 30.0
#: Staging folders and temporary files younger than this may belong to live work.
LEFTOVER_AFTER_SECONDS = 600.0
PARKED = "replaced"
PARKED_CERTIFICATES = "certs"
STAGING_PREFIXES = (".restore-", ".backup-", ".person-")

log = logging.getLogger("rxtracker.restore")


def begin(paths: AppPaths, staging: Path) -> None:
    """Record, durably, that a swap from ``staging`` is about to start."""
    journal = paths.data_dir / JOURNAL
    tmp = journal.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump({"staging": staging.name}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(journal)
    _sync_folder(paths.data_dir)


def finish(paths: AppPaths) -> None:
    """The swap completed: forget the journal."""
    (paths.data_dir / JOURNAL).unlink(missing_ok=True)
    _sync_folder(paths.data_dir)


def recover(paths: AppPaths) -> bool:
    """Undo an interrupted restore and remove leftovers; True when a restore was undone.

    Raises:
        StorageError: a restore by another rxtracker may be under way (journal < 30 s old).
    """
    journal = paths.data_dir / JOURNAL
    undone = False
    if journal.exists() and _age(journal) < INTERRUPTED_AFTER_SECONDS:
        raise StorageError(
            f"Another rxtracker is restoring a backup into {paths.data_dir} right now. "
            "Try again in a minute."
        )
    if journal.exists():
        try:
            staging = paths.data_dir / json.loads(journal.read_text(encoding="utf-8"))["staging"]
        except (ValueError, KeyError, TypeError):
            staging = None
        if staging is not None and (staging / PARKED).is_dir():
            _put_back(paths, staging / PARKED)
            undone = True
            log.warning("an interrupted restore was undone; the records are as before it")
        journal.unlink()
        _sync_folder(paths.data_dir)
    _remove_leftovers(paths)
    return undone


def _put_back(paths: AppPaths, parked: Path) -> None:
    database = paths.database
    parked_files = [database.name + s for s in ("", "-wal", "-shm")]
    if (parked / database.name).exists():
        for name in parked_files:
            database.with_name(name).unlink(missing_ok=True)
        for name in parked_files:
            if (parked / name).exists():
                (parked / name).rename(database.with_name(name))
    if (parked / PARKED_CERTIFICATES).is_dir():
        if paths.certificates.exists():
            shutil.rmtree(paths.certificates)
        (parked / PARKED_CERTIFICATES).rename(paths.certificates)


def _remove_leftovers(paths: AppPaths) -> None:
    """Staging folders of interrupted backups and restores, and half-written backup files."""
    if paths.data_dir.is_dir():
        for folder in paths.data_dir.iterdir():
            if (
                folder.is_dir()
                and folder.name.startswith(STAGING_PREFIXES)
                and _age(folder) >= LEFTOVER_AFTER_SECONDS
            ):
                shutil.rmtree(folder, ignore_errors=True)
    if paths.backups.is_dir():
        for tmp in paths.backups.glob(".*.tmp"):
            if _age(tmp) >= LEFTOVER_AFTER_SECONDS:
                tmp.unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _sync_folder(folder: Path) -> None:
    # Make renames in the folder durable (POSIX); not possible (nor needed) on Windows.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
