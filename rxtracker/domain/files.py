"""Checks on a file the user hands to rxtracker (a certificate, a file to import)."""

from __future__ import annotations

from pathlib import Path

from rxtracker.domain.errors import InvalidInput


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
        raise InvalidInput(field, f"{path} does not exist")
    if not path.is_file():
        raise InvalidInput(field, f"{path} is not a file")
    size = path.stat().st_size
    if size > limit_bytes:
        raise InvalidInput(field, f"{path.name} is {size / 1048576:.1f} MB; {limit_words}")
    if size == 0:
        raise InvalidInput(field, f"{path.name} is empty")
    return size
