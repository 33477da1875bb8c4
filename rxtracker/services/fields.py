"""How plain rows are stored: each field's column and how its stored value is read.

Imports no SQLAlchemy: the same readers turn an ORM object's attributes, a SQLAlchemy row
and a raw ``sqlite3`` row into the same plain row (``activity_read``, ``people_read``), so a
command reading its rows with ``sqlite3`` gets exactly what the services give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rxtracker.domain import Audience, Category, Format, Hours, Role, Source, Verification
from rxtracker.i18n import translate
from rxtracker.records import field_names
from rxtracker.services.rows import AttachmentRow, CredentialRow, PersonRow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rxtracker.catalog import Catalog


def _same(value: Any) -> Any:
    return value


def remembering(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``read``, remembering what it made (a column holds few distinct values).

    A value read before is looked up without a call into Python (``dict.__getitem__``).
    """
    if read is _same:
        return read
    return _Made(read).__getitem__


class _Made(dict[Any, Any]):
    """What ``read`` made of each value, made when first asked for."""

    def __init__(self, read: Callable[[Any], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, value: Any) -> Any:
        made = self[value] = self.read(value)
        return made


def _enum_value(value: Any) -> Any:
    return value.value if value is not None else None


def _optional(enum: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: enum(value) if value else None


def day_of(value: Any) -> Any:
    """A date column's value: SQLite's driver gives its text ('2026-03-02'), the others a date."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _moment(value: Any) -> Any:
    """A time stamp column: SQLite's driver gives its text, the others a datetime."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class Field:
    """How one field of ``ActivityRow`` is stored.

    Attributes:
        column: the ``Activity`` column holding it.
        read: column value -> row value.
        write: row value -> column value; None when only the database sets it.
        fact: the engine's ``ActivityFact`` has the field too (same name, same value).
    """

    column: str
    read: Callable[[Any], Any] = _same
    write: Callable[[Any], Any] | None = _same
    fact: bool = False

    @property
    def as_is(self) -> bool:
        """The stored value is the row's value (nothing to convert when reading)."""
        return self.read is _same


#: ActivityRow field -> how it is stored (tags, certificates and the checker's name aside).
FIELDS: dict[str, Field] = {
    "id": Field("id", fact=True),
    "person_id": Field("person_id"),
    "title": Field("title", fact=True),
    "provider": Field("provider", fact=True),
    "completed_on": Field("completed_on", day_of, fact=True),
    "hours": Field("hours_hundredths", Hours, lambda hours: hours.hundredths, fact=True),
    "uan": Field("uan", fact=True),
    "format": Field("format", _optional(Format), _enum_value, fact=True),
    "topic": Field("topic", fact=True),
    "audience": Field("audience", _optional(Audience), _enum_value, fact=True),
    "category": Field("category", Category, _enum_value, fact=True),
    "source": Field("source", Source, _enum_value),
    "notes": Field("notes"),
    "created_at": Field("created_at", _moment),
    "updated_at": Field("updated_at", _moment, write=None),
    "recognized_program": Field("recognized_program", fact=True),
    "verification": Field("verification", Verification, _enum_value),
    "verified_by_id": Field("verified_by_id"),
    "verified_by_user": Field("verified_by_user"),
    "verified_at": Field("verified_at", _moment),
    "verification_note": Field("verification_note"),
    "archive_report": Field("archive_report"),
    "version": Field("version", write=None),
}

#: The person table's columns a ``PersonRow`` is made of, in its fields' order.
PERSON_COLUMNS = field_names(PersonRow)

#: The credential table's columns read with a credential: a ``CredentialRow``'s (its type's
#: name aside) and what the engine's ``CredentialFact`` adds.
CREDENTIAL_COLUMNS = (
    *(name for name in field_names(CredentialRow) if name != "type_name"),
    "initial_cycle",
)

#: The certificate columns an ``AttachmentRow`` is made of, in its fields' order.
ATTACHMENT_COLUMNS = field_names(AttachmentRow)


def person_row_of(values: Sequence[Any]) -> PersonRow:
    """The ``PERSON_COLUMNS`` values of a person (an ORM object's or a row's) as a PersonRow."""
    fields = dict(zip(PERSON_COLUMNS, values, strict=True))
    return PersonRow(**{**fields, "role": Role(fields["role"]), "active": bool(fields["active"])})


def credential_row_of(values: Mapping[str, Any], catalog: Catalog) -> CredentialRow:
    """A credential's ``CREDENTIAL_COLUMNS`` values (dates as dates) as a CredentialRow.

    The type's name is the catalog's (or says the type is not in it).
    """
    type_id = values["type_id"]
    ctype = catalog.types.get(type_id)
    name = ctype.name if ctype else _not_in_catalog(type_id)
    return CredentialRow(
        **{column: values[column] for column in CREDENTIAL_COLUMNS if column != "initial_cycle"},
        type_name=name,
    )


def _not_in_catalog(type_id: str) -> str:
    """A credential whose type this catalog does not hold, named by its id."""
    return translate("fields", "{type} (not in this catalog)").format(type=type_id)
