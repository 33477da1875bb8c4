"""The handle every service function takes: database, paths and rule catalog."""

from __future__ import annotations

from dataclasses import dataclass

from rxtracker.catalog import Catalog, load_builtin
from rxtracker.db import Database, Store, TeamDatabase
from rxtracker.domain import RxError
from rxtracker.services.certificates import settle_leftovers
from rxtracker.services.paths import AppPaths
from rxtracker.services.restore_journal import recover


@dataclass(frozen=True, slots=True)
class Context:
    """An opened rxtracker data folder."""

    paths: AppPaths
    db: Store
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
    db = open_database(paths)
    _private(paths)
    ctx = Context(paths=paths, db=db, catalog=load_builtin())
    settle_leftovers(ctx)  # certificates of a write that died before its commit
    return ctx


def open_database(paths: AppPaths) -> Store:
    """The team database when ``paths`` names one, else the local SQLite file (migrated)."""
    if paths.database_url:
        return TeamDatabase(paths.database_url)
    return Database(paths.database, backups_dir=paths.backups)


def local_database(ctx: Context) -> Database:
    """The context's SQLite file, for what only a local file can do (backups, restores).

    Raises:
        RxError: the context is on a team database, which its server's administrator backs up.
    """
    if not isinstance(ctx.db, Database):
        raise RxError(
            "a team database is backed up on its server (pg_dump, by its administrator); "
            "rxtracker backs up and restores only the local records"
        )
    return ctx.db


def _private(paths: AppPaths) -> None:
    """Keep the database readable by its owner only (POSIX)."""
    for path in (paths.database, *paths.database.parent.glob(paths.database.name + "-*")):
        if path.exists():
            path.chmod(0o600)
