"""The full catalog: the built-in credential types plus the user's own, read once and kept.

A custom type is stored as the mapping a catalog TOML file holds, written as JSON
(``services.custom_types``). Importing this module loads no SQLAlchemy: ``status`` on the
local file reads the custom types through ``sqlite3`` (``services.quick``).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from typing import Any, Protocol

from rxtracker.db.reads import CUSTOM_TYPES_SQL, Rows
from rxtracker.i18n import translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.catalog import Catalog, CredentialType

_DATE_KEYS = {"checked", "effective_from"}


class CatalogCache:
    """The full catalog (built-in plus custom types), read once and kept until it changes.

    Safe to use from a worker thread: the catalog is immutable, and reading it is locked.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._catalog: Catalog | None = None

    def get(self, read: Callable[[], Catalog]) -> Catalog:
        """The cached catalog, or ``read()``'s (then cached) when there is none."""
        with self._lock:
            if self._catalog is None:
                self._catalog = read()
            return self._catalog

    def forget(self) -> None:
        """Drop the cached catalog (a custom type was added or deleted, a backup restored)."""
        with self._lock:
            self._catalog = None


class Catalogs(Protocol):
    """What keeps the catalogs: a context, normal or quick (``services.quick``)."""

    @property
    def catalog(self) -> Catalog:
        """The built-in credential types."""
        ...

    @property
    def catalogs(self) -> CatalogCache:
        """The full catalog, once read."""
        ...


def full_catalog_from(ctx: Catalogs, rows: Rows) -> Catalog:
    """The full catalog ``ctx`` keeps, else read through ``rows`` (and then kept)."""
    return ctx.catalogs.get(lambda: catalog_from(rows, ctx.catalog))


def catalog_from(rows: Rows, builtin: Catalog) -> Catalog:
    """``builtin`` plus the custom types stored in the database ``rows`` reads."""
    stored = rows.all(CUSTOM_TYPES_SQL, {})
    return builtin.with_types(stored_type(type_id, definition) for type_id, definition in stored)


def stored_type(type_id: str, definition: str) -> CredentialType:
    """A stored definition, parsed (a broken one names itself in the error)."""
    from rxtracker.catalog.parse import parse_type  # the parser: only when there are some

    data = json.loads(definition, object_hook=_revive_dates)
    return parse_type(data, origin=custom_origin(type_id))


def custom_origin(name: object) -> str:
    """How a catalog error names a custom type ("custom type 'acme-annual'")."""
    return translate("catalogs", "custom type {name}").format(name=repr(name))


def _revive_dates(obj: dict[str, Any]) -> dict[str, Any]:
    for key in _DATE_KEYS & obj.keys():
        if isinstance(obj[key], str):
            obj[key] = dt.date.fromisoformat(obj[key])
    return obj
