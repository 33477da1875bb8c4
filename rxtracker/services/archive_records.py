"""A person archive's checked records turned into rows of this database (``person_archive``).

The few records of a person (credentials with their cycles, items, steps and audits; periods
of work) become ORM objects (``build``); the many activities become plain column dicts for
the bulk writer (``archive_activity``), with their tags and certificate records. Either way
a column the archive leaves out gets the column's own default, and dates are parsed by the
column's type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, Date, DateTime

from rxtracker.db import Attachment, Credential
from rxtracker.db.models import Activity, CredentialCycle, CredentialItem, stored_now
from rxtracker.db.renewals import CredentialAudit, RenewalEvent
from rxtracker.domain import parse_uan
from rxtracker.services.archive_report import REPORTED, reported_words
from rxtracker.services.bulk_writes import NewActivity
from rxtracker.services.convert import uan_columns

#: Columns that tie a record to one database; never written, re-made on import.
LOCAL = frozenset(
    {
        "id",
        "person_id",
        "credential_id",
        "activity_id",
        "import_batch_id",
        "verified_by_id",
        "version",
    }
)
_NOW = object()  # a column whose default is the time of writing
#: (column, converter of an archived value or None, default) per model, computed once.
_Shape = tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]
_SHAPES: dict[type[Any], _Shape] = {}


def _converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    if isinstance(column_type, Boolean):
        return bool
    return None


def _shape(model: type[Any]) -> _Shape:
    known = _SHAPES.get(model)
    if known is None:
        known = _SHAPES[model] = tuple(
            (
                column.key,
                _converter(column.type),
                _NOW if column.default is not None and not column.default.is_scalar
                else getattr(column.default, "arg", None),
            )
            for column in model.__table__.columns
            if column.key not in LOCAL
        )  # fmt: skip
    return known


def record(model: type[Any], values: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """Every archivable column of ``model`` from ``values`` (the column's default if absent).

    Raises:
        ValueError, TypeError: a date that is not one.
    """
    out = {}
    for key, convert, default in _shape(model):
        if key not in values:
            out[key] = now if default is _NOW else default
            continue
        value = values[key]
        out[key] = value if value is None or convert is None else convert(value)
    return out


def build(model: type[Any], values: dict[str, Any]) -> Any:
    """An ORM object from its archived columns (only those the archive gives)."""
    given = {k: v for k, v in record(model, values, stored_now()).items() if k in values}
    return model(**given)


def credential(values: dict[str, Any]) -> Credential:
    """An archived credential with its past cycles and items."""
    made: Credential = build(Credential, values)
    made.past_cycles = [build(CredentialCycle, x) for x in values.get("past_cycles", [])]
    made.items = [build(CredentialItem, x) for x in values.get("items", [])]
    return made


def renewal_rows(values: dict[str, Any]) -> list[Any]:
    """An archived credential's application steps and audits (their credential id comes later)."""
    events = [build(RenewalEvent, x) for x in values.get("renewal_events", [])]
    return [*events, *(build(CredentialAudit, x) for x in values.get("audits", []))]


def archive_activity(values: dict[str, Any], now: dt.datetime) -> NewActivity:
    """An archived activity as the bulk writer takes it.

    The other workplace's check and CPE Monitor sighting are kept as its report, never as
    a check made here (this workplace has not checked it).
    """
    own = {k: v for k, v in values.items() if k not in REPORTED}
    columns = record(Activity, own, now)
    columns["archive_report"] = reported_words(values)
    uan = values.get("uan")  # checked by check_records: parsed as typed input parses it
    columns.update(uan_columns(parse_uan(uan) if uan and uan.strip() else None))
    return NewActivity(
        columns,
        tags=[str(t) for t in values.get("tags", [])],
        attachments=[record(Attachment, x, now) for x in values.get("attachments", [])],
    )
