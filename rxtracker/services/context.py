"""The handle every service function takes: database, paths and rule catalog.

Opening one (recovery, migration, leftovers) is ``rxtracker.services.opening``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rxtracker.catalog import Catalog
from rxtracker.db import Database, Store, TeamDatabase
from rxtracker.domain import Clock, RxError
from rxtracker.i18n import translate
from rxtracker.services.catalogs import CatalogCache
from rxtracker.services.paths import AppPaths


@dataclass(frozen=True, slots=True)
class Context:
    """An opened rxtracker data folder.

    Attributes:
        paths: the folders and files of the data folder.
        db: the database.
        catalog: the built-in credential types (``custom_types.full_catalog`` adds the
            user's own).
        clock: where services read the date and time when none is passed in.
        catalogs: the full catalog, cached for ``custom_types.full_catalog`` only.
    """

    paths: AppPaths
    db: Store
    catalog: Catalog
    clock: Clock = field(default_factory=Clock)
    catalogs: CatalogCache = field(default_factory=CatalogCache, repr=False, compare=False)

    def close(self) -> None:
        """Release the database."""
        self.db.close()


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
            translate(
                "context",
                "a team database is backed up on its server (pg_dump, by its administrator); "
                "rxtracker backs up and restores only the local records",
            )
        )
    return ctx.db
