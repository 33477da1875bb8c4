"""The undo notice: "Deleted “Law update”. [Undo]" in the window, and Ctrl+Z wherever the focus is.

A text field (the CE log's search box) keeps Ctrl+Z for its own typing, which used to swallow
the key after a delete. While the notice is shown, Ctrl+Z in the main window undoes the delete
the notice names, whatever widget has the focus; dialogs keep their own Ctrl+Z.

The notice watches the focused widget's events only (the key goes to it), moving with the
focus: a filter on the whole application would run Python for every event of every widget,
each waiting for the GIL while a page's read runs on the worker thread (a delete's refresh).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from typing_extensions import override

from rxtracker.i18n import translate
from rxtracker.ui import theme


def done_words(command_text: str) -> str:
    """'Delete “Law update”' → 'Deleted “Law update”.' (the verb in the interface language)."""
    verb, _, rest = command_text.partition(" ")
    done = {
        translate("undo_notice", "Delete"): translate("undo_notice", "Deleted {what}."),
        translate("undo_notice", "Remove"): translate("undo_notice", "Removed {what}."),
    }.get(verb)
    if done is None:
        return f"{verb} {rest}.".replace(" .", ".")
    return done.format(what=rest).replace(" .", ".")


class UndoNotice(QFrame):
    """Shown after a delete or removal, with an Undo button; hidden once undone or closed."""

    def __init__(self, stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self.stack = stack
        self.window_ = window
        self._index = stack.index()
        self._watched: QWidget | None = None  # the focused widget, while the notice shows
        self._following = False  # the focus, from one widget to the next
        self.setObjectName("undoNotice")
        self.words = QLabel()
        self.words.setAccessibleName(translate("undo_notice", "What can be undone"))
        self.undo_button = QPushButton(translate("undo_notice", "&Undo"))
        self.undo_button.setToolTip(translate("undo_notice", "Bring it back (Ctrl+Z)"))
        self.undo_button.clicked.connect(stack.undo)
        self.close_button = QPushButton(translate("undo_notice", "Dismiss"))
        self.close_button.setToolTip(
            translate("undo_notice", "Hide this notice (Ctrl+Z still undoes from the Edit menu)")
        )
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.Space.M, theme.Space.XS, theme.Space.XS, theme.Space.XS)
        row.addWidget(self.words, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.hide()
        stack.indexChanged.connect(self._index_changed)

    def _index_changed(self, index: int) -> None:
        forward = index > self._index
        self._index = index
        if forward and self.stack.canUndo():
            palette = theme.current_palette()
            theme.restyle(
                self,
                f"#undoNotice {{ background: {palette.notice}; border-radius: {theme.RADIUS}px; }}"
                f"#undoNotice QLabel {{ color: {palette.text}; }}",
            )
            self.words.setText(
                translate("undo_notice", "{done} Press Ctrl+Z to undo.").format(
                    done=done_words(self.stack.undoText())
                )
            )
            self.show()
        else:
            self.hide()

    @override
    def setVisible(self, visible: bool) -> None:
        """Watch the focused widget's keys only while shown (see the module's docstring)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and visible != self._following:
            self._following = visible
            if visible:
                app.focusChanged.connect(self._focus_moved)
            else:
                app.focusChanged.disconnect(self._focus_moved)
            self._watch(app.focusWidget() if visible else None)
        super().setVisible(visible)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._watch(new)

    def _watch(self, widget: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = widget if widget is not None and widget.window() is self.window_ else None
        if self._watched is not None:
            self._watched.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in the main window undoes the notice's delete, even in a text field.

        Eating the field's ShortcutOverride leaves the key to the window's Undo shortcut.
        """
        return (
            event.type() == QEvent.Type.ShortcutOverride
            and self.isVisible()
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and watched is self._watched
        )
