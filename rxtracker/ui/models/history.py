"""The change history in sentences: when (local time), who (a person's name), what happened."""

from __future__ import annotations

import datetime as dt
import getpass
import re
from collections.abc import Sequence
from typing import Any

from typing_extensions import override

from rxtracker.services.history import ChangeRow, FieldChange
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Fields that only link records inside the database: nothing a person reads.
_HIDDEN = frozenset({"person id", "import"})
#: Field names that are abbreviations people write in capitals.
_LABELS = {"uan": "UAN", "ceus": "CEUs", "nabp eprofile id": "NABP e-Profile ID"}
#: Stored codes in words, by field.
_VALUE_WORDS = {
    "audience": {"T": "technicians", "P": "pharmacists"},
    "format": {"home": "home study", "live": "live", "unknown": "not stated"},
    "source": {"manual": "typed in", "import": "imported"},
    "category": {
        "acpe": "ACPE-accredited",
        "college": "college course",
        "in-service": "in-service",
        "employer": "employer training",
        "other": "other",
    },
    "verification": {"unverified": "not checked yet"},
}


class HistoryModel(RowsModel[ChangeRow]):
    """One row per recorded change (plain rows; nothing is editable)."""

    COLUMNS = ("When", "Who", "What happened")

    def __init__(self, rows: Sequence[ChangeRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)

    @override
    def cell(self, row: ChangeRow, column: int) -> str:
        return (when_text(row.changed_at), who_text(row), change_sentence(row))[column]

    @override
    def tooltip(self, row: ChangeRow, column: int) -> str:
        login = f"Signed in to the computer or database as “{row.app_user}”."
        return login if column == 1 else self.cell(row, column)


def when_text(changed_at: dt.datetime) -> str:
    """'Mar 1, 2027, 2:05 PM' in the computer's time zone (stored times are UTC)."""
    local = changed_at.replace(tzinfo=dt.UTC).astimezone()
    hour = local.hour % 12 or 12
    return (
        f"{date_text(local.date())}, {hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    )


def who_text(row: ChangeRow) -> str:
    """The person named as acting; else 'You' for this computer's login; else the login."""
    if row.acting_person_name:
        return row.acting_person_name
    if row.app_user == _this_login():
        return "You"
    return f"Login “{row.app_user}”"


def _this_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


def change_sentence(row: ChangeRow) -> str:
    """'Changed the hours from 1.5 to 3 and the date from Mar 1, 2026 to Mar 3, 2026.'."""
    fields = [
        FieldChange(_LABELS.get(f.field, f.field), f.old, f.new)
        for f in row.fields
        if f.field not in _HIDDEN
    ]
    if row.action == "create":
        values = [f"{f.field} {_value(f.new, f.field)}" for f in fields if f.new not in (None, "")]
        return "Added" + (f" with {_join(values)}." if values else ".")
    if row.action == "delete":
        return "Deleted."
    return "Changed " + (_join([_change(f) for f in fields]) or "nothing shown here") + "."


def _change(f: FieldChange) -> str:
    old, new = _value(f.old, f.field), _value(f.new, f.field)
    if f.old in (None, ""):
        return f"the {f.field} to {new}"
    if f.new in (None, ""):
        return f"the {f.field} from {old} to nothing"
    return f"the {f.field} from {old} to {new}"


def _value(text: str | None, field: str = "") -> str:
    """Dates in the app's one style, stored codes in words; other values as written."""
    if text and _ISO_DATE.match(text):
        return date_text(dt.date.fromisoformat(text))
    if text and text in _VALUE_WORDS.get(field, {}):
        return _VALUE_WORDS[field][text]
    return text or "nothing"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
