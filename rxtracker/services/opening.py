"""Opening a data folder: folders, recovery, the database, the catalog, leftovers.

Kept apart from ``context`` (the handle itself), which every service imports: opening uses
the certificate store, and the certificate store takes a context.
"""

from __future__ import annotations

from rxtracker.catalog.cache import load_catalog
from rxtracker.disk import make_private
from rxtracker.domain import Clock
from rxtracker.services.certificates import settle_leftovers
from rxtracker.services.context import Context, open_database
from rxtracker.services.paths import AppPaths
from rxtracker.services.restore_journal import recover


def open_context(paths: AppPaths, clock: Clock | None = None) -> Context:
    """Create the folders if needed, open and migrate the database, load the catalog.

    The parsed catalog is kept in ``paths.cache_dir`` between starts (``catalog.cache``).

    ``clock`` (default: the computer's) is where services read today's date.

    Raises:
        rxtracker.db.DatabaseError: the database cannot be used (message says why).
        rxtracker.catalog.CatalogError: a rule file shipped with the app is broken.
    """
    paths.ensure()
    recover(paths)
    db = open_database(paths)
    _private(paths)
    ctx = Context(paths=paths, db=db, catalog=load_catalog(paths.cache_dir), clock=clock or Clock())
    settle_leftovers(ctx)  # certificates of a write that died before its commit
    return ctx


def _private(paths: AppPaths) -> None:
    """Keep the database and its side files readable by their owner only (POSIX)."""
    for path in (paths.database, *paths.database.parent.glob(paths.database.name + "-*")):
        make_private(path)
