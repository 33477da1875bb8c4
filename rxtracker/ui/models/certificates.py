"""Add from certificates: one editable row per certificate file, ticked to be added."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from typing_extensions import override

from rxtracker.domain import Hours, InvalidInput, parse_date, parse_uan
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import ActivityInput, PersonRow
from rxtracker.services.certificate_batch import CertificateFile
from rxtracker.ui import theme
from rxtracker.ui.dialogs.certificate_fill import person_warnings
from rxtracker.ui.models.rows import Index, RowsModel

#: The editable columns and the reading's key each one shows.
EDITABLE = {2: "title", 3: "provider", 4: "date", 5: "hours", 6: "uan"}


@dataclass
class PreviewRow:
    """One certificate file as the technician sees and corrects it."""

    file: CertificateFile
    add: bool
    values: dict[str, str]  # title, provider, date (MM/DD/YYYY), hours, uan: as shown
    unsure: set[str] = field(default_factory=set)  # keys read but not sure (until edited)
    warnings: tuple[str, ...] = ()  # a certificate made out to somebody else

    @classmethod
    def of(cls, file: CertificateFile, person: PersonRow) -> PreviewRow:
        """The row of a file as read; ticked when it was read and is not already logged."""
        r = file.reading
        hours = r.hours if r is not None else None
        values = {
            "title": (r.title if r else None) or "",
            "provider": (r.provider if r else None) or "",
            "date": f"{r.date:%m/%d/%Y}" if r is not None and r.date else "",
            "hours": str(Hours.from_decimal(hours)) if isinstance(hours, Decimal) else "",
            "uan": (r.uan if r else None) or "",
        }
        warnings = tuple(person_warnings(person, r)) if r is not None else ()
        add = r is not None and file.duplicate is None and file.repeat is None
        return cls(file, add, values, set(r.unsure) if r else set(), warnings)

    def entered(self, today: dt.date) -> ActivityInput:
        """The row as a service input.

        Raises:
            InvalidInput: naming the field that is missing or wrong.
        """
        v = self.values
        if not v["title"].strip():
            raise InvalidInput("title", translate("certificates", "is empty"))
        if not v["date"].strip():
            raise InvalidInput("date completed", translate("certificates", "is empty"))
        if not v["hours"].strip():
            raise InvalidInput("hours", translate("certificates", "are empty"))
        day = parse_date(v["date"], "date completed")
        uan = parse_uan(v["uan"]).text if v["uan"].strip() else None
        data = ActivityInput(v["title"], day, Hours.parse(v["hours"]), v["provider"], uan)
        return data.cleaned(today)

    def problem(self, today: dt.date) -> str | None:
        """Why the row cannot be added as it is (None when it can)."""
        try:
            self.entered(today)
        except InvalidInput as exc:
            words = translate("certificates", "{field} {problem}")
            return words.format(field=exc.label, problem=exc.problem)
        return None

    def note(self, today: dt.date) -> str:
        """What the technician should know about the row, in words."""
        f = self.file
        notes = []
        if f.problem:
            notes.append(
                translate("certificates", "Could not read it: {why}").format(why=f.problem)
            )
        if f.duplicate:
            words = translate("certificates", "Already logged: {what}")
            notes.append(words.format(what=f.duplicate))
        if f.repeat:
            notes.append(translate("certificates", "⚠ Repeat: {what}").format(what=f.repeat))
        if self.unsure:
            names = ", ".join(
                translate("certificates", _FIELDS[k]) for k in _FIELDS if k in self.unsure
            )
            notes.append(translate("certificates", "⚠ Please check: {fields}").format(fields=names))
        notes += self.warnings
        if self.add and (problem := self.problem(today)):
            notes.append(translate("certificates", "Cannot add: {why}").format(why=problem))
        return "; ".join(notes) or ready_words()


#: The fields read from a certificate, as a person names them.
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("certificates", "title"),
    "provider": QT_TRANSLATE_NOOP("certificates", "provider"),
    "date": QT_TRANSLATE_NOOP("certificates", "date"),
    "hours": QT_TRANSLATE_NOOP("certificates", "hours"),
    "uan": QT_TRANSLATE_NOOP("certificates", "uan"),
}


def ready_words() -> str:
    """What a row that can be added says."""
    return translate("certificates", "Ready to add")


class CertificatePreviewModel(RowsModel[PreviewRow]):
    """The preview table: tick a row to add it; title to UAN can be corrected in place."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Add"),
        QT_TRANSLATE_NOOP("columns", "File"),
        QT_TRANSLATE_NOOP("columns", "Title"),
        QT_TRANSLATE_NOOP("columns", "Provider"),
        QT_TRANSLATE_NOOP("columns", "Date completed"),
        QT_TRANSLATE_NOOP("columns", "Hours"),
        QT_TRANSLATE_NOOP("columns", "UAN"),
        QT_TRANSLATE_NOOP("columns", "Check"),
    )
    ADD, FILE, TITLE, NOTE = 0, 1, 2, 7

    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def rows(self) -> list[PreviewRow]:
        """Every row, in file order."""
        return [self.row_at(i) for i in range(self.rowCount())]

    @override
    def cell(self, row: PreviewRow, column: int) -> str:
        if column == self.ADD:
            return ""
        if column == self.FILE:
            return row.file.path.name
        if column == self.NOTE:
            return row.note(self.today)
        return row.values[EDITABLE[column]]

    @override
    def tooltip(self, row: PreviewRow, column: int) -> str | None:
        key = EDITABLE.get(column)
        if key is not None and key in row.unsure:
            words = translate("certificates", "{value}: read from the certificate, please check it")
            return words.format(value=row.values[key])
        return self.cell(row, column) or None

    @override
    def other_role(self, row: PreviewRow, column: int, role: int) -> Any:
        key = EDITABLE.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ADD:
            return Qt.CheckState.Checked if row.add else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and key is not None:
            return row.values[key]
        flagged = key is not None and key in row.unsure
        warned = column == self.NOTE and row.note(self.today) != ready_words()
        if role == Qt.ItemDataRole.ForegroundRole and (flagged or warned):
            return QBrush(theme.problem_colour())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and flagged:
            return translate("certificates", "please check")
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.ADD:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        if index.column() == self.ADD and role == Qt.ItemDataRole.CheckStateRole:
            row.add = Qt.CheckState(value) == Qt.CheckState.Checked
        elif index.column() in EDITABLE and role == Qt.ItemDataRole.EditRole:
            key = EDITABLE[index.column()]
            row.values[key] = str(value).strip()
            row.unsure.discard(key)  # corrected or confirmed by the technician
        else:
            return False
        first, last = self.index(index.row(), 0), self.index(index.row(), self.NOTE)
        self.dataChanged.emit(first, last)
        return True

    def ticked(self) -> list[PreviewRow]:
        """The rows to add."""
        return [r for r in self.rows() if r.add]

    def first_problem(self) -> str | None:
        """'file.pdf: hours are empty' for the first ticked row that cannot be added."""
        for row in self.ticked():
            if (problem := row.problem(self.today)) is not None:
                return f"{row.file.path.name}: {problem}"
        return None
