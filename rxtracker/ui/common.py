"""Words and small helpers shared by the pages: dates, hours and UAN parts for people."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices

from rxtracker.domain import Audience, Format, Hours
from rxtracker.domain import date_text as date_text
from rxtracker.domain import long_date_text as long_date_text
from rxtracker.domain.topic_words import TOPIC_WORDS as TOPIC_WORDS
from rxtracker.domain.topic_words import topic_text as topic_text
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: The formats in English; ``format_words`` gives them in the interface language.
FORMAT_WORDS = {
    Format.LIVE: QT_TRANSLATE_NOOP("common", "Live"),
    Format.HOME: QT_TRANSLATE_NOOP("common", "Home study"),
    Format.UNKNOWN: QT_TRANSLATE_NOOP("common", "Not stated"),
}
#: The audiences in English; ``audience_words`` gives them in the interface language.
AUDIENCE_WORDS = {
    Audience.TECHNICIAN: QT_TRANSLATE_NOOP("common", "Technicians"),
    Audience.PHARMACIST: QT_TRANSLATE_NOOP("common", "Pharmacists"),
}


def format_words(fmt: Format) -> str:
    """'Live', 'Home study' or 'Not stated', in the interface language."""
    return translate("common", FORMAT_WORDS[fmt])


def audience_words(audience: Audience) -> str:
    """'Technicians' or 'Pharmacists', in the interface language."""
    return translate("common", AUDIENCE_WORDS[audience])


def topic_words(code: str) -> str:
    """The plain words of an ACPE topic ('Pharmacy law'), in the interface language."""
    words = TOPIC_WORDS.get(code)
    return translate("topic_words", words) if words else translate("common", "Topic")


def short_topic_text(code: str | None) -> str:
    """'Pharmacy law (03)' for tables, or ''."""
    if not code:
        return ""
    return f"{topic_words(code)} ({code})"


def plural(count: int, word: str) -> str:
    """'1 activity', '2 activities', '3 credentials'."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


def hours_text(hours: Hours) -> str:
    """'1 hour', '2.5 hours'."""
    return hours.describe()


def days_text(days: int) -> str:
    """'in 45 days', 'today', '3 days ago'."""
    if days == 0:
        return translate("common", "today")
    if days == 1:
        return translate("common", "tomorrow")
    if days > 0:
        return translate("common", "in %n day(s)", None, days)
    if days == -1:
        return translate("common", "yesterday")
    ago = -days
    return translate("common", "%n day(s) ago", None, ago)


def open_with_system_viewer(path: Path) -> bool:
    """Open a file or folder with the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


#: The wait between two pieces of work done a piece per turn of the event loop. With 0 the
#: pieces ran two to a turn (a 5 ms timer fired only every other piece); with 1 ms, input
#: and timers get their turn between any two.
NEXT_TURN_MS = 1


def next_turn(context: QObject, callback: Callable[[], object]) -> None:
    """Call ``callback`` on a later turn of the event loop (never once ``context`` is gone)."""
    QTimer.singleShot(NEXT_TURN_MS, context, callback)
