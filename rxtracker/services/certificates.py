"""The certificate store: files checked, copied into the data folder under their sha256.

The store is content-addressed, so two records may share one file. Two rules keep a file
that a record points to from ever being deleted, whatever other rxtracker processes do:

1. **A file enters the store inside the write transaction of the record that points to it.**
   It is first copied to a temporary ``.incoming-*`` file (flushed to disk) outside any
   transaction; ``CertificateBatch.publish`` then renames it to its final name after the
   transaction has taken the write lock, and notes the names in ``.certificates-pending/``
   in case the transaction never commits.
2. **A file leaves the store only under the write lock**, and only when no committed record
   points to it (``discard_if_unreferenced``, ``purge_unreferenced_certificates``).

While one process holds the write lock no other can be between publishing and committing,
so a file seen unreferenced under the lock is referenced by nobody, not even by a record
about to be committed. Names left there by a process that died before its commit are
settled by ``settle_leftovers`` when the data folder is next opened.
"""

from __future__ import annotations

import hashlib
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.db import Attachment
from rxtracker.db.certificate_blobs import Blob, blob_content, put_blobs
from rxtracker.db.pg_security import MAX_BLOB_BYTES
from rxtracker.disk import HeldTemp, make_folder, sync_files, sync_folder, write_atomic
from rxtracker.domain import InvalidInput, NotFound, RxError, StorageError
from rxtracker.domain.files import check_input_file, display_name
from rxtracker.i18n import translate
from rxtracker.services.unfinished import INCOMING, PENDING, pending_markers

if TYPE_CHECKING:
    from rxtracker.services.context import Context

MAX_CERTIFICATE_BYTES = MAX_BLOB_BYTES  # 25 MB
#: The folder (in the data folder) of private copies of a team database's certificates.
OPENED = "opened-certificates"

log = logging.getLogger("rxtracker.certificates")

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
    limit = translate("certificates", "the limit is 25 MB")
    size = check_input_file(source, "certificate", MAX_CERTIFICATE_BYTES, limit)
    with source.open("rb") as handle:
        kind = sniff(handle.read(16))
    if kind is None:
        problem = translate("certificates", "{file} is not a PDF, PNG or JPEG file")
        raise InvalidInput("certificate", problem.format(file=display_name(source)))
    return kind[0], kind[1], size


def on_team_database(ctx: Context) -> bool:
    """True when the records (and so the certificates' bytes) are in a team database."""
    return ctx.paths.database_url is not None


def certificate_kept(ctx: Context, stored_name: str) -> bool:
    """True when a certificate's bytes are still kept, so a record may point to it again.

    A team database never lets bytes go (a login cannot see who else points to them).
    """
    return on_team_database(ctx) or (ctx.paths.certificates / stored_name).is_file()


def certificate_file(ctx: Context, stored_name: str, sha256: str) -> Path:
    """A file holding a stored certificate, to open with the system viewer.

    On a team database the bytes are written to a private copy in the data folder
    (``opened-certificates``, 0700; the file 0600).

    Raises:
        NotFound: the signed-in login may not read this certificate, or it is gone.
        StorageError: the private copy cannot be written.
    """
    if not on_team_database(ctx):
        return ctx.paths.certificates / stored_name
    with ctx.db.read() as session:
        content = blob_content(session, sha256)
    if content is None:
        raise NotFound("certificate", stored_name)
    target = ctx.paths.data_dir / OPENED / stored_name
    try:
        return write_atomic(target, content, tighten_folder=True)
    except OSError as exc:
        problem = translate(
            "certificates", "Could not write a copy of the certificate to open in {folder}: {error}"
        )
        raise StorageError(problem.format(folder=target.parent, error=exc.strerror or exc)) from exc


