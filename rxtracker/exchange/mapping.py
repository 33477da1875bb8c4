"""Which column of an import file holds which field of a CE activity.

The CPE Monitor export's column names are data (``data/cpe_monitor.toml``, with their source);
a generic CSV gets a mapping chosen by the user (GUI mapping step, ``--map`` on the command
line) or guessed from common header names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from rxtracker.domain import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the command line lists Field in its help: the readers load when used
    from rxtracker.exchange.tables import SourceTable


class Field(StrEnum):
    """The fields an import row can fill."""

    DATE = "date"
    TITLE = "title"
    PROVIDER = "provider"
    HOURS = "hours"
    LIVE_HOURS = "live_hours"
    HOME_HOURS = "home_hours"
    UAN = "uan"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """Words for the user."""
        return translate("mapping", _LABELS[self])


_LABELS = {
    Field.DATE: QT_TRANSLATE_NOOP("mapping", "Date completed"),
    Field.TITLE: QT_TRANSLATE_NOOP("mapping", "Title"),
    Field.PROVIDER: QT_TRANSLATE_NOOP("mapping", "Provider"),
    Field.HOURS: QT_TRANSLATE_NOOP("mapping", "Contact hours"),
    Field.LIVE_HOURS: QT_TRANSLATE_NOOP("mapping", "Live hours"),
    Field.HOME_HOURS: QT_TRANSLATE_NOOP("mapping", "Home-study hours"),
    Field.UAN: QT_TRANSLATE_NOOP("mapping", "ACPE UAN"),
    Field.NOTES: QT_TRANSLATE_NOOP("mapping", "Notes"),
}

HOUR_FIELDS = (Field.HOURS, Field.LIVE_HOURS, Field.HOME_HOURS)


class DateStyle(StrEnum):
    """How dates are written in the file."""

    US = "MM/DD/YYYY"  # CPE Monitor
    AUTO = "auto"  # YYYY-MM-DD or MM/DD/YYYY


class ImportKind(StrEnum):
    """What sort of file an import reads (stored in import_batch.kind)."""

    CPE_MONITOR_XLSX = "cpe-monitor-xlsx"
    CPE_MONITOR_CSV = "cpe-monitor-csv"
    GENERIC_CSV = "csv"

    @property
    def from_cpe_monitor(self) -> bool:
        """True when the rows are NABP CPE Monitor's official record."""
        return self is not ImportKind.GENERIC_CSV

    @property
    def label(self) -> str:
        """Words for the user."""
        return {
            ImportKind.CPE_MONITOR_XLSX: translate("mapping", "CPE Monitor export (.xlsx)"),
            ImportKind.CPE_MONITOR_CSV: translate("mapping", "CPE Monitor export (.csv)"),
            ImportKind.GENERIC_CSV: translate("mapping", "CSV file with your own columns"),
        }[self]


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Field -> header name in the file, and how dates are written."""

    columns: Mapping[Field, str]
    date_style: DateStyle = DateStyle.AUTO

    def check(self, table: SourceTable) -> None:
        """Make sure the mapping is complete and every named column exists.

        Raises:
            InvalidInput: naming the field or the column that is missing.
        """
        for needed in (Field.DATE, Field.TITLE):
            if not self.columns.get(needed):
                raise InvalidInput(needed.label, translate("mapping", "no column chosen"))
        if not any(self.columns.get(f) for f in HOUR_FIELDS):
            problem = translate("mapping", "no column chosen (hours, or live/home hours)")
            raise InvalidInput(Field.HOURS.label, problem)
        for field, header in self.columns.items():
            if header and table.column(header) is None:
                problem = translate("mapping", "the file has no column named {header}")
                raise InvalidInput(field.label, problem.format(header=repr(header)))


@dataclass(frozen=True, slots=True)
class CpeMonitorFormat:
    """The CPE Monitor export as documented in ``data/cpe_monitor.toml``."""

    mapping: ColumnMapping
    required_headers: tuple[str, ...]
    provider_days: int
    contact_provider_after_days: int
    source: str
    reporting_source: str
    checked: dt.date
    unconfirmed: str


@cache
def cpe_monitor_format() -> CpeMonitorFormat:
    """The CPE Monitor export's columns and reporting window (read once)."""
    import tomllib
    from importlib import resources

    text = resources.files("rxtracker.exchange").joinpath("data/cpe_monitor.toml").read_text()
    data: dict[str, Any] = tomllib.loads(text)
    export, reporting = data["export"], data["reporting"]
    columns = {
        Field.DATE: export["date"],
        Field.UAN: export["uan"],
        Field.TITLE: export["title"],
        Field.PROVIDER: export["provider"],
        Field.LIVE_HOURS: export["live_hours"],
        Field.HOME_HOURS: export["home_hours"],
    }
    return CpeMonitorFormat(
        mapping=ColumnMapping(columns, DateStyle(export["date_format"])),
        required_headers=(export["date"], export["uan"], export["title"]),
        provider_days=int(reporting["provider_days"]),
        contact_provider_after_days=int(reporting["contact_provider_after_days"]),
        source=export["source"],
        reporting_source=reporting["source"],
        checked=reporting["checked"],
        unconfirmed=export["unconfirmed"],
    )


#: Header names a column is guessed from: English, then Spanish (rxtracker's own CE log
#: export in Spanish reads back with its headers).
_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.DATE: (
        "date", "activity date", "date completed", "completion date", "completed",
        "fecha de finalización", "fecha",
    ),
    Field.TITLE: (
        "title", "activity title", "course", "course title", "activity", "program",
        "título", "curso",
    ),
    Field.PROVIDER: ("provider", "provider name", "sponsor", "organization", "proveedor"),
    Field.HOURS: (
        "hours", "contact hours", "ce hours", "credit hours", "total hours",
        "horas", "horas de contacto",
    ),
    Field.LIVE_HOURS: ("live hours", "horas en vivo"),
    Field.HOME_HOURS: ("home hours", "home study hours", "horas a distancia"),
    Field.UAN: ("uan", "acpe uan", "acpe number", "activity number", "acpe #", "uan de acpe"),
    Field.NOTES: ("notes", "comments", "note", "notas"),
}  # fmt: skip


def guess_mapping(headers: tuple[str, ...]) -> ColumnMapping:
    """A mapping from common header names (the user confirms or changes it)."""
    from rxtracker.exchange.tables import normalise_header

    present = {normalise_header(h): h for h in headers if h.strip()}
    columns: dict[Field, str] = {}
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in present:
                columns[field] = present[alias]
                break
    return ColumnMapping(columns, DateStyle.AUTO)


def is_cpe_monitor_table(table: SourceTable) -> bool:
    """True when the table has the CPE Monitor export's columns."""
    fmt = cpe_monitor_format()
    return all(table.column(h) is not None for h in fmt.required_headers)
