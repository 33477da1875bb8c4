"""Whether another running rxtracker has a data folder open (the desktop app's lock).

The desktop app holds ``rxtracker.lock`` (Qt's ``QLockFile``) for as long as it runs. Qt
writes the holder's process id as the file's first line and keeps an advisory lock
(``flock``) on it, which the system drops when that process ends, however it ends.
"""

from __future__ import annotations

import os

from rxtracker.disk.leftovers import is_held
from rxtracker.domain import StorageError
from rxtracker.i18n import translate
from rxtracker.services.paths import AppPaths


def holder_elsewhere(paths: AppPaths) -> int | None:
    """The process id of another rxtracker holding the folder's lock (0: not said), or None.

    None too for a lock left by a crashed app, and for this process's own lock (the app
    restoring a backup itself).
    """
    lock = paths.instance_lock
    try:
        first_line = lock.read_text(encoding="ascii", errors="replace").split("\n", 1)[0]
    except OSError:
        return None
    pid = int(first_line) if first_line.strip().isdigit() else 0
    if pid == os.getpid() or not is_held(lock):
        return None
    return pid


def refuse_if_open_elsewhere(paths: AppPaths, action: str) -> None:
    """Refuse ``action`` ("restore a backup", translated) while another rxtracker has it open.

    Raises:
        StorageError: naming the other process and the lock file.
    """
    pid = holder_elsewhere(paths)
    if pid is None:
        return
    if pid:
        words = translate(
            "instance",
            "rxtracker cannot {action} now: the desktop app (process {pid}) has the records in "
            "{folder} open (it holds {lock}). Its next saves would be lost. Close it, then try "
            "again. Nothing was changed.",
        )
    else:
        words = translate(
            "instance",
            "rxtracker cannot {action} now: the desktop app has the records in {folder} open "
            "(it holds {lock}). Its next saves would be lost. Close it, then try again. "
            "Nothing was changed.",
        )
    lock = paths.instance_lock.name
    raise StorageError(words.format(action=action, pid=pid, folder=paths.data_dir, lock=lock))