@dataclass
class CertificateBatch:
    """Certificates on their way into the store, with the transaction that references them.

    Use::

        with CertificateBatch(ctx) as batch:
            stored = batch.stage(path)              # copied, not yet stored
            with ctx.db.write() as session:
                batch.publish(session)              # under the write lock
                ...                                 # the records that point to them

    On leaving the ``with``, temporary copies are removed; if the transaction failed after
    publishing, the published files no committed record points to are deleted again (under
    the write lock; if that cannot be had now, at the next start).
    """

    ctx: Context
    _staged: list[tuple[HeldTemp, StoredFile]] = field(default_factory=list)
    _marker: Path | None = None
    _blobs: list[Blob] = field(default_factory=list)  # a team database's: bytes, not files

    def __enter__(self) -> CertificateBatch:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        for temp, _ in self._staged:
            temp.discard()
        marker, self._marker = self._marker, None
        if marker is None:
            return
        if kind is None:
            marker.unlink(missing_ok=True)
        else:
            _settle_quietly(self.ctx, [marker])

    def stage(self, source: Path) -> StoredFile:
        """Check ``source`` and copy it to a temporary file in the store (flushed to disk).

        Raises:
            InvalidInput: field "certificate": not a usable certificate file.
            StorageError: the copy cannot be written.
        """
        media_type, ext, _ = check_certificate(source)
        if on_team_database(self.ctx):
            return self._stage_blob(source, media_type, ext)
        temp, digest, size = _copy_in(source, self.ctx.paths.certificates)
        stored = StoredFile(digest + ext, display_name(source)[:255], media_type, digest, size)
        self._staged.append((temp, stored))
        return stored

    def _stage_blob(self, source: Path, media_type: str, ext: str) -> StoredFile:
        with source.open("rb") as handle:
            content = handle.read(MAX_CERTIFICATE_BYTES + 1)
        if len(content) > MAX_CERTIFICATE_BYTES:
            raise InvalidInput("certificate", _grew(source))
        digest = hashlib.sha256(content).hexdigest()
        self._blobs.append((digest, media_type, content))
        return StoredFile(
            digest + ext, display_name(source)[:255], media_type, digest, len(content)
        )

    def publish(self, session: Session) -> None:
        """Give the staged copies their final names, inside ``session``'s write transaction.

        On a team database the staged bytes go into the database instead, in the same
        transaction.

        Raises:
            StorageError: the store cannot be written.
        """
        blobs, self._blobs = self._blobs, []
        put_blobs(session, blobs)
        if not self._staged:
            return
        session.connection()  # BEGIN IMMEDIATE: the write lock is ours from here to commit
        folder = self.ctx.paths.certificates
        names = sorted({stored.stored_name for _, stored in self._staged})
        try:
            marker = folder.with_name(PENDING) / f"{uuid.uuid4().hex}.txt"
            self._marker = write_atomic(marker, ("\n".join(names) + "\n").encode("ascii"))
            sync_files([temp.fileno() for temp, _ in self._staged])  # one flush for them all
            for temp, stored in self._staged:
                target = folder / stored.stored_name
                if target.exists():
                    temp.discard()
                else:
                    temp.commit(target, flushed=True)
            sync_folder(folder)  # every rename at once, before the records are committed
        except OSError as exc:
            raise StorageError(_not_saved(folder, exc)) from exc
        self._staged.clear()


