"""The main window's menu bar: File, Edit, View, Go and Help.

Built with the window's frame, before the records are open (every action is switched on
when they are: ``MainWindow.attach``); each action calls one of the window's methods.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenuBar, QWidget

from rxtracker.i18n import translate
from rxtracker.ui.pages import PAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

_Shortcut = QKeySequence | QKeySequence.StandardKey | None


class _Window(Protocol):
    """What the menus call: the main window (``rxtracker.ui.main_window``)."""

    undo_stack: QUndoStack

    def window(self) -> QWidget: ...  # the main window itself (a top-level QWidget)
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def new_activity(self) -> None: ...
    def new_credential(self) -> None: ...
    def import_records(self) -> None: ...
    def add_from_certificates(self) -> None: ...
    def export_records(self) -> None: ...
    def take(self) -> None: ...
    def bring(self) -> None: ...
    def show_welcome(self) -> None: ...
    def manage_people(self) -> None: ...
    def open_data_folder(self) -> None: ...
    def connect_team_database(self) -> None: ...
    def find_in_log(self) -> None: ...
    def refresh(self) -> None: ...
    def show_page(self, name: str) -> None: ...
    def show_rules(self) -> None: ...
    def about(self) -> None: ...


def build_menus(window: _Window) -> tuple[QAction, QAction]:
    """Add the menus to ``window``; File ▸ Log a CE activity and File ▸ People."""
    bar = window.menuBar()
    file_actions = _file_menu(window, bar.addMenu(translate("main_window", "&File")))
    edit_menu = bar.addMenu(translate("main_window", "&Edit"))
    undo = window.undo_stack.createUndoAction(window.window(), translate("main_window", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window.window(), translate("main_window", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    find = translate("main_window", "&Find in the CE log")
    edit_menu.addAction(action(window, find, QKeySequence.StandardKey.Find, window.find_in_log))
    view_menu = bar.addMenu(translate("main_window", "&View"))
    refresh = translate("main_window", "&Refresh")
    view_menu.addAction(action(window, refresh, QKeySequence("F5"), window.refresh))
    go_menu = bar.addMenu(translate("main_window", "&Go"))
    for number, spec in enumerate(PAGES, start=1):
        go = functools.partial(window.show_page, spec.name)
        go_menu.addAction(
            action(window, translate("pages", spec.title), QKeySequence(f"Ctrl+{number}"), go)
        )
    _help_menu(window, bar.addMenu(translate("main_window", "&Help")))
    return file_actions


def _file_menu(window: _Window, menu: QMenu) -> tuple[QAction, QAction]:
    made: dict[str, QAction] = {}
    for key, text, shortcut, slot in (
        ("new", translate("main_window", "&Log a CE activity…"), QKeySequence.StandardKey.New,
         window.new_activity),
        ("", translate("main_window", "&Add a credential…"), None, window.new_credential),
        ("-", "", None, None),
        ("", translate("main_window", "&Import CE records…"), "Ctrl+I", window.import_records),
        ("", translate("main_window", "Add from &certificates…"), None,
         window.add_from_certificates),
        ("", translate("main_window", "&Export or print records…"), "Ctrl+E",
         window.export_records),
        ("-", "", None, None),
        ("", translate("main_window", "&Take my records to another computer…"), None, window.take),
        ("", translate("main_window", "&Bring records in from an archive…"), None, window.bring),
        ("-", "", None, None),
        ("", translate("main_window", "&Set up my records…"), None, window.show_welcome),
        ("people", translate("main_window", "&People…"), "Ctrl+Shift+P", window.manage_people),
        ("", translate("main_window", "&Open the data folder"), None, window.open_data_folder),
        ("", translate("main_window", "Connect to a &team database…"), None,
         window.connect_team_database),
        ("-", "", None, None),
        ("", translate("main_window", "&Quit"), QKeySequence.StandardKey.Quit, window.close),
    ):  # fmt: skip
        if slot is None:
            menu.addSeparator()
            continue
        keys = QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut
        made[key] = action(window, text, keys, slot)
        menu.addAction(made[key])
    return made["new"], made["people"]


def _help_menu(window: _Window, menu: QMenu) -> None:
    from rxtracker.ui.dialogs.help_dialogs import add_help_items

    rules = translate("main_window", "&Renewal rules…")
    menu.addAction(action(window, rules, None, window.show_rules))
    add_help_items(menu, window.window())  # Glossary, Keyboard shortcuts
    menu.addAction(action(window, translate("main_window", "&About rxtracker"), None, window.about))


def action(window: _Window, text: str, shortcut: _Shortcut, slot: Callable[[], object]) -> QAction:
    """A window-wide action: its shortcut works on every page."""
    owner = window.window()
    made = QAction(text, owner)
    if shortcut is not None:
        made.setShortcut(shortcut)
    made.triggered.connect(slot)
    owner.addAction(made)
    return made
