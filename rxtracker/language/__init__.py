"""Turns on the interface language: Qt's translator and the locale's dates and numbers.

The front ends call ``activate`` once at start (the desktop app, and the command line when a
language other than English is chosen, so an English command never pays for importing Qt).
It loads ``resources/i18n/rxtracker_<lang>.qm`` into a ``QTranslator``, installs it as
``rxtracker.i18n``'s translator, and gives ``rxtracker.i18n`` the locale's formats from ``QLocale``
("1 de marzo de 2027"). The desktop app then also calls ``install_in_app`` so Qt's own texts
(standard buttons, file dialogs) come in the same language.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from rxtracker import i18n
from rxtracker.resources import resource_path

log = logging.getLogger(__name__)


@dataclass
class Activation:
    """What ``activate`` set up; keep it alive as long as the language is in use.

    Attributes:
        language: the interface language ("en" or "es").
        locale_name: the locale of dates and numbers ("es_US").
        translators: rxtracker's translator, then Qt's own (for ``install_in_app``).
        locale_before: Qt's default locale before, which ``deactivate`` puts back.
    """

    language: str
    locale_name: str
    translators: list[QTranslator] = field(default_factory=list)
    locale_before: QLocale = field(default_factory=QLocale)


def activate(language: str, locale_name: str) -> Activation:
    """Make ``language`` the interface language of this process.

    A missing ``.qm`` (a source install that never ran ``make translations``) is logged and the
    English sources are shown instead: never a blank.
    """
    activation = Activation(language, locale_name)
    ours = None if language == "en" else _load_ours(language)  # English is the source itself
    if ours is not None:
        activation.translators.append(ours)
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        activation.translators.append(qt_own)
    lookup = ours.translate if ours is not None else None
    formats = None if language == "en" else _formats(QLocale(locale_name))
    i18n.install(language, locale_name, lookup, formats)
    return activation


def _load_ours(language: str) -> QTranslator | None:
    """The compiled rxtracker translations for ``language``, or None when they are missing."""
    try:
        path = resource_path(f"i18n/rxtracker_{language}.qm")
    except FileNotFoundError:
        log.warning("no compiled translations for %r; showing English", language)
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("could not read %s; showing English", path)
        return None
    return translator


def _formats(locale: QLocale) -> i18n.Formats:
    """``rxtracker.i18n``'s dates and numbers in ``locale``'s own writing."""

    def short(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def long(day: dt.date) -> str:
        # Spanish writes "1 de marzo de 2027"; the locale's own month names
        words = locale.toString(QDate(day.year, day.month, day.day), "d 'de' MMMM 'de' yyyy")
        return words if locale.language() == QLocale.Language.Spanish else short(day)

    return i18n.Formats(date=short, long_date=long, decimal_point=locale.decimalPoint())


def install_in_app(activation: Activation) -> None:
    """Hand the translators to the running QCoreApplication; Qt's widgets take the locale.

    In English Qt's default locale is left as it was (the English app is unchanged).
    """
    for translator in activation.translators:
        QCoreApplication.installTranslator(translator)
    if activation.language != "en":
        QLocale.setDefault(QLocale(activation.locale_name))


def deactivate(activation: Activation) -> None:
    """Undo ``activate`` and ``install_in_app``: back to the English sources."""
    if QCoreApplication.instance() is not None:
        for translator in activation.translators:
            QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(activation.locale_before)
    i18n.reset()
