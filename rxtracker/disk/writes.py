"""Private folders and files, and the one atomic write every writer uses.

Folders are made 0700 and files 0600 whatever the umask: ``os.mkdir``'s mode passes through
the umask, so each new folder is set again with ``chmod``, and temporary files come from
``mkstemp`` (always 0600). A write goes to a temporary file beside its target, is flushed to
disk and renamed over the target, so the target is either the old file or the new one, never
half of either. While it is being written the temporary file is held with an advisory lock,
so the sweep at the next start (``rxtracker.disk.leftovers``) can tell a file whose writer
died from one that is still being written.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from rxtracker.disk.leftovers import remove_leftovers
from rxtracker.disk.locks import HOLD_FILE, fcntl

__all__ = [
    "HOLD_FILE",
    "HeldTemp",
    "atomic_path",
    "make_folder",
    "make_private",
    "staging_folder",
    "sync_folder",
    "write_atomic",
]

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_SUFFIX = ".tmp"
_GROUP_AND_OTHERS = 0o077


def make_private(path: Path) -> None:
    """Take group and other permissions off a file or folder this user owns.

    Owner bits are kept as they are. A file owned by someone else, a link, or a disk that
    refuses (read-only) is left as it is: tightening is never a reason to fail.
    """
    try:
        info = os.lstat(path)
    except OSError:
        return
    getuid = getattr(os, "getuid", None)
    if stat.S_ISLNK(info.st_mode) or (getuid is not None and info.st_uid != getuid()):
        return
    if info.st_mode & _GROUP_AND_OTHERS:
        with contextlib.suppress(OSError):
            path.chmod(stat.S_IMODE(info.st_mode) & ~_GROUP_AND_OTHERS)


def make_folder(path: Path, *, tighten: bool = True) -> Path:
    """Create ``path`` and any missing parents 0700, whatever the umask; returns ``path``.

    Args:
        path: the folder.
        tighten: also make an existing ``path`` private (rxtracker's own folders); False
            for a folder the user chose to write an export into.

    Raises:
        OSError: a folder cannot be made.
    """
    missing: list[Path] = []
    probe = path
    while not os.path.lexists(probe) and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(FOLDER_MODE)
        except FileExistsError:
            continue
        folder.chmod(FOLDER_MODE)  # mkdir's mode went through the umask
    if tighten and not missing:
        make_private(path)
    return path


class HeldTemp:
    """A 0600 temporary file in ``folder``, locked for as long as this process holds it.

    Its name is ``<prefix><random>.tmp``. ``commit`` flushes it to disk and renames it over
    a target; ``discard`` removes it. Either ends the hold.
    """

    def __init__(self, folder: Path, prefix: str) -> None:
        """Create the file (0600) and take its lock.

        Raises:
            OSError: the folder cannot be written.
        """
        fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=TEMP_SUFFIX)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.path = Path(name)
        self._fd: int | None = fd

    def fileno(self) -> int:
        """The open descriptor of the temporary file (write through it, or through the path)."""
        assert self._fd is not None, "the temporary file was already committed or discarded"
        return self._fd

    def commit(self, target: Path, *, flushed: bool = False) -> Path:
        """Flush the file to disk, make it 0600 and rename it to ``target``; returns target.

        ``flushed``: the caller has flushed the data already (``sync_files``) and will make
        the rename durable itself (``sync_folder`` once for many files).
        """
        fd = self.fileno()
        if not flushed:
            os.fsync(fd)
        self.path.chmod(FILE_MODE)  # a writer that recreated the file may have widened it
        self.path.replace(target)
        if not flushed:
            sync_folder(target.parent)
        self._release()
        return target

    def discard(self) -> None:
        """Remove the file (if it is still there) and end the hold."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        self._release()

    def _release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path, *, tighten_folder: bool = False) -> Iterator[Path]:
    """A temporary path beside ``target`` that becomes ``target`` when the block succeeds.

    The block writes the file by its path (any library: zipfile, sqlite3, a PDF writer).
    On success the file is flushed, made 0600 and renamed over ``target``; on any failure
    (an exception, KeyboardInterrupt) it is removed and ``target`` is left as it was.
    Missing folders are made 0700, and the temporary files of earlier writes of the same
    target whose process died are removed first.

    Args:
        target: the final file.
        tighten_folder: also make an existing folder private (rxtracker's own folders).
    """
    make_folder(target.parent, tighten=tighten_folder)
    prefix = f".{target.name}."
    remove_leftovers(target.parent, glob.escape(prefix) + "*" + TEMP_SUFFIX)  # a killed write's
    temp = HeldTemp(target.parent, prefix)
    try:
        yield temp.path
        temp.commit(target)
    except BaseException:
        temp.discard()
        raise


def write_atomic(target: Path, data: bytes, *, tighten_folder: bool = False) -> Path:
    """Write ``data`` to ``target`` atomically, 0600 (see ``atomic_path``); returns target."""
    with atomic_path(target, tighten_folder=tighten_folder) as temp:
        temp.write_bytes(data)
    return target


@contextlib.contextmanager
def staging_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A private (0700) folder ``<prefix><random>.tmp`` in ``parent``, held while in use.

    The hold lets the sweep at the next start remove the folder of a process that died.

    Raises:
        OSError: the folder cannot be made.
    """
    make_folder(parent)
    folder = Path(tempfile.mkdtemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=parent))
    try:
        fd = os.open(folder / HOLD_FILE, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield folder
    finally:
        _remove_hold_last(folder)
        os.close(fd)


def _remove_hold_last(folder: Path) -> None:
    """Remove a staging folder, its hold file last: a kill midway leaves it sweepable."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name == HOLD_FILE:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


_FEW_FILES = 16


def sync_files(fds: list[int]) -> None:
    """Flush the data of the open files ``fds``, all on one filesystem, to disk.

    A few files are fsync'd one by one. For more, on Linux, one ``syncfs`` does it for all of
    them (one flush of that filesystem instead of one ``fsync`` per file: an archive's
    thousands of certificates cost one, whatever else waits to be written there);
    elsewhere, or if it fails, each file is fsync'd.

    Raises:
        OSError: a file cannot be flushed.
    """
    syncfs = _syncfs() if len(fds) > _FEW_FILES else None
    if syncfs is not None and syncfs(fds[0]) == 0:
        return
    for fd in fds:
        os.fsync(fd)


def _syncfs() -> Callable[[int], int] | None:
    """The C library's ``syncfs`` (Linux), loaded on first use; None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only here: most writes never need it

    try:
        function: Callable[[int], int] = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    return function


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX); not possible (nor needed) on Windows."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
