"""The team grid's item model: people by credential, over a plain ``TeamView``.

``data()`` only reads the view it was given; it never calls a service. Each cell says its
status in words (colour repeats it, never replaces it), the days to the deadline and the
hours still missing.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from typing_extensions import override

from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services.team import TeamCell, TeamRow, TeamView
from rxtracker.services.views import Phase
from rxtracker.services.wording import phase_label
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.widgets.card_words import phase_words

_Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
#: The roles ``data`` answers, as plain ints. A view asks each painted cell for seven roles,
#: four of them (font, alignment, check state, icon) never answered here: those return at once.
_ANSWERED = frozenset(
    int(role)
    for role in (
        PERSON_ROLE,
        CELL_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)

#: The roles in English; ``role_words`` gives them in the interface language.
ROLE_WORDS = {
    "technician": QT_TRANSLATE_NOOP("team", "Technician"),
    "lead": QT_TRANSLATE_NOOP("team", "Lead technician"),
    "supervisor": QT_TRANSLATE_NOOP("team", "Supervisor"),
}


def role_words(role: str) -> str:
    """'Technician', 'Lead technician' or 'Supervisor' in the interface language."""
    words = ROLE_WORDS.get(role)
    return translate("team", words) if words else role


def days_words(cell: TeamCell) -> str:
    """'45 days left', 'due today', '12 days late', 'does not expire'."""
    if cell.days_left is None:
        return translate("team", "does not expire")
    if cell.days_left == 0:
        return translate("team", "due today")
    days = cell.days_left
    if days < 0:
        late = -days
        return translate("team", "%n day(s) late", None, late)
    return translate("team", "%n day(s) left", None, days)


def cell_text(cell: TeamCell) -> str:
    """Two lines: the status in words, then days and hours missing."""
    second = days_words(cell)
    if cell.missing_hours:
        second += translate("team", " · {hours} h to go").format(hours=cell.missing_hours)
    elif cell.missing and cell.phase is not Phase.COMPLETE:
        second += translate("team", " · items to do")
    if cell.expires_on is None:
        status = translate("team", "Held")
    elif cell.standing is not None:
        status = phase_words(cell.standing)  # the dashboard pill's honest words
    else:
        status = phase_label(cell.phase)
    if cell.renewal:  # the application or audit under way says more than the hours
        status += f" · {cell.renewal}"
    return f"{status}\n{second}"


def person_text(row: TeamRow) -> str:
    """Two lines: the name, then the role and home state."""
    role = role_words(row.person.role.value)
    state = f", {row.person.home_state}" if row.person.home_state else ""
    return f"{row.person.name}\n{role}{state}"


#: How many of a column's longest lines are measured to size it.
SIZING_SAMPLE = 12
#: Each column's longest lines, by credential type id ("" for the Person column).
ColumnSamples = Mapping[str, Sequence[str]]


def column_samples(view: TeamView, sample: int = SIZING_SAMPLE) -> ColumnSamples:
    """Each column's ``sample`` longest lines over the whole ``view``, for sizing the columns.

    Plain Python over the plain rows (the worker thread computes it with the view, once per
    evaluation: a filter change only measures them); the lines longest in characters stand
    for the widest. Sized from the whole team, the columns keep their width as filters change.
    """
    return _longest(view.rows, {}, sample)


def column_samples_updated(
    samples: ColumnSamples, view: TeamView, people: Collection[int], sample: int = SIZING_SAMPLE
) -> ColumnSamples:
    """``samples`` with the lines of ``people``'s rows in ``view`` (evaluated again) added.

    An update of a few people measures their lines only, not the whole team's again (that
    took longer than evaluating them). A line no longer shown may stay among the samples
    until the team is evaluated whole: a column is then a little wider than it must be.
    """
    return _longest([r for r in view.rows if r.person.id in people], samples, sample)


def _longest(rows: Iterable[TeamRow], samples: ColumnSamples, sample: int) -> ColumnSamples:
    lines: dict[str, set[str]] = defaultdict(set)
    for key, found in samples.items():
        lines[key].update(found)
    for row in rows:
        lines[""].update(person_text(row).split("\n"))
        for cell in row.cells:
            lines[cell.type_id].update(cell_text(cell).split("\n"))
    return {key: heapq.nlargest(sample, found, key=len) for key, found in lines.items()}


class TeamTableModel(QAbstractTableModel):
    """Rows are people (most urgent first); columns are Person, then credential types."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: TeamView | None = None
        self._rows: list[TeamRow] = []

    def set_view(self, view: TeamView) -> None:
        """Show ``view`` (plain rows, already filtered and sorted by urgency)."""
        self.beginResetModel()
        self.view = view
        self._rows = list(view.rows)
        self.endResetModel()

    def row_at(self, row: int) -> TeamRow:
        """The person shown in ``row``."""
        return self._rows[row]

    def cell_at(self, row: int, column: int) -> TeamCell | None:
        """The credential shown at (row, column), or None (the Person column, or not held)."""
        if self.view is None or column < 1:
            return None
        return self._rows[row].cell(self.view.columns[column - 1].type_id)

    def sizing_texts(self, samples: ColumnSamples) -> list[list[str]]:
        """Each shown column's heading and its sample lines (``column_samples``), for sizing."""
        keys = ["", *(c.type_id for c in self.view.columns)] if self.view else [""]
        heading = Qt.Orientation.Horizontal
        return [
            [str(self.headerData(n, heading) or ""), *samples.get(key, ())]
            for n, key in enumerate(keys)
        ]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.view is None:
            return 0
        return 1 + len(self.view.columns)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.view is None:
            return None
        if not 0 <= section < 1 + len(self.view.columns):
            return None
        column = self.view.columns[section - 1] if section else None
        if role == Qt.ItemDataRole.DisplayRole:
            return data_text(column.short_name) if column else translate("team", "Person")
        if role == Qt.ItemDataRole.ToolTipRole and column:
            return column.name
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PERSON_ROLE:
            return row.person.id
        if index.column() == 0:
            return self._person_data(row, role)
        cell = self.cell_at(index.row(), index.column())
        if role == CELL_ROLE:
            return cell
        if cell is None:
            return (
                translate("team", "Not held")
                if role == Qt.ItemDataRole.AccessibleTextRole
                else None
            )
        return self._cell_data(cell, role)

    def _person_data(self, row: TeamRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return person_text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return person_text(row).replace("\n", ", ")
        return None

    def _cell_data(self, cell: TeamCell, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell_text(cell).replace("\n", ", ")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.pill(cell.phase).text)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(theme.pill(cell.phase).back)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(cell)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Person column: by name; a credential column: most urgent first (not held last)."""
        if self.view is None:
            return
        self.layoutAboutToBeChanged.emit()
        if column < 0 or column > len(self.view.columns):
            self._rows = list(self.view.rows)  # back to most urgent first
        elif column == 0:
            self._rows.sort(key=lambda r: r.person.name.casefold())
        else:
            type_id = self.view.columns[column - 1].type_id
            self._rows.sort(key=lambda r: _urgency(r.cell(type_id)))
        if order == Qt.SortOrder.DescendingOrder and column >= 0:
            self._rows.reverse()
        self.layoutChanged.emit()


def _urgency(cell: TeamCell | None) -> tuple[int, int]:
    return cell.urgency if cell is not None else (99, 10**6)


def _tooltip(cell: TeamCell) -> str:
    number = translate("team", "{name} (No. {number})")
    lines = [
        number.format(name=cell.type_name, number=cell.number) if cell.number else cell.type_name
    ]
    if cell.deadline is not None:
        words = translate("team", "Apply by {date} ({days})")
        lines.append(words.format(date=date_text(cell.deadline), days=days_words(cell)))
    if cell.expires_on is not None:
        lines.append(translate("team", "Expires {date}").format(date=date_text(cell.expires_on)))
    if cell.required:
        words = translate("team", "{counted} of {required} hours counted")
        lines.append(words.format(counted=cell.counted, required=cell.required))
    lines.extend(cell.renewal_sentences)
    lines.extend(cell.missing)
    lines.append(translate("team", "Click to open this person's dashboard."))
    return "\n".join(lines)
