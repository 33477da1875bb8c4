"""The change history: one row per recorded change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from typing_extensions import override

from rxtracker.services.history import ChangeRow
from rxtracker.ui.models.rows import RowsModel


class HistoryModel(RowsModel[ChangeRow]):
    """One row per recorded change (plain rows; nothing is editable)."""

    COLUMNS = ("When (UTC)", "Who", "What", "Changes")

    def __init__(self, rows: Sequence[ChangeRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)

    @override
    def cell(self, row: ChangeRow, column: int) -> str:
        return self._values(row, "; ")[column]

    @override
    def tooltip(self, row: ChangeRow, column: int) -> str:
        return self._values(row, "\n")[column]

    @staticmethod
    def _values(row: ChangeRow, separator: str) -> tuple[str, ...]:
        return (
            f"{row.changed_at:%Y-%m-%d %H:%M}",
            row.who,
            row.action_label,
            changes_text(row, separator),
        )


def changes_text(row: ChangeRow, separator: str) -> str:
    """'hours: 1.5 → 2; tags: law → law, texas-law' (a created record shows its values)."""
    parts = []
    for f in row.fields:
        if row.action == "create":
            parts.append(f"{f.field}: {f.new}")
        elif row.action == "delete":
            parts.append(f"{f.field}: {f.old}")
        else:
            parts.append(f"{f.field}: {f.old or '(empty)'} → {f.new or '(empty)'}")
    return separator.join(parts)
