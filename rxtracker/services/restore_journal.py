"""Making a restore all-or-nothing across a crash, and clearing what interrupted work left.

A restore swaps files (database, its WAL, the certificates folder) with several renames. Before
the first rename a journal names the staging folder; after the last one it is removed. If
rxtracker finds the journal when it opens a data folder, the swap was cut short (a crash, a
kill, a power cut): the parked original files are put back, so the user's records are exactly
as they were before the restore.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from rxtracker.disk import TEMP_SUFFIX, remove_leftovers, sync_folder, write_atomic
from rxtracker.disk.leftovers import age_seconds, is_held
from rxtracker.disk.writes import HOLD_FILE
from rxtracker.domain import StorageError
from rxtracker.i18n import translate
from rxtracker.services.paths import AppPaths
from rxtracker.services.unfinished import INCOMING, PENDING

JOURNAL = ".restore-journal.json"
#: A journal younger than this may belong to a restore another rxtracker is doing right now.
INTERRUPTED_AFTER_SECONDS = 30.0
PARKED = "replaced"
PARKED_CERTIFICATES = "certs"
STAGING_PREFIXES = (".restore-", ".backup-", ".person-")

log = logging.getLogger("rxtracker.restore")


def begin(paths: AppPaths, staging: Path) -> None:
    """Record, durably, that a swap from ``staging`` is about to start."""
    write_atomic(paths.data_dir / JOURNAL, json.dumps({"staging": staging.name}).encode())


def finish(paths: AppPaths) -> None:
    """The swap completed: forget the journal."""
    (paths.data_dir / JOURNAL).unlink(missing_ok=True)
    sync_folder(paths.data_dir)


def recover(paths: AppPaths) -> bool:
    """Undo an interrupted restore and remove leftovers; True when a restore was undone.

    Raises:
        StorageError: a restore by another rxtracker is under way (its staging folder is
            held; without advisory locks: the journal is less than 30 s old).
    """
    journal = paths.data_dir / JOURNAL
    undone = False
    if journal.exists():
        staging = _staging(paths, journal)
        if _restoring_now(journal, staging):
            words = translate(
                "restore_journal",
                "Another rxtracker is restoring a backup into {folder} right now. "
                "Try again in a minute.",
            )
            raise StorageError(words.format(folder=paths.data_dir))
        if staging is not None and (staging / PARKED).is_dir():
            _put_back(paths, staging / PARKED)
            undone = True
            log.warning("an interrupted restore was undone; the records are as before it")
        journal.unlink()
        sync_folder(paths.data_dir)
    remove_temporary_files(paths)
    return undone


def _staging(paths: AppPaths, journal: Path) -> Path | None:
    try:
        name = json.loads(journal.read_text(encoding="utf-8"))["staging"]
    except (ValueError, KeyError, TypeError):
        return None
    return paths.data_dir / name if isinstance(name, str) and "/" not in name else None


def _restoring_now(journal: Path, staging: Path | None) -> bool:
    if staging is not None and (staging / HOLD_FILE).exists():
        return is_held(staging / HOLD_FILE)
    return age_seconds(journal) < INTERRUPTED_AFTER_SECONDS


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


def remove_temporary_files(paths: AppPaths) -> list[Path]:
    """Remove what interrupted work left in the data folder; returns what was removed.

    Temporary files and staging folders (``.*.tmp``: backups, exports, restores, archive
    imports, settings), certificates being copied in (``certificates/.incoming-*``) and
    notes being written: each only once no living process holds it. Staging folders of
    older rxtracker versions go once they are 10 minutes old.
    """
    pending = paths.certificates.with_name(PENDING)
    places = [(paths.data_dir, f".*{TEMP_SUFFIX}"), (paths.backups, f".*{TEMP_SUFFIX}")]
    places += [(paths.certificates, f"{INCOMING}*"), (pending, f".*{TEMP_SUFFIX}")]
    places += [(paths.data_dir, f"{prefix}*") for prefix in STAGING_PREFIXES]
    removed = [path for folder, pattern in places for path in remove_leftovers(folder, pattern)]
    if removed:
        log.info("removed %d temporary files left by interrupted work", len(removed))
    return removed
