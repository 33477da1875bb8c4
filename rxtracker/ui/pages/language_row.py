"""Settings ▸ Language: the system's language, English or Español, from the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rxtracker.i18n import LANGUAGE_NAMES, language_from, translate
from rxtracker.ui import restart
from rxtracker.ui.settings import UiSettings

#: Said in both languages on purpose: whoever just chose the other one can read it.
NEXT_START = (
    "The new language applies the next time rxtracker opens.\n"
    "El nuevo idioma se aplica la próxima vez que se abra rxtracker."
)


class LanguageRow(QWidget):
    """The language choice (saved in ``UiSettings.language``) and a Restart now button."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.at_start = settings.language  # what this run of rxtracker started with
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("language_row", "Language of rxtracker"))
        system = LANGUAGE_NAMES[language_from(None, None)[0]]
        words = translate("language_row", "System language ({language})")
        self.choice.addItem(words.format(language=system), "system")
        for code, name in LANGUAGE_NAMES.items():  # each language named in its own language
            self.choice.addItem(name, code)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.note = QLabel(NEXT_START)
        self.note.setWordWrap(True)
        self.restart_button = QPushButton(translate("language_row", "Restart &now"))
        self.restart_button.clicked.connect(lambda: restart.restart_app(self.window()))
        row = QHBoxLayout()
        row.addWidget(self.choice)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        self._show_note()

    def reload(self) -> None:
        """Show the saved choice."""
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(self.choice.findData(self.settings.language), 0))
        self.choice.blockSignals(False)
        self._show_note()

    def _chosen(self, _index: int) -> None:
        self.settings.language = str(self.choice.currentData())
        self.settings.sync()  # a restart reads it straight away
        self._show_note()

    def _show_note(self) -> None:
        """The note and the button once the choice differs from the one rxtracker opened with."""
        changed = str(self.choice.currentData()) != self.at_start
        self.note.setVisible(changed)
        self.restart_button.setVisible(changed)
