"""Checks on a file the user hands to rxtracker (a certificate, a file to import)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from rxtracker.domain.errors import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: What the system says of the commonest failures, in the C library's English words.
_OS_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("files", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("files", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("files", "Operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("files", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("files", "Not a directory"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("files", "No space left on device"),
    errno.EROFS: QT_TRANSLATE_NOOP("files", "Read-only file system"),
    errno.EEXIST: QT_TRANSLATE_NOOP("files", "File exists"),
}


def os_error_words(exc: OSError) -> str:
    """What the system said, in the interface language when rxtracker knows the words.

    Untranslated (English, or a failure not listed) it is the system's own message.
    """
    words = _OS_ERRORS.get(exc.errno or 0)
    translated = translate("files", words) if words else None
    if translated is not None and translated != words:
        return translated
    return str(exc.strerror or exc)


def display_name(path: Path, *, full: bool = False) -> str:
    """A file's name (or whole path) as text; bytes that are not UTF-8 are shown as '?'.

    A name written on an old disk or by another system can hold such bytes; Python keeps
    them as lone surrogates, which no database, terminal or PDF accepts.
    """
    raw = os.fsencode(str(path) if full else path.name)
    return raw.decode("utf-8", errors="replace").replace("\ufffd", "?")


def check_input_file(path: Path, field: str, limit_bytes: int, limit_words: str) -> int:
    """Refuse a missing, non-regular, empty or oversized file; returns its size in bytes.

    Args:
        path: the file.
        field: the field named in the message ("certificate", "file").
        limit_bytes: the largest size accepted.
        limit_words: how the limit is said, e.g. "the limit is 25 MB".

    Raises:
        InvalidInput: naming the field and what is wrong with the file.
    """
    if not path.exists():
        problem = translate("files", "{file} does not exist")
        raise InvalidInput(field, problem.format(file=display_name(path, full=True)))
    if not path.is_file():
        problem = translate("files", "{file} is not a file")
        raise InvalidInput(field, problem.format(file=display_name(path, full=True)))
    size = path.stat().st_size
    if size > limit_bytes:
        problem = translate("files", "{file} is {size} MB; {limit}")
        size_text = f"{size / 1048576:.1f}"
        raise InvalidInput(
            field, problem.format(file=display_name(path), size=size_text, limit=limit_words)
        )
    if size == 0:
        problem = translate("files", "{file} is empty")
        raise InvalidInput(field, problem.format(file=display_name(path)))
    return size
