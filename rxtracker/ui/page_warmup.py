"""The pages not shown yet, imported and built while the window is idle after start-up.

The main window builds a page (and imports its modules) the first time it is shown: start-up
pays only for the page it opens on, but the first visit of each other page then froze the
window for its imports and widgets (the CE log and its activity form: the longest). Once the
window has painted and its first page has read, ``PageWarmUp`` does that work ahead, one
module or one page per turn of the event loop, and only while no read or long action is
under way: a first visit is then a show and a read on the worker thread. A built page
that is hidden reads nothing until it is shown (``Page.mark_stale``). The activity form is
built once too and kept by the CE log: the first form opened is that one, only filled.
Each step runs as a page read does for the collector (``rxtracker.ui.collector``): what it
made is frozen, so no full collection scans the new modules and pages later.
"""

from __future__ import annotations

import functools
import importlib
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from rxtracker.ui import collector
from rxtracker.ui.common import next_turn
from rxtracker.ui.pages import PAGES

if TYPE_CHECKING:
    from rxtracker.ui.main_window import MainWindow

#: How long to wait before looking again while a read or an action is under way (ms).
BUSY_RETRY_MS = 100
#: Modules a page imports that are worth a turn of their own, leaves first (measured with
#: ``python -X importtime``: each turn then imports a few tens of milliseconds, not 100+).
FIRST_IMPORTS = {
    "dashboard": ("rxtracker.ui.pages.dashboard_cards",),
    "log": (
        "rxtracker.exchange.certificates.numbers",
        "rxtracker.exchange.certificates.reading",
        "rxtracker.exchange.certificates",
        "rxtracker.ui.dialogs.certificate_fill",
        "rxtracker.ui.dialogs.activity_dialog",
        "rxtracker.ui.dialogs.verification",
        "rxtracker.ui.models.activities",
    ),
    "credentials": ("rxtracker.ui.dialogs.credential_dialog",),
    "team": (
        "rxtracker.services.team",
        "rxtracker.ui.models.team",
        "rxtracker.ui.widgets.team_person",
    ),
}


class PageWarmUp(QObject):
    """Builds ``window``'s pages not built yet, a module or a page per idle turn."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._steps: deque[Callable[[], object]] = deque()

    @property
    def done(self) -> bool:
        """True once every page is built (or there was nothing to build)."""
        return not self._steps

    def start(self) -> None:
        """Queue the pages not built yet (Team only when shown in the navigation)."""
        window = self._window
        built = {page.name for page in window.built_pages()}
        for spec in PAGES:
            if spec.name in built or window.nav.item(window.nav_row(spec.name)).isHidden():
                continue
            for module in (
                *FIRST_IMPORTS.get(spec.name, ()),
                f"rxtracker.ui.pages.{spec.name}_page",
            ):
                self._steps.append(functools.partial(importlib.import_module, module))
            self._steps.append(functools.partial(window.page, spec.name))
            if spec.name == "log":
                self._steps.append(self._rehearse_activity_form)
        if self._steps:
            next_turn(self, self._next)

    def _rehearse_activity_form(self) -> None:
        """Build the activity form once, never shown: the CE log's spare form.

        What Qt and PySide make on first use (enum types, styles, fonts: about half of the
        first form's cost) is then ready, and the first form opened is this one, only filled.
        """
        from rxtracker.ui.dialogs.activity_dialog import ActivityDialog

        page = self._window.log_page
        page.keep_spare(ActivityDialog(self._window.ctx, self._window.hub, None, None, page))

    def _next(self) -> None:
        if not self._window.isVisible():  # closed: nothing more to get ready
            self._steps.clear()
            return
        actions = self._window.hub.actions
        if actions.reading or actions.running:
            QTimer.singleShot(BUSY_RETRY_MS, self, self._next)
            return
        collector.read_started()  # no cycle collection in the middle of an import
        try:
            self._steps.popleft()()
        finally:
            collector.read_shown()  # the modules and the page live on: frozen, never scanned
        if self._steps:
            next_turn(self, self._next)