def _copy_in(source: Path, folder: Path) -> tuple[HeldTemp, str, int]:
    """Copy ``source`` to an ``.incoming-*`` file in ``folder``: (file, sha256, size).

    Not yet flushed to disk: ``publish`` flushes every staged file at once.
    """
    digest = hashlib.sha256()
    try:
        tmp = HeldTemp(make_folder(folder), INCOMING)
    except OSError as exc:
        raise StorageError(_not_saved(folder, exc)) from exc
    try:
        size = 0
        with os.fdopen(os.dup(tmp.fileno()), "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                if size > MAX_CERTIFICATE_BYTES:
                    raise InvalidInput("certificate", _grew(source))
            out.flush()
    except OSError as exc:
        tmp.discard()
        problem = translate(
            "certificates", "Could not copy {file} into {folder}: {error}. Nothing was saved."
        )
        raise StorageError(
            problem.format(file=display_name(source), folder=folder, error=exc.strerror or exc)
        ) from exc
    except BaseException:
        tmp.discard()
        raise
    return tmp, digest.hexdigest(), size


def discard_if_unreferenced(ctx: Context, stored_names: list[str]) -> list[str]:
    """Delete these certificate files unless a committed record points to them.

    Runs under the write lock, so no other process can be about to commit a record that
    points to one of them. Returns the names deleted.
    """
    if not stored_names or on_team_database(ctx):
        return []
    with ctx.db.write() as session:
        return _delete_unreferenced(ctx, session, set(stored_names))


def forget_deleted(ctx: Context, stored_names: list[str]) -> list[str]:
    """Delete the files no record points to, once the deletes that left them are final.

    Never raises: a busy or read-only store keeps them for the start-up clean-up
    (``clean_up_certificates``). Returns the names deleted.
    """
    return _quietly(
        "certificate files of deleted activities", discard_if_unreferenced, ctx, stored_names
    )


def clean_up_certificates(ctx: Context) -> list[str]:
    """At start-up: delete every certificate file no record points to.

    Activities deleted in an earlier session, or from the command line, whose undo window
    has closed.

    Never raises: a busy or read-only store is tried again at the next start.
    """
    return _quietly("certificate files no record points to", purge_unreferenced_certificates, ctx)


def purge_unreferenced_certificates(ctx: Context) -> list[str]:
    """Delete every stored certificate file no record points to (under the write lock).

    Temporary ``.incoming-*`` copies are not touched: they may belong to a write that is
    running now. Returns the names deleted.
    """
    folder = ctx.paths.certificates
    if on_team_database(ctx):
        return []
    with ctx.db.write() as session:
        session.connection()
        referenced = set(session.scalars(select(Attachment.stored_name)))
        removed = sorted(
            p.name
            for p in folder.glob("*")
            if p.is_file() and not p.name.startswith(".") and p.name not in referenced
        )
        for name in removed:
            (folder / name).unlink(missing_ok=True)
        for marker in pending_markers(folder):
            marker.unlink(missing_ok=True)
    return removed


def settle_leftovers(ctx: Context) -> list[str]:
    """Delete the files published by writes that never committed (a kill, a failed import).

    Cheap when there is nothing to do: one look at an (almost always missing) folder.
    Never raises for a busy or read-only store: the next start tries again. Returns the
    names deleted.
    """
    if on_team_database(ctx) or not pending_markers(ctx.paths.certificates):
        return []
    return _settle_quietly(ctx, None)


def _settle_quietly(ctx: Context, markers: list[Path] | None) -> list[str]:
    try:
        with ctx.db.write() as session:
            session.connection()  # the lock first: no marker then belongs to a live write
            found = pending_markers(ctx.paths.certificates) if markers is None else markers
            names = set()
            for marker in found:
                names |= set(_read_marker(marker))
            removed = _delete_unreferenced(ctx, session, names)
            for marker in found:
                marker.unlink(missing_ok=True)
    except (RxError, OSError) as exc:
        log.warning("certificate files of an unfinished write kept for the next start: %s", exc)
        return []
    if removed:
        log.info("removed %d certificate files of an unfinished write", len(removed))
    return removed


def _quietly(what: str, clean: Callable[..., list[str]], *args: Any) -> list[str]:
    try:
        removed = clean(*args)
    except (RxError, OSError) as exc:
        log.warning("%s kept for the next start: %s", what, exc)
        return []
    if removed:
        log.info("removed %d %s", len(removed), what)
    return removed


def _delete_unreferenced(ctx: Context, session: Session, names: set[str]) -> list[str]:
    referenced = set(
        session.scalars(select(Attachment.stored_name).where(Attachment.stored_name.in_(names)))
    )
    removed = sorted(names - referenced)
    for name in removed:
        (ctx.paths.certificates / name).unlink(missing_ok=True)
    return removed


def _read_marker(marker: Path) -> list[str]:
    try:
        lines = marker.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []
    # Only store names: a marker never makes rxtracker delete anything outside the store.
    return [n for n in lines if "/" not in n and "\\" not in n and not n.startswith(".")]


def _grew(source: Path) -> str:
    """'cert.pdf grew past 25 MB' (it changed while it was read)."""
    return translate("certificates", "{file} grew past 25 MB").format(file=display_name(source))


def _not_saved(folder: Path, exc: OSError) -> str:
    """Why the certificate store refused the file; nothing was saved."""
    problem = translate(
        "certificates", "Could not save the certificate in {folder}: {error}. Nothing was saved."
    )
    return problem.format(folder=folder, error=exc.strerror or exc)
