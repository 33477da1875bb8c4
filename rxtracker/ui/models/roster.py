"""The roster import preview, in words: who is added, what they hold, what is skipped and why."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import override

from rxtracker.exchange.fates import Fate
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.roster import RosterRow
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel


class RosterPreviewModel(RowsModel[RosterRow]):
    """One row per roster line: line, name, credential, what happens, why.

    ``names`` gives credential types' names by id, so no type id ("tx-technician") is shown.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Line"),
        QT_TRANSLATE_NOOP("columns", "Name"),
        QT_TRANSLATE_NOOP("columns", "Credential"),
        QT_TRANSLATE_NOOP("columns", "What happens"),
        QT_TRANSLATE_NOOP("columns", "Why"),
    )

    def __init__(self, parent: Any = None, names: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.names = dict(names or {})

    @override
    def cell(self, row: RosterRow, column: int) -> str:
        return (
            str(row.line.line),
            row.line.name,
            self.credential_words(row),
            happens_words(row),
            self.in_words(row.reason),
        )[column]

    def credential_words(self, row: RosterRow) -> str:
        """'Texas pharmacy technician registration, expires Mar 31, 2027' (or the file's text)."""
        if row.credential is None:
            return self.names.get(row.line.credential_type, row.line.credential_type)
        name = self.names.get(row.credential.type_id, row.credential.type_id)
        expires = row.credential.expires_on
        if not expires:
            return name
        return translate("roster", "{name}, expires {date}").format(
            name=name, date=date_text(expires)
        )

    def in_words(self, text: str) -> str:
        """``text`` with credential type ids replaced by the types' names."""
        for type_id in sorted(self.names, key=len, reverse=True):
            text = text.replace(type_id, self.names[type_id])
        return text[:1].upper() + text[1:]


def happens_words(row: RosterRow) -> str:
    """What importing does with the line, for a person reading the preview."""
    if row.fate is Fate.REJECT:
        return translate("roster", "Not imported")
    if row.fate is Fate.DUPLICATE:
        return translate("roster", "Skipped: already recorded")
    if row.person_id is not None:
        return translate("roster", "Adds to someone already here")
    return translate("roster", "Adds a new person")
