"""Specialty areas with the hours and the courses that count toward each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services.views import NAMED_COURSES, PathwaysPageView, SpecialtyArea
from rxtracker.services.wording.pathways import area_rule_text
from rxtracker.ui.models.rows import RowsModel

_Index = QModelIndex | QPersistentModelIndex


class AreaModel(RowsModel[SpecialtyArea]):
    """Specialty areas with the hours and the logged courses that count toward each."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Specialty area"),
        QT_TRANSLATE_NOOP("columns", "Hours"),
        QT_TRANSLATE_NOOP("columns", "Your courses that count"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: Mapping[int, str] = {}

    def set_areas(self, areas: Sequence[SpecialtyArea], titles: Mapping[int, str]) -> None:
        """Replace the rows; ``titles`` maps activity id -> title."""
        self._titles = dict(titles)
        self.set_rows(areas)

    @staticmethod
    def shown_cells(view: PathwaysPageView) -> tuple[object, ...]:
        """What the table shows of ``view``: its areas and the titles of the courses named."""
        named = (i for area in view.areas for i in area.activity_ids[:NAMED_COURSES])
        return (view.areas, tuple(view.titles.get(i) for i in named))

    def cell(self, row: SpecialtyArea, column: int) -> str:
        """The text of one cell (the first ``NAMED_COURSES`` courses, then how many more)."""
        named = row.activity_ids[:NAMED_COURSES]
        courses = "; ".join(
            self._titles.get(i) or translate("pathways", "activity {id}").format(id=i)
            for i in named
        )
        if (more := len(row.activity_ids) - len(named)) > 0:
            courses += translate("pathways", "; and {more} more").format(more=f"{more:,}")
        values = (data_text(row.name), str(row.hours), courses or translate("pathways", "none yet"))
        return values[column]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            area = self.row_at(index.row())
            words = translate("pathways", "What counts: {rule}. {note}")
            return words.format(rule=area_rule_text(area), note=data_text(area.note)).strip()
        return super().data(index, role)
