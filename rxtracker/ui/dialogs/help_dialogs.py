"""Help ▸ Glossary (the words rxtracker and the boards use) and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: The glossary: a term and what it means, in plain US English.
GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("help_dialogs", "UAN (Universal Activity Number)"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "The number ACPE gives every accredited CE course, printed on your certificate, "
            "e.g. 0197-0000-25-001-H03-T. Its last parts say the topic (03), the format (H "
            "for home study, L for live) and the audience (T for technicians, P for "
            "pharmacists).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Topic codes"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "The two digits after the H or L in a UAN: 01 medicines and disease states, 02 "
            "HIV/AIDS therapy, 03 pharmacy law, 04 general pharmacy, 05 patient safety, 06 "
            "immunizations, 07 compounding, 08 pain management. Boards ask for hours in some "
            "of these topics.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Technician-specific"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "A course meant for pharmacy technicians: its UAN ends in -T. PTCB asks that your"
            " CE be technician-specific; a course for pharmacists ends in -P.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "CPE Monitor"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "NABP's service that collects the ACPE courses your providers report for your "
            "NABP e-Profile ID. PTCB and many boards check it; download your transcript there"
            " and import it (File ▸ Import CE records) to see which courses have been "
            "reported.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Renewal window"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "The days in which a credential can be renewed, before its last day to apply. "
            "rxtracker shows when the window opens and the last day for each credential.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Contact hour"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "One hour of CE; 10 contact hours make 1 CEU. rxtracker counts in contact hours.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Cycle"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "The period a credential's CE counts for, from the start of the cycle to its "
            "expiration. Renewing starts a new cycle; the past one is kept, read-only.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Lapsed or expired"),
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "Past the last day to renew. Some boards allow a late renewal or reinstatement "
            "with extra hours or a fee; the Renewal rules (Help menu) say what each one asks.",
        ),
    ),
)


class TextDialog(QDialog):
    """A read-only page of text with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)


def glossary_html() -> str:
    """The glossary as a definition list."""
    items = "".join(
        f"<dt><b>{escape(translate('help_dialogs', term))}</b></dt>"
        f"<dd style='margin-bottom:10px'>{escape(translate('help_dialogs', words))}</dd>"
        for term, words in GLOSSARY
    )
    return f"<dl>{items}</dl>"


def shortcuts_html(actions: list[QAction]) -> str:
    """A table of every menu command that has a keyboard shortcut."""
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys and action.text():
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append(f"<tr><td>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>")
    head = "<tr><th align='left'>{command}</th><th align='left'>{keys}</th></tr>".format(
        command=translate("help_dialogs", "Command"), keys=translate("help_dialogs", "Keys")
    )
    return f"<table cellpadding='4'>{head}{''.join(rows)}</table>"


def add_help_items(menu: QMenu, window: QWidget) -> None:
    """Help ▸ Glossary and Help ▸ Keyboard shortcuts (each opens its page, not modal)."""
    glossary = menu.addAction(translate("help_dialogs", "&Glossary…"))
    glossary.triggered.connect(
        lambda: _show(
            window, TextDialog(translate("help_dialogs", "Glossary"), glossary_html(), window)
        )
    )
    keys = menu.addAction(translate("help_dialogs", "&Keyboard shortcuts…"))
    keys.setShortcut(QKeySequence("F1"))
    window.addAction(keys)  # F1 works wherever the focus is in the window
    keys.triggered.connect(
        lambda: _show(
            window,
            TextDialog(
                translate("help_dialogs", "Keyboard shortcuts"), _all_shortcuts(window), window
            ),
        )
    )


def _all_shortcuts(window: QWidget) -> str:
    return shortcuts_html([a for a in window.findChildren(QAction) if a.shortcuts()])


def _show(window: QWidget, dialog: TextDialog) -> None:
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
