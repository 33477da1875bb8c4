"""People as plain rows, for the people dialog."""

from __future__ import annotations

from typing_extensions import override

from rxtracker.services import PersonRow
from rxtracker.ui.dialogs.person_dialog import ROLE_WORDS
from rxtracker.ui.models.rows import RowsModel


class PeopleModel(RowsModel[PersonRow]):
    """People as plain rows: name, role, home state, e-mail, whether they are kept active."""

    COLUMNS = ("Name", "Role", "State", "E-mail", "Status")

    @override
    def cell(self, row: PersonRow, column: int) -> str:
        return (
            row.name,
            ROLE_WORDS.get(row.role, row.role.value),
            row.home_state or "",
            row.email or "",
            "Active" if row.active else "Deactivated (records kept)",
        )[column]
