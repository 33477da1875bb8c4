"""The handle every service function takes: database, paths and rule catalog.

Opening one (recovery, migration, leftovers) is ``rxtracker.services.opening``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rxtracker.catalog import Catalog
from rxtracker.db import Database
from rxtracker.services.paths import AppPaths


@dataclass(frozen=True, slots=True)
class Context:
    """An opened rxtracker data folder."""

    paths: AppPaths
    db: Database
    catalog: Catalog

    def close(self) -> None:
        """Release the database."""
        self.db.close()
