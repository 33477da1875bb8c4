"""The main window's menus: File, Edit, View, Go and Help."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from rxtracker.i18n import translate
from rxtracker.ui.common import open_with_system_viewer
from rxtracker.ui.dialogs.help_dialogs import add_help_items
from rxtracker.ui.pages import PAGES

if TYPE_CHECKING:
    from rxtracker.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Fill the menu bar of ``window``; its actions' shortcuts work anywhere in it."""
    file_menu = window.menuBar().addMenu(translate("menus", "&File"))
    window.new_activity_action = _action(
        window,
        translate("menus", "&Log a CE activity…"),
        QKeySequence.StandardKey.New,
        window.new_activity,
    )
    file_menu.addAction(window.new_activity_action)
    file_menu.addAction(
        _action(window, translate("menus", "&Add a credential…"), None, window.new_credential)
    )
    file_menu.addSeparator()
    file_menu.addAction(
        _action(
            window,
            translate("menus", "&Import CE records…"),
            QKeySequence("Ctrl+I"),
            window.import_records,
        )
    )
    file_menu.addAction(
        _action(
            window,
            translate("menus", "Add from &certificates…"),
            None,
            window.add_from_certificates,
        )
    )
    file_menu.addAction(
        _action(
            window,
            translate("menus", "&Export or print records…"),
            QKeySequence("Ctrl+E"),
            window.export_records,
        )
    )
    file_menu.addSeparator()
    take = translate("menus", "&Take my records to another computer…")
    file_menu.addAction(_action(window, take, None, window.take))
    bring = translate("menus", "&Bring records in from an archive…")
    file_menu.addAction(_action(window, bring, None, window.bring))
    file_menu.addSeparator()
    file_menu.addAction(
        _action(window, translate("menus", "&Set up my records…"), None, window.show_welcome)
    )
    window.people_action = _action(
        window,
        translate("menus", "&People…"),
        QKeySequence("Ctrl+Shift+P"),
        window.manage_people,
    )
    file_menu.addAction(window.people_action)
    file_menu.addAction(
        _action(
            window,
            translate("menus", "&Open the data folder"),
            None,
            lambda: open_with_system_viewer(window.ctx.paths.data_dir),
        )
    )
    file_menu.addAction(
        _action(
            window,
            translate("menus", "Connect to a &team database…"),
            None,
            window.connect_team_database,
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        _action(window, translate("menus", "&Quit"), QKeySequence.StandardKey.Quit, window.close)
    )
    edit_menu = window.menuBar().addMenu(translate("menus", "&Edit"))
    undo = window.undo_stack.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, translate("menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(
        _action(
            window,
            translate("menus", "&Find in the CE log"),
            QKeySequence.StandardKey.Find,
            window.find_in_log,
        )
    )
    view_menu = window.menuBar().addMenu(translate("menus", "&View"))
    refresh = _action(
        window, translate("menus", "&Refresh"), QKeySequence("F5"), window.watcher.refresh
    )
    view_menu.addAction(refresh)
    go_menu = window.menuBar().addMenu(translate("menus", "&Go"))
    for number, spec in enumerate(PAGES, start=1):
        action = _action(
            window,
            translate("pages", spec.title),
            QKeySequence(f"Ctrl+{number}"),
            functools.partial(window.show_page, spec.name),
        )
        go_menu.addAction(action)
    help_menu = window.menuBar().addMenu(translate("menus", "&Help"))
    help_menu.addAction(
        _action(window, translate("menus", "&Renewal rules…"), None, window.show_rules)
    )
    add_help_items(help_menu, window)  # Glossary, Keyboard shortcuts
    help_menu.addAction(_action(window, translate("menus", "&About rxtracker"), None, window.about))


def _action(
    window: MainWindow,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action
