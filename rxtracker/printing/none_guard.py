"""Keeping ``None`` alive while the printer makes hundreds of thousands of Qt calls.

PySide6 6.12 on Python 3.11 hands back ``None`` from a Qt method that returns nothing
without taking a reference to it (measured: 1,000 ``QPainter.setPen`` calls lower
``sys.getrefcount(None)`` by 1,000). Python 3.12 and later make ``None`` immortal, so it
costs nothing there; on 3.11 a long report would release ``None`` entirely and the
interpreter would abort ("deallocating None"). The printer counts its painter calls and,
when this PySide6 loses references, gives ``None`` one reference back per call, for good
(in CPython's own count: a list holding them would give them back at exit, too early). A
call that loses none only makes ``None``'s count larger, which is harmless.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QRectF

_LOSES: list[bool] = []


def qt_loses_none() -> bool:
    """True when a Qt method returning nothing takes a reference from ``None`` (measured once)."""
    if not _LOSES:
        rect = QRectF()
        before = sys.getrefcount(None)
        for _ in range(64):
            rect.setTop(0.0)
        lost = before - sys.getrefcount(None)
        _LOSES.append(sys.version_info < (3, 12) and lost > 32)
        if _LOSES[0]:
            ctypes.c_ssize_t.from_address(id(None)).value += lost  # this measurement's own
    return _LOSES[0]


class NoneBalance:
    """Counts the painter calls made and puts back the references they took."""

    def __init__(self) -> None:
        self.owed = 0
        self._active = qt_loses_none()

    def settle(self) -> None:
        """Give ``None`` one reference for each call counted since the last settle."""
        if self._active and self.owed:
            # CPython 3.11: ob_refcnt is the first field of every object (immortal from 3.12).
            ctypes.c_ssize_t.from_address(id(None)).value += self.owed
        self.owed = 0
