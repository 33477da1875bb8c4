"""The plain-text tables' words: column titles, yes/no, in the interface language.

``--json`` keeps its English keys; these are for people.
"""

from __future__ import annotations

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: Column titles of the plain-text tables (translated where printed; --json keeps its keys).
PEOPLE = (
    QT_TRANSLATE_NOOP("tables", "ID"),
    QT_TRANSLATE_NOOP("tables", "Name"),
    QT_TRANSLATE_NOOP("tables", "Role"),
    QT_TRANSLATE_NOOP("tables", "State"),
    QT_TRANSLATE_NOOP("tables", "E-mail"),
    QT_TRANSLATE_NOOP("tables", "Active"),
)
CREDENTIALS = (
    QT_TRANSLATE_NOOP("tables", "ID"),
    QT_TRANSLATE_NOOP("tables", "Person"),
    QT_TRANSLATE_NOOP("tables", "Type"),
    QT_TRANSLATE_NOOP("tables", "Number"),
    QT_TRANSLATE_NOOP("tables", "State"),
    QT_TRANSLATE_NOOP("tables", "Expires"),
)
TYPES = (
    QT_TRANSLATE_NOOP("tables", "Type"),
    QT_TRANSLATE_NOOP("tables", "Name"),
    QT_TRANSLATE_NOOP("tables", "Cycle"),
)
ACTIVITIES = (
    QT_TRANSLATE_NOOP("tables", "ID"),
    QT_TRANSLATE_NOOP("tables", "Date"),
    QT_TRANSLATE_NOOP("tables", "Hours"),
    QT_TRANSLATE_NOOP("tables", "Title"),
    QT_TRANSLATE_NOOP("tables", "Provider"),
    QT_TRANSLATE_NOOP("tables", "UAN"),
    QT_TRANSLATE_NOOP("tables", "Category"),
    QT_TRANSLATE_NOOP("tables", "Certificate"),
    QT_TRANSLATE_NOOP("tables", "Checked"),
)

RECONCILE = (
    QT_TRANSLATE_NOOP("tables", "ID"),
    QT_TRANSLATE_NOOP("tables", "Date"),
    QT_TRANSLATE_NOOP("tables", "Title"),
    QT_TRANSLATE_NOOP("tables", "Provider"),
    QT_TRANSLATE_NOOP("tables", "UAN"),
    QT_TRANSLATE_NOOP("tables", "Status"),
)
EXPERIENCE = (
    QT_TRANSLATE_NOOP("tables", "ID"),
    QT_TRANSLATE_NOOP("tables", "Role"),
    QT_TRANSLATE_NOOP("tables", "Setting"),
    QT_TRANSLATE_NOOP("tables", "Start"),
    QT_TRANSLATE_NOOP("tables", "End"),
    QT_TRANSLATE_NOOP("tables", "h/week"),
    QT_TRANSLATE_NOOP("tables", "Areas"),
)
ITEMS = (
    QT_TRANSLATE_NOOP("tables", "ID"),
    QT_TRANSLATE_NOOP("tables", "Requirement"),
    QT_TRANSLATE_NOOP("tables", "Label"),
    QT_TRANSLATE_NOOP("tables", "Date"),
    QT_TRANSLATE_NOOP("tables", "Note"),
)
TEAM = (
    QT_TRANSLATE_NOOP("tables", "Person"),
    QT_TRANSLATE_NOOP("tables", "Role"),
    QT_TRANSLATE_NOOP("tables", "Credential"),
    QT_TRANSLATE_NOOP("tables", "Status"),
    QT_TRANSLATE_NOOP("tables", "Deadline"),
    QT_TRANSLATE_NOOP("tables", "Days"),
    QT_TRANSLATE_NOOP("tables", "Missing h"),
)
USERS = (
    QT_TRANSLATE_NOOP("tables", "Login"),
    QT_TRANSLATE_NOOP("tables", "Person"),
    QT_TRANSLATE_NOOP("tables", "Role"),
    QT_TRANSLATE_NOOP("tables", "Teams"),
)


def headings(titles: tuple[str, ...]) -> list[str]:
    """A table's column titles in the interface language."""
    return [translate("tables", title) for title in titles]


def yes_no(value: bool) -> str:
    """'yes' or 'no' in the interface language."""
    return translate("tables", "yes") if value else translate("tables", "no")


def never() -> str:
    """'never' (an expiration that does not come)."""
    return translate("tables", "never")


def now() -> str:
    """'now' (the end of a period of work that goes on)."""
    return translate("tables", "now")


def months(count: int | None) -> str:
    """'24 months', or 'none' for a type without renewal."""
    if not count:
        return translate("tables", "none", "no renewal cycle")
    return translate("tables", "{count} months").format(count=count)
