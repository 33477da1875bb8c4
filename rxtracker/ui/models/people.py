"""People as plain rows, for the people dialog."""

from __future__ import annotations

from typing_extensions import override

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import PersonRow
from rxtracker.ui.dialogs.person_dialog import ROLE_WORDS
from rxtracker.ui.models.rows import RowsModel


class PeopleModel(RowsModel[PersonRow]):
    """People as plain rows: name, role, home state, e-mail, whether they are kept active."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Name"),
        QT_TRANSLATE_NOOP("columns", "Role"),
        QT_TRANSLATE_NOOP("columns", "State"),
        QT_TRANSLATE_NOOP("columns", "E-mail"),
        QT_TRANSLATE_NOOP("columns", "Status"),
    )

    @override
    def cell(self, row: PersonRow, column: int) -> str:
        return (
            row.name,
            translate("person_dialog", ROLE_WORDS.get(row.role, row.role.value)),
            row.home_state or "",
            row.email or "",
            translate("people", "Active")
            if row.active
            else translate("people", "Deactivated (records kept)"),
        )[column]
