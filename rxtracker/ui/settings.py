"""The GUI's settings, kept in the data folder's settings.ini (so --data-dir moves them too)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from rxtracker.disk import write_atomic

DEFAULT_REMINDER_DAYS = 90
MIN_REMINDER_DAYS = 7
MAX_REMINDER_DAYS = 365


class UiSettings:
    """Typed access to settings.ini: reminders, theme, language, window geometry, page, person."""

    def __init__(self, path: Path) -> None:
        if not path.exists():  # made 0600 here: Qt keeps an existing file's permissions
            with contextlib.suppress(OSError):  # a read-only disk: settings are not kept
                write_atomic(path, b"")
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def reminder_days(self) -> int:
        """How many days ahead the start-up banner looks (default 90)."""
        value = self._int("reminders/horizon_days", DEFAULT_REMINDER_DAYS)
        return min(max(value, MIN_REMINDER_DAYS), MAX_REMINDER_DAYS)

    @reminder_days.setter
    def reminder_days(self, days: int) -> None:
        self._store.setValue("reminders/horizon_days", int(days))

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def last_page(self) -> str:
        """The page shown when the app was closed."""
        return str(self._store.value("window/last_page", "dashboard"))

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._store.setValue("window/last_page", name)

    @property
    def last_person(self) -> int | None:
        """The person whose records were shown last."""
        value = self._int("window/last_person", 0)
        return value or None

    @last_person.setter
    def last_person(self, person_id: int) -> None:
        self._store.setValue("window/last_person", int(person_id))

    @property
    def welcome_skipped(self) -> bool:
        """True once the user chose to skip the first-run welcome."""
        return self._store.value("welcome/skipped", "false") in (True, "true")

    @welcome_skipped.setter
    def welcome_skipped(self, value: bool) -> None:
        self._store.setValue("welcome/skipped", "true" if value else "false")

    @property
    def theme(self) -> str:
        """'system' (follow the operating system, the default), 'light' or 'dark'."""
        value = str(self._store.value("window/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, mode: str) -> None:
        self._store.setValue("window/theme", mode)

    @property
    def language(self) -> str:
        """'system' (the operating system's language, the default), 'en' or 'es'."""
        value = str(self._store.value("window/language", "system"))
        return value if value in ("system", "en", "es") else "system"

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("window/language", code)

    @property
    def supervisor_tools(self) -> bool:
        """True when the user asked for the supervisor's tools (Settings ▸ Team)."""
        return self._store.value("team/supervisor_tools", "false") in (True, "true")

    @supervisor_tools.setter
    def supervisor_tools(self, value: bool) -> None:
        self._store.setValue("team/supervisor_tools", "true" if value else "false")

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._store.value(key, default)))
        except ValueError:
            return default
