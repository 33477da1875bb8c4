"""Help ▸ Renewal rules….

Choose a state or credential, read its rules in plain sentences, each with its source
link and the date it was checked (the words of ``rules show``).
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rxtracker.catalog import Catalog, CredentialType
from rxtracker.catalog.describe import Description, confirmation_words, describe
from rxtracker.i18n import data_text, translate
from rxtracker.services.wording import sentence_date


def choice_text(ctype: CredentialType) -> str:
    """How a type reads in the chooser: 'WA · Washington pharmacy technician licence'."""
    name = data_text(ctype.name)
    return f"{ctype.state} · {name}" if ctype.state else name


def short_address(source: str) -> str:
    """A long address as 'host/…/last-part', so a line of source stays readable."""
    if len(source) <= 70 or "://" not in source:
        return source
    host, _, path = source.split("://", 1)[1].partition("/")
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return f"{host}/…/{last}" if last and last != path else f"{host}/{path}"[:70] + "…"


def rules_html(info: Description) -> str:
    """The rules of one type as HTML: heading, CE line, one item per rule with its source."""
    ctype = info.ctype
    items = []
    for sentence in info.sentences:
        link, shown = html.escape(sentence.source), html.escape(short_address(sentence.source))
        source = f'<a href="{link}">{shown}</a>' if sentence.source.startswith("http") else link
        style = ' style="color:#8a5a00"' if sentence.unconfirmed else ""
        items.append(
            f"<li{style}>{html.escape(sentence.text)}<br><small>"
            + translate("rules_dialog", "Source: {source} (checked {date})").format(
                source=source, date=sentence_date(sentence.checked)
            )
            + "</small></li>"
        )
    return (
        f"<h3>{html.escape(data_text(ctype.name))}</h3>"
        + "<p>"
        + translate(
            "rules_dialog", "Issued by {issuer}. CE: <b>{hours}</b>. Facts {confirmed}."
        ).format(
            issuer=html.escape(ctype.issuer),
            hours=html.escape(info.hours),
            confirmed=html.escape(confirmation_words(ctype)),
        )
        + "</p>"
        + f"<ul>{''.join(items)}</ul>"
    )


class RulesDialog(QDialog):
    """The renewal rules of every credential type rxtracker knows, one at a time."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("rules_dialog", "Renewal rules"))
        self.catalog = catalog
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(translate("rules_dialog", "State or credential"))
        for ctype in sorted(catalog.holdable(), key=lambda t: (t.state is None, choice_text(t))):
            self.chooser.addItem(choice_text(ctype), ctype.id)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(translate("rules_dialog", "Rules"))
        self.chooser.currentIndexChanged.connect(self._show_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "rules_dialog",
                "Choose a state or credential to see its rules and where each comes from.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.chooser)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self._show_current()

    def select(self, type_id: str) -> None:
        """Show the rules of ``type_id``."""
        self.chooser.setCurrentIndex(self.chooser.findData(type_id))

    def _show_current(self) -> None:
        type_id = self.chooser.currentData()
        if type_id is not None:
            self.browser.setHtml(rules_html(describe(self.catalog.get(type_id))))

    @classmethod
    def ask(cls, catalog: Catalog, parent: QWidget | None = None) -> None:
        """Open the dialog and wait until it is closed (tests replace this)."""
        cls(catalog, parent).exec()
