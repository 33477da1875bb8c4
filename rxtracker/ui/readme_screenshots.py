"""Make every README screenshot again, the same way each time: ``make screenshots``.

The demo records are built for a fixed day (``--as-of``, default below) with a clock stopped on
that day, so the same code gives the same pictures; the first-run screen uses an empty folder.
Each picture is the app's own ``--screenshot`` rendering (``rxtracker.ui.screenshot``).

    python -m rxtracker.ui.readme_screenshots [--out DIR] [--as-of 2026-11-16] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from rxtracker.demo.records import build_demo
from rxtracker.domain import FixedClock
from rxtracker.services import AppPaths, Context, open_context
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.screenshot import (
    quiet_offscreen_noise,
    save_screenshot,
    save_widget,
    settle,
    window_page,
)
from rxtracker.ui.settings import UiSettings

#: The demo's "today": a day that shows every status (renewal window open, one due soon).
AS_OF = dt.date(2026, 11, 16)
WIDE, NARROW = (1440, 860), (1024, 640)


@dataclass(frozen=True)
class Shot:
    """One README picture: the page (or form) it shows, at what size, in which theme."""

    name: str
    page: str
    size: tuple[int, int] = WIDE
    dark: bool = False
    empty: bool = False  # an empty data folder (the first run) instead of the demo
    lang: str = "en"  # the interface language (as --lang)


#: Every picture the README shows (docs/screenshots/NAME.png), except team-report.png: that
#: one is a page of the PDF report, not a screen.
SHOTS = (
    Shot("dashboard", "dashboard"),
    Shot("dashboard-plan", "dashboard-plan"),
    Shot("dashboard-dark", "dashboard", dark=True),
    Shot("log", "log"),
    Shot("activity-dialog", "activity-dialog"),
    Shot("certificate-form", "certificate-form"),
    Shot("add-from-certificates", "add-from-certificates"),
    Shot("pathways", "pathways"),
    Shot("team", "team"),
    Shot("team-narrow", "team", NARROW),
    Shot("team-dark", "team", dark=True),
    Shot("renewal-rules", "renewal-rules"),
    Shot("first-run", "first-run", empty=True),
    Shot("dashboard-es", "dashboard", lang="es"),
    Shot("activity-form-es", "activity-dialog", lang="es"),
)
NAMES = tuple(shot.name for shot in SHOTS)


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots asked for (all by default); the exit status."""
    args = _parser().parse_args(argv)
    wanted = [s for s in SHOTS if not args.only or s.name in args.only]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    QApplication.instance() or QApplication([sys.argv[0]])
    QApplication.setCursorFlashTime(0)  # a steady text cursor: the same picture every time
    quiet_offscreen_noise()
    clock = FixedClock(args.as_of)
    with tempfile.TemporaryDirectory(prefix="rxtracker-shots-") as tmp:
        demo, empty = _context(Path(tmp, "demo"), clock), _context(Path(tmp, "empty"), clock)
        build_demo(demo, as_of=args.as_of)
        try:
            for shot in wanted:
                if _take_in(shot, empty if shot.empty else demo, args.out / f"{shot.name}.png"):
                    return 1
                print(f"{args.out / shot.name}.png")
        finally:
            demo.close()
            empty.close()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    parser.add_argument("--only", nargs="+", choices=NAMES, metavar="NAME", help=", ".join(NAMES))
    return parser


def _context(folder: Path, clock: FixedClock) -> Context:
    paths = AppPaths.resolve(folder, database_url=None)
    paths.ensure()
    return open_context(paths, clock)


def _take_in(shot: Shot, ctx: Context, target: Path) -> int:
    """``_take`` in the shot's language (as ``--lang``), English again afterwards."""
    if shot.lang == "en":
        return _take(shot, ctx, target)
    from rxtracker.i18n import language_from
    from rxtracker.language import activate, deactivate, install_in_app

    activation = activate(*language_from(shot.lang, None))
    install_in_app(activation)
    try:
        return _take(shot, ctx, target)
    finally:
        deactivate(activation)


def _take(shot: Shot, ctx: Context, target: Path) -> int:
    """Render ``shot`` on ``ctx`` into ``target``; the exit status."""
    settings = UiSettings(ctx.paths.settings)
    settings.theme = "dark" if shot.dark else "light"
    settings.welcome_skipped = False
    special = _SPECIAL.get(shot.page)
    if special is None:
        window = MainWindow(ctx, settings, page=window_page(shot.page))
        return save_screenshot(window, target, shot.page, shot.size)
    page, prepare = special
    window = MainWindow(ctx, settings, page=page)
    window.resize(*shot.size)
    window.show()
    settle(window)
    return save_widget(window, prepare(window), target)


def _rules(window: MainWindow) -> QWidget:
    from rxtracker.ui.dialogs.rules_dialog import RulesDialog

    dialog = RulesDialog(window.ctx.catalog, window)
    dialog.select("nv-technician")
    dialog.show()
    settle(window)
    return dialog


def _first_run(window: MainWindow) -> QWidget:
    return window  # an empty folder opens on the first-run steps


def _team(window: MainWindow) -> QWidget:
    """The grid with a person at risk chosen: the side panel says who and what to take next."""
    page = window.team_page
    rows = range(page.model.rowCount())
    row = next((r for r in rows if page.model.row_at(r).person.name == "Marcus Lee"), 0)
    page.table.setCurrentIndex(page.model.index(row, 0))
    settle(window)
    return window


def _plan(window: MainWindow) -> QWidget:
    """The dashboard scrolled to its end: a card's plan and What to take next under the cards."""
    bar = window.dashboard_page.card_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window)
    return window


#: Shots that are more than a page: (the window's page, what to do before the picture).
_SPECIAL: dict[str, tuple[str | None, Callable[[MainWindow], QWidget]]] = {
    "renewal-rules": (None, _rules),
    "first-run": (None, _first_run),
    "team": ("team", _team),
    "dashboard-plan": ("dashboard", _plan),
}

if __name__ == "__main__":
    sys.exit(main())
