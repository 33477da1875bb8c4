"""Every screen in Spanish: no English words left but names and data, and no text cut off.

The app is opened in Spanish on the demo records (the README's fixed day) at 1024x640; every
page is visited and every dialog reachable from the menus and the pages is opened. For each
visible text a person reads (labels, buttons, group titles, tabs, menus, window titles, column
headings, placeholders) the test fails on:

- an English word (a list of common English words, matched whole) once proper names and the
  demo's own data (people, course titles, providers) are taken out;
- a text cut off: a label without word wrap narrower than its text, a button narrower than its
  words.

Every offending (screen, widget, text) is listed at once: on a branch where part of the app is
not translated yet, the list is the work left.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rxtracker import language
from rxtracker.demo.records import build_demo
from rxtracker.domain import FixedClock
from rxtracker.services import AppPaths, Context, activities, open_context, people
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.pages import PAGES
from rxtracker.ui.readme_screenshots import AS_OF
from rxtracker.ui.screenshot import settle
from rxtracker.ui.settings import UiSettings

#: Common English words, matched as whole words (none of them is also a Spanish word).
_ENGLISH_WORDS = """
    the and of to your you for with not more by this that these those is are be been was were
    it its from at on in into an or if then than when where which who what why how all any each
    every some other also only still yet until after before about up out our we they their them
    can cannot must should would will do does did done so just here there hours hour day days
    activity activities credential credentials course courses record records log logged add
    added save saved open choose chosen show shown import export file files cycle renewal renew
    deadline expires expired check checked click press type search back close cancel delete
    remove edit help view quit undo redo refresh ready next new nothing none due left late
    earned apply step steps set up certificate certificates people person name title provider
    date role status result summary notes rules glossary keyboard shortcuts welcome dashboard
    team pathways reminder reminders backup restore appearance language system light dark
    settings work experience track risk behind pace started opens window yes
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
#: "CE" is English shorthand; Spanish writes "EC".
ENGLISH_CASED = frozenset({"CE"})
#: Proper names kept as they are in both languages (of these only one holds an English word).
PROPER_NAMES = ("District of Columbia",)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_FILES_AND_PATHS = re.compile(r"\S*/\S*|\S+\.(?:pdf|png|jpe?g|zip|csv|xlsx|ics|txt)\b")
_TAGS = re.compile(r"<[^>]+>")
NAVIGATION = "Páginas"  # the main window's list of pages (its accessible name in Spanish)


@dataclass
class Walk:
    """What the walk found: (screen, widget, text) for English words and for cut-off texts."""

    data: tuple[str, ...]  # the demo's own names and titles, longest first
    english: list[tuple[str, str, str]] = field(default_factory=list)
    cut: list[tuple[str, str, str]] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)

    def read(self, screen: str, widget: str, text: str) -> None:
        """Check one text a person reads."""
        if not text or (widget, text) in self.seen:
            return
        self.seen.add((widget, text))
        if english_words(text, self.data):
            self.english.append((screen, widget, text))

    def report(self) -> str:
        """Every problem, one a line."""
        lines = [f"English on {s}: {w}: {t!r}" for s, w, t in self.english]
        lines += [f"Cut off on {s}: {w}: {t!r}" for s, w, t in self.cut]
        return "\n".join(lines)


def english_words(text: str, data: tuple[str, ...]) -> list[str]:
    """The English words of ``text`` once markup, files, proper names and data are taken out."""
    plain = html.unescape(_TAGS.sub(" ", text)).replace("&", "")
    for known in (*PROPER_NAMES, *data):
        plain = plain.replace(known, " ")
    plain = _FILES_AND_PATHS.sub(" ", plain)
    words = _WORD.findall(plain)
    return [w for w in words if w.lower() in ENGLISH or w in ENGLISH_CASED]


def walk_widget(walk: Walk, screen: str, top: QWidget) -> None:
    """Read every visible text of ``top`` and its children; note the ones cut off."""
    walk.read(screen, "window title", top.windowTitle())
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QFileDialog):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}".strip()
        for text in _texts(widget):
            walk.read(screen, name, text)
        if _cut_off(widget):
            walk.cut.append((screen, name, _texts(widget)[0]))


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QMenu):
        return [widget.title(), *(a.text() for a in widget.actions())]
    if isinstance(widget, QTableView) and widget.model() is not None:
        model, header = widget.model(), widget.horizontalHeader()
        if header.isHidden():
            return []
        across = Qt.Orientation.Horizontal
        columns = range(model.columnCount())
        return [
            str(model.headerData(c, across) or "") for c in columns if not header.isSectionHidden(c)
        ]
    if isinstance(widget, QListWidget) and widget.accessibleName() == NAVIGATION:
        return [widget.item(i).text() for i in range(widget.count())]
    return []


def _cut_off(widget: QWidget) -> bool:
    """A one-line label narrower than its text, or a button narrower than its words."""
    if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
        return widget.sizeHint().width() > widget.width() + 1
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
        return widget.sizeHint().width() > widget.width() + 1
    return False


