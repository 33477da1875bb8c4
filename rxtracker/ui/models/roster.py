"""The roster import preview: one row per roster line."""

from __future__ import annotations

from typing_extensions import override

from rxtracker.services.roster import RosterRow
from rxtracker.ui.models.rows import RowsModel


class RosterPreviewModel(RowsModel[RosterRow]):
    """One row per roster line: line, name, credential, what happens, why."""

    COLUMNS = ("Line", "Name", "Credential", "What happens", "Why")

    @override
    def cell(self, row: RosterRow, column: int) -> str:
        return (
            str(row.line.line),
            row.line.name,
            row.line.credential_type,
            row.fate.label,
            row.reason,
        )[column]
