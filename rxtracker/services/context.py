"""The handle every service function takes: database, paths and rule catalog."""

from __future__ import annotations

from dataclasses import dataclass

from rxtracker.catalog import Catalog, load_builtin
from rxtracker.db import Database
from rxtracker.disk import make_private
from rxtracker.services.certificates import settle_leftovers
from rxtracker.services.paths import AppPaths
from rxtracker.services.restore_journal import recover


@dataclass(frozen=True, slots=True)
class Context:
    """An opened rxtracker data folder."""

    paths: AppPaths
    db: Database
    catalog: Catalog

    def close(self) -> None:
        """Release the database."""
        self.db.close()


def open_context(paths: AppPaths) -> Context:
    """Create the folders if needed, open and migrate the database, load the catalog.

    Raises:
        rxtracker.db.DatabaseError: the database cannot be used (message says why).
        rxtracker.catalog.CatalogError: a rule file shipped with the app is broken.
    """
    paths.ensure()
    recover(paths)
    db = Database(paths.database, backups_dir=paths.backups)
    _private(paths)
    ctx = Context(paths=paths, db=db, catalog=load_builtin())
    settle_leftovers(ctx)  # certificates of a write that died before its commit
    return ctx


def _private(paths: AppPaths) -> None:
    """Keep the database and its side files readable by their owner only (POSIX)."""
    for path in (paths.database, *paths.database.parent.glob(paths.database.name + "-*")):
        make_private(path)
