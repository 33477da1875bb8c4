"""The main window's pages, in navigation order.

The main window imports a page's module, and builds the page, the first time it is shown:
start-up pays only for the page it opens on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window: its key (settings, ``--page``) and its navigation title."""

    name: str
    title: str


PAGES = (
    PageSpec("dashboard", "Dashboard"),
    PageSpec("log", "CE Log"),
    PageSpec("credentials", "Credentials"),
    PageSpec("pathways", "Pathways"),
    PageSpec("team", "Team"),
    PageSpec("settings", "Settings"),
)
