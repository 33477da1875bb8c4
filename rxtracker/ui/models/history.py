"""The change history in sentences: when (local time), who (a person's name), what happened."""

from __future__ import annotations

import datetime as dt
import getpass
import re
from collections.abc import Sequence
from typing import Any

from typing_extensions import override

from rxtracker import i18n
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.history import ChangeRow, FieldChange, value_words
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Fields that only link records inside the database: nothing a person reads.
_HIDDEN = frozenset({"person id", "import"})


class HistoryModel(RowsModel[ChangeRow]):
    """One row per recorded change (plain rows; nothing is editable)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "When"),
        QT_TRANSLATE_NOOP("columns", "Who"),
        QT_TRANSLATE_NOOP("columns", "What happened"),
    )

    def __init__(self, rows: Sequence[ChangeRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)

    @override
    def cell(self, row: ChangeRow, column: int) -> str:
        return (when_text(row.changed_at), who_text(row), change_sentence(row))[column]

    @override
    def tooltip(self, row: ChangeRow, column: int) -> str:
        words = translate("history", "Signed in to the computer or database as “{login}”.")
        login = words.format(login=row.app_user)
        return login if column == 1 else self.cell(row, column)


def when_text(changed_at: dt.datetime) -> str:
    """'Mar 1, 2027, 2:05 PM' in the computer's time zone (stored times are UTC)."""
    local = changed_at.replace(tzinfo=dt.UTC).astimezone()
    if i18n.language() != "en":  # the 24-hour clock of most Spanish-speaking readers
        return f"{date_text(local.date())}, {local.hour}:{local.minute:02d}"
    hour = local.hour % 12 or 12
    return (
        f"{date_text(local.date())}, {hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    )


def who_text(row: ChangeRow) -> str:
    """The person named as acting; else 'You' for this computer's login; else the login."""
    if row.acting_person_name:
        return row.acting_person_name
    if row.app_user == _this_login():
        return translate("history", "You")
    return translate("history", "Login “{login}”").format(login=row.app_user)


def _this_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


def change_sentence(row: ChangeRow) -> str:
    """'Changed the hours from 1.5 to 3 and the date from Mar 1, 2026 to Mar 3, 2026.'."""
    fields = [f for f in row.fields if f.field not in _HIDDEN]
    if row.action == "create":
        values = [f"{f.label} {_value(f.new, f.field)}" for f in fields if f.new not in (None, "")]
        if not values:
            return translate("history", "Added.")
        return translate("history", "Added with {values}.").format(values=_join(values))
    if row.action == "delete":
        return translate("history", "Deleted.")
    changes = _join([_change(f) for f in fields])
    if not changes:
        return translate("history", "Changed nothing shown here.")
    return translate("history", "Changed {changes}.").format(changes=changes)


def _change(f: FieldChange) -> str:
    old, new = _value(f.old, f.field), _value(f.new, f.field)
    if f.old in (None, ""):
        return translate("history", "the {field} to {new}").format(field=f.label, new=new)
    if f.new in (None, ""):
        words = translate("history", "the {field} from {old} to nothing")
        return words.format(field=f.label, old=old)
    words = translate("history", "the {field} from {old} to {new}")
    return words.format(field=f.label, old=old, new=new)


def _value(text: str | None, field: str = "") -> str:
    """Dates in the app's one style, stored codes in words; other values as written."""
    if text and _ISO_DATE.match(text):
        return date_text(dt.date.fromisoformat(text))
    return value_words(text, field) or translate("history", "nothing")


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    words = translate("history", "{first} and {last}")
    return words.format(first=", ".join(parts[:-1]), last=parts[-1])
