"""What an unfinished certificate write leaves beside the certificate folder (no SQLAlchemy).

Kept apart from ``certificates`` so that opening the records (``restore_journal``,
``quick``) can look for leftovers without loading the ORM.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The folder (beside the certificate folder) of names published by unfinished writes.
PENDING = ".certificates-pending"
#: How the names of certificates being copied in begin (``.incoming-<random>.tmp``).
INCOMING = ".incoming-"


def pending_markers(certificates: Path) -> list[Path]:
    """The notes of writes that published certificates and never committed (usually none)."""
    try:
        return [
            Path(e.path)
            for e in os.scandir(certificates.with_name(PENDING))
            if e.is_file() and not e.name.startswith(".")  # ".*.tmp": a note being written
        ]
    except OSError:  # no such folder: nothing unfinished
        return []
