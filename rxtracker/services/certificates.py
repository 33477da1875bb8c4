"""Certificate files: checked, copied into the data folder under their sha256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from rxtracker.db import Attachment
from rxtracker.domain import InvalidInput, StorageError
from rxtracker.domain.files import check_input_file

if TYPE_CHECKING:
    from rxtracker.services.context import Context

MAX_CERTIFICATE_BYTES = 25 * 1024 * 1024

#: Leading bytes of the accepted file types -> (media type, extension).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
)


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A certificate copied into the data folder."""

    stored_name: str
    original_name: str
    media_type: str
    sha256: str
    size_bytes: int


def sniff(head: bytes) -> tuple[str, str] | None:
    """(media type, extension) from a file's first bytes, or None if not PDF/PNG/JPEG."""
    for magic, media_type, ext in _MAGIC:
        if head.startswith(magic):
            return media_type, ext
    return None


def check_certificate(source: Path) -> tuple[str, str, int]:
    """Check a certificate file before anything is written.

    Returns:
        (media type, extension, size in bytes).

    Raises:
        InvalidInput: field "certificate": missing, not a file, too big, or not PDF/PNG/JPEG.
    """
    size = check_input_file(source, "certificate", MAX_CERTIFICATE_BYTES, "the limit is 25 MB")
    with source.open("rb") as handle:
        kind = sniff(handle.read(16))
    if kind is None:
        raise InvalidInput("certificate", f"{source.name} is not a PDF, PNG or JPEG file")
    return kind[0], kind[1], size


def store_certificate(source: Path, folder: Path) -> StoredFile:
    """Copy ``source`` into ``folder`` as ``<sha256><ext>``; the original is only read.

    The copy is written to a temporary file, flushed to disk and renamed, so a crash never
    leaves half a certificate under its final name.
    """
    media_type, ext, _ = check_certificate(source)
    digest = hashlib.sha256()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    except OSError as exc:
        raise StorageError(
            f"Could not save the certificate in {folder}: {exc.strerror or exc}. Nothing was saved."
        ) from exc
    tmp = Path(tmp_name)
    try:
        size = 0
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                if size > MAX_CERTIFICATE_BYTES:
                    raise InvalidInput("certificate", f"{source.name} grew past 25 MB")
            out.flush()
            os.fsync(out.fileno())
        stored_name = digest.hexdigest() + ext
        target = folder / stored_name
        if target.exists():
            tmp.unlink()
        else:
            tmp.chmod(0o600)
            tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"Could not copy {source.name} into {folder}: {exc.strerror or exc}. Nothing was saved."
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return StoredFile(stored_name, source.name[:255], media_type, digest.hexdigest(), size)


def discard_if_unreferenced(ctx: Context, stored_names: list[str]) -> None:
    """Delete these certificate files unless a record still points to them."""
    with ctx.db.read() as session:
        referenced = set(
            session.scalars(
                select(Attachment.stored_name).where(Attachment.stored_name.in_(stored_names))
            )
        )
    for name in set(stored_names) - referenced:
        (ctx.paths.certificates / name).unlink(missing_ok=True)
