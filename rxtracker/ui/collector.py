"""Short garbage-collection pauses: what a page has read is put out of the collector's way.

Python's cyclic collector now and then scans every object the program holds (a "full"
collection). With the app's modules, Qt wrappers and a page's rows that is 70,000–100,000
objects, 40 ms on a quiet machine and 100–650 ms on a busy one, and it holds the GIL all
that time: on the worker thread in the middle of a team evaluation it freezes the window as
surely as on the GUI thread. The rows a page reads are plain frozen dataclasses (freed by
reference counting when the page drops them); they need no cycle collection.

So a page read (``ActionRunner.read``) runs with automatic collection off, and once the page
has shown it, everything alive is frozen (``gc.freeze``: moved where collections never look)
and collection is switched back on. Collections then scan only what was made since the
last read: a few thousand objects. The price is the cyclic garbage alive at that moment
(about 40 objects per read in the stall probe) and what was frozen and later dropped in a
cycle (a closed dialog): it is found when the app is no longer the active one (the user is
in another program, so a full collection then disturbs nobody; see ``thaw_when_inactive``).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


class _Reads:
    """How many page reads are under way, and whether they switched collection off."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.we_disabled = False
        self.watched: set[int] = set()  # the applications whose deactivation thaws


_reads = _Reads()  # the collector is process-wide, so is this


def read_started() -> None:
    """A page read begins: no automatic collection until the reads under way have ended."""
    with _reads.lock:
        if _reads.count == 0 and gc.isenabled():
            gc.disable()
            _reads.we_disabled = True
        _reads.count += 1


def read_shown() -> None:
    """A page has shown its read: freeze what is alive, collect again if no read is left.

    Collection stays off if it was off before the reads (during start-up, see
    ``rxtracker.__main__``), for whoever switched it off to switch on.
    """
    with _reads.lock:
        _reads.count = max(_reads.count - 1, 0)
        if _reads.count:
            return
        gc.freeze()
        if _reads.we_disabled:
            _reads.we_disabled = False
            gc.enable()


def thaw() -> int:
    """Give the frozen objects back to the collector and collect; the garbage found."""
    gc.unfreeze()
    return gc.collect()


def thaw_when_inactive() -> None:
    """Thaw and collect whenever the application stops being the active one."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or id(app) in _reads.watched:
        return
    _reads.watched.add(id(app))
    app.applicationStateChanged.connect(_state_changed)


def _state_changed(state: Qt.ApplicationState) -> None:
    if state != Qt.ApplicationState.ApplicationActive and not _reads.count:
        thaw()
