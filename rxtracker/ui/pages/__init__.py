"""The main window's pages, in navigation order.

The main window imports a page's module, and builds the page, the first time it is shown:
start-up pays only for the page it opens on.
"""

from __future__ import annotations

from dataclasses import dataclass

from rxtracker.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window: its key (settings, ``--page``) and its navigation title."""

    name: str
    title: str


PAGES = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard")),
    PageSpec("log", QT_TRANSLATE_NOOP("pages", "CE Log")),
    PageSpec("credentials", QT_TRANSLATE_NOOP("pages", "Credentials")),
    PageSpec("pathways", QT_TRANSLATE_NOOP("pages", "Pathways")),
    PageSpec("team", QT_TRANSLATE_NOOP("pages", "Team")),
    PageSpec("settings", QT_TRANSLATE_NOOP("pages", "Settings")),
)
