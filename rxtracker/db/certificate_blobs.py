"""Certificate bytes kept in a team database (PostgreSQL), content-addressed (issue 13).

The local SQLite file keeps its certificates as files in the data folder; a team's computers
share no folder, so there the bytes go into ``certificate_blob`` (one row per sha256, in the
same transaction as the attachment that points to it) under the row-level security of
``pg_security``: a login reads a blob only while an attachment it may read points to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import LargeBinary, bindparam, func, select
from sqlalchemy.orm import Session

from rxtracker.db.pg_security import CERTIFICATE_BLOB

#: One certificate's bytes: (sha256 hex, media type, content).
Blob = tuple[str, str, bytes]


def put_blobs(session: Session, blobs: Iterable[Blob]) -> None:
    """Store these certificates' bytes in ``session``'s transaction (each sha256 once).

    Through ``rxtracker_put_certificate``: the login may not see a copy someone else stored.
    """
    rows = [{"digest": s, "media": m, "bytes": c} for s, m, c in blobs]
    if rows:
        put = func.rxtracker_put_certificate(
            bindparam("digest"), bindparam("media"), bindparam("bytes", type_=LargeBinary)
        )
        session.execute(select(put), rows)


def blob_content(session: Session, sha256: str) -> bytes | None:
    """The bytes of a certificate the signed-in login may read, else None."""
    query = select(CERTIFICATE_BLOB.c.content).where(CERTIFICATE_BLOB.c.sha256 == sha256)
    content = session.execute(query).scalar_one_or_none()
    return bytes(content) if content is not None else None


def stored_blobs(session: Session, digests: Iterable[str]) -> set[str]:
    """Which of these sha256 digests have their bytes in the database (and may be read)."""
    wanted = set(digests)
    if not wanted:
        return set()
    query = select(CERTIFICATE_BLOB.c.sha256).where(CERTIFICATE_BLOB.c.sha256.in_(wanted))
    return set(session.scalars(query))
