"""What every page shares: the person shown, and reloading only when something concerns it."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QWidget
from typing_extensions import override

from rxtracker.services import Changes, Context, Kind
from rxtracker.ui.first_paint import AfterNextPaint
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.fit import WholeTextDelegate

T = TypeVar("T")

#: Kinds of change that concern one person's records only (the others concern everybody).
PERSONAL = frozenset(
    {Kind.PEOPLE, Kind.CREDENTIALS, Kind.ACTIVITIES, Kind.EXPERIENCE, Kind.VERIFICATION}
)


class Page(QWidget):
    """A page of the main window.

    A page reloads when the hub announces changes that concern it: changes of one of its
    ``kinds``, to the person shown (or to the catalog or the settings, which concern every
    person). A hidden page only remembers that it is stale and reloads when next shown.
    """

    name = ""
    title = ""
    kinds: ClassVar[frozenset[Kind]] = frozenset(
        {Kind.PEOPLE, Kind.CREDENTIALS, Kind.ACTIVITIES, Kind.CATALOG}
    )

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.person_id: int | None = None
        self.stale = True
        self.reload_count = 0
        self.painted = AfterNextPaint(self)  # see read_after_paint
        hub.changed.connect(self._on_changes)

    def set_person(self, person_id: int | None) -> None:
        """Show another person's records."""
        self.person_id = person_id
        self.mark_stale()

    def concerns(self, changes: Changes) -> bool:
        """True when ``changes`` touch what this page shows (see the class docstring)."""
        kinds = changes.kinds & self.kinds
        if kinds - PERSONAL:
            return True
        return bool(kinds) and self.person_id is not None and self.person_id in changes.people

    def mark_stale(self) -> None:
        """Reload now if visible, else on the next show."""
        self.stale = True
        if self.isVisible():
            self.reload_now()

    def reload_now(self) -> None:
        """Reload from the services."""
        self.stale = False
        self.reload_count += 1
        self.reload()

    def reload(self) -> None:
        """Read the services and fill the widgets (subclasses)."""
        raise NotImplementedError

    def read_after_paint(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[], T],
        done: Callable[[T], object],
    ) -> None:
        """``hub.actions.read`` once the page has painted (at the latest 50 ms later).

        A page shown, or changed, paints first: read meanwhile, the worker's Python held the
        GIL that each of the paint's calls into Python waited for (a model's ``data``, a
        delegate's or a widget's own ``paint``).
        """
        self.painted.run(lambda: self.hub.actions.read(parent, title, work, done))

    def filling(self) -> bool:
        """True while what the page read is still being put on screen, a piece per turn.

        And while a read waits for the page's paint (``read_after_paint``).
        """
        return self.painted.waiting

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload_now()

    def _on_changes(self, changes: Changes) -> None:
        if self.concerns(changes):
            self.mark_stale()


def heading(text: str) -> QLabel:
    """A page heading (larger, bold, from the system font)."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def setup_table(table: QTableView, name: str) -> None:
    """Fixed row heights, whole-row selection, no row numbers, an accessible name.

    Cells cut short end in "…" and show their whole text as a tooltip.
    """
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.setTabKeyNavigation(False)
    table.setItemDelegate(WholeTextDelegate(table))  # a cut cell tells its whole text


def bar(row: QHBoxLayout) -> QWidget:
    """A row of controls as one widget, so a page can hide it as one (an empty page)."""
    widget = QWidget()
    row.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(row)
    return widget
