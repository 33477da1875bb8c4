"""Opening the records only to read them, without SQLAlchemy (``status``, ``ce list``).

A command that only reads spends most of its time importing SQLAlchemy and the ORM. When
the local file needs nothing done before it is read (no interrupted restore or write to
finish, nothing to migrate, no side file to check: see ``rxtracker.db.quick``), such a
command reads it through ``sqlite3`` instead: the same reads (``rxtracker.db.reads``) into
the same plain rows as the services give. Otherwise :func:`quick_context` returns None and
the command opens the records the normal way (``services.open_context``).
"""

from __future__ import annotations

from rxtracker.db.quick import QuickDatabase
from rxtracker.domain import Clock
from rxtracker.services.catalogs import CatalogCache
from rxtracker.services.paths import AppPaths
from rxtracker.services.restore_journal import recover
from rxtracker.services.unfinished import pending_markers

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.catalog import Catalog
    from rxtracker.services.context import Context


class QuickContext:
    """An rxtracker data folder opened for reading only, through ``sqlite3``.

    Has what the reading services use of a ``Context``: ``paths``, ``db`` (read with
    ``rxtracker.db.quick.reading``), ``clock``, ``catalog`` (loaded when first asked for)
    and ``catalogs`` (the full catalog, with the custom types: ``services.catalogs``).
    """

    def __init__(self, paths: AppPaths, db: QuickDatabase, clock: Clock | None = None) -> None:
        """Read the records of ``paths`` through ``db``."""
        self.paths = paths
        self.db = db
        self.clock = clock or Clock()
        self._catalog: Catalog | None = None
        self.catalogs = CatalogCache()

    @property
    def catalog(self) -> Catalog:
        """The built-in credential types (from the cache, as ``open_context`` loads them)."""
        if self._catalog is None:
            from rxtracker.catalog.cache import load_catalog  # not needed by ``ce list``

            self._catalog = load_catalog(self.paths.cache_dir)
        return self._catalog

    def close(self) -> None:
        """Release the database."""
        self.db.close()


if TYPE_CHECKING:
    from typing import TypeAlias

    #: What the reads that work both ways take: a normal context or a quick one.
    Reading: TypeAlias = "Context | QuickContext"


def quick_context(paths: AppPaths, clock: Clock | None = None) -> QuickContext | None:
    """The local records opened read-only, or None when they need the normal opening.

    Finishes what an interrupted restore left (as ``open_context`` does), then opens the
    file read-only unless a write left certificates to settle or the file itself needs
    the normal opening (``QuickDatabase.open``).
    """
    if paths.database_url or not paths.database.is_file():
        return None
    recover(paths)
    if pending_markers(paths.certificates):
        return None
    db = QuickDatabase.open(paths.database)
    return QuickContext(paths, db, clock) if db is not None else None
