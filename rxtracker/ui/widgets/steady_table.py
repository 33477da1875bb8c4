"""A table view that is not repainted when its window is activated or deactivated for nothing.

An item view repaints its whole viewport when its window becomes active or inactive (a form
opened over the window deactivates it, closing the form activates it again), so that the
selection can be drawn in the inactive colours. When the palette's active and inactive
colours are the same (the themes' are: ``rxtracker.ui.theme``) nothing would look different:
the CE log's screen of rows was painted again for nothing, twice per form. The news stops at
the table then: its viewport, headers and scroll bars (the viewport's repaint is decided in
``viewportEvent``, which is better left to C++: it sees every paint) have nothing to redraw.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableView
from typing_extensions import override

_ACTIVATION = frozenset({QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate})


class SteadyTable(QTableView):
    """A QTableView that skips its repaint on (de)activation when it would change nothing."""

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() in _ACTIVATION and self.palette().isEqual(
            QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
        ):
            return True
        return super().event(event)