@pytest.fixture
def spanish() -> Iterator[None]:
    activation = language.activate("es", "es_US")
    language.install_in_app(activation)
    yield
    language.deactivate(activation)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Context]:
    """The demo records on the README's fixed day, with the clock stopped on it."""
    paths = AppPaths.resolve(tmp_path / "demo", database_url=None)
    paths.ensure()
    ctx = open_context(paths, FixedClock(AS_OF))
    build_demo(ctx, as_of=AS_OF)
    yield ctx
    ctx.close()


@pytest.fixture
def no_modal_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialogs run with exec() are shown and left open; file pickers and boxes answer nothing."""

    def show(dialog: QDialog) -> int:
        dialog.show()
        return 0

    monkeypatch.setattr(QDialog, "exec", show)
    for picker in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, picker, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    for box in ("critical", "warning", "information", "question"):
        answer = QMessageBox.StandardButton.Cancel
        monkeypatch.setattr(QMessageBox, box, staticmethod(lambda *_a, _r=answer, **_k: _r))


def _data(ctx: Context) -> tuple[str, ...]:
    """The demo's own words: people's names, course titles and providers (data, not UI)."""
    found: set[str] = set()
    for person in people.list_people(ctx, include_inactive=True):
        found.add(person.name)
        for row in activities.list_activities(ctx, person.id):
            found.update(x for x in (row.title, row.provider) if x)
    return tuple(sorted(found, key=len, reverse=True))


def _opened(window: MainWindow, before: set[int]) -> list[QWidget]:
    settle(window)
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before and w is not window
    ]


def _open_and_read(
    walk: Walk, window: MainWindow, screen: str, opener: Callable[[], object]
) -> None:
    """Run ``opener``; read every window it opened, then close them."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    opener()
    for top in _opened(window, before):
        if isinstance(top, QFileDialog):
            top.close()  # Qt's own, translated by qtbase_es
            continue
        walk_widget(walk, screen, top)
        top.close()
    settle(window)


def _menu_actions(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    """Every menu item that opens something (not Quit, Refresh, Undo/Redo or the pages)."""
    skipped = {window.people_action} if not window.people_action.isVisible() else set()
    openers = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            text = action.text()
            if action.isSeparator() or action in skipped or not text.endswith("…"):
                continue
            openers.append((f"menu {menu.title()} ▸ {text}", action.trigger))
    return openers


def _page_openers(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    """The dialogs the pages open: forms, confirmations, checklists and history."""
    log, held = window.log_page, window.credentials_page
    dashboard = window.dashboard_page
    card = dashboard.view.cards[0] if dashboard.view and dashboard.view.cards else None
    openers: list[tuple[str, Callable[[], object]]] = [
        ("CE log ▸ new activity", log.add_activity),
        ("CE log ▸ edit", lambda: (log.table.selectRow(0), log.edit_selected())),
        ("CE log ▸ delete", lambda: (log.table.selectRow(0), log.delete_selected())),
        ("Credentials ▸ add", held.add_credential),
        ("Credentials ▸ edit", lambda: (held.table.selectRow(0), held.edit_selected())),
        ("Credentials ▸ renew", lambda: (held.table.selectRow(0), held.renew_selected())),
        ("Credentials ▸ remove", lambda: (held.table.selectRow(0), held.remove_selected())),
        ("Credentials ▸ new type", held.define_type),
        ("Pathways ▸ work experience", window.pathways_page.experience.add_button.click),
        ("Settings ▸ restore", window.settings_page.open_restore),
        ("About", window.about),
    ]
    if card is not None:
        openers += [
            ("Dashboard ▸ ready to apply", lambda: dashboard.show_ready(card)),
            ("Dashboard ▸ audit", lambda: dashboard.record_audit(card)),
            ("Dashboard ▸ log CE", dashboard.log_activity),
        ]
    if window.supervisor_tools:
        openers.append(("Team ▸ people", window.team_page.people_button.click))
    return openers


def _walk_pages(walk: Walk, window: MainWindow) -> None:
    for spec in PAGES:
        if window.nav.item(window.nav_row(spec.name)).isHidden():
            continue
        window.show_page(spec.name)
        settle(window)
        walk_widget(walk, f"page {spec.name}", window)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        walk.read("menus", "QMenu", menu.title())
        for action in menu.actions():
            walk.read("menus", f"QMenu {menu.title()}", action.text())


def _walk_welcome(walk: Walk, window: MainWindow, qtbot: QtBot) -> None:
    window.show_welcome()
    settle(window)
    walk_widget(walk, "welcome ▸ about you", window)
    qtbot.keyClicks(window.welcome.name, "Rosa")
    window.welcome.go_to_credentials()
    settle(window)
    walk_widget(walk, "welcome ▸ your credentials", window)
    window.show_page("dashboard")


@pytest.mark.usefixtures("spanish", "no_modal_waits")
def test_every_screen_is_in_spanish_and_nothing_is_cut_off(qtbot: QtBot, demo: Context) -> None:
    settings = UiSettings(demo.paths.settings)
    settings.supervisor_tools = True  # the Team page and the supervisor's checks too
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    settle(window)
    walk = Walk(_data(demo))
    _walk_pages(walk, window)
    for screen, opener in (*_menu_actions(window), *_page_openers(window)):
        _open_and_read(walk, window, screen, opener)
    _walk_welcome(walk, window, qtbot)
    assert not (walk.english or walk.cut), "\n" + walk.report()
