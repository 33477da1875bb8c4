"""What one service call changed: the kinds of records and their ids, and who asked."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from rxtracker.records import replace

#: The records whose every change the change history keeps (``services.history``).
ENTITIES = ("person", "credential", "activity")


class Kind(enum.Enum):
    """A kind of change a page may care about."""

    PEOPLE = "people"  # a person's own record: added, edited, (de)activated, removed
    CREDENTIALS = "credentials"  # credentials, their cycles and credential items
    ACTIVITIES = "activities"  # CE activities and their certificates
    EXPERIENCE = "experience"  # periods of work (pathways to a credential)
    VERIFICATION = "verification"  # a supervisor's check of an activity
    CATALOG = "catalog"  # the credential types (a custom type added or deleted)
    SETTINGS = "settings"  # a setting of the app, such as how far reminders look ahead


@dataclass(frozen=True, slots=True)
class Changes:
    """What one service call changed, so each page refreshes only what concerns it.

    Attributes:
        kinds: the kinds of records written (empty: nothing changed).
        people: whose records changed (the person's own record only with ``Kind.PEOPLE``).
        credentials: the credentials written.
        activities: the activities written (or checked, with ``Kind.VERIFICATION``).
        removed: True when a record was deleted or deactivated.
        initiator: who asked for the change (the GUI sets the page or dialog; None otherwise).
    """

    kinds: frozenset[Kind] = frozenset()
    people: frozenset[int] = frozenset()
    credentials: frozenset[int] = frozenset()
    activities: frozenset[int] = frozenset()
    removed: bool = False
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        *kinds: Kind,
        people: Iterable[int] = (),
        credentials: Iterable[int] = (),
        activities: Iterable[int] = (),
        removed: bool = False,
    ) -> Changes:
        """Changes of ``kinds`` to the records with these ids."""
        return cls(
            frozenset(kinds),
            frozenset(people),
            frozenset(credentials),
            frozenset(activities),
            removed,
        )

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not self.kinds

    def touches(self, *kinds: Kind) -> bool:
        """True when any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def by(self, initiator: object) -> Changes:
        """The same changes, made by ``initiator``."""
        return replace(self, initiator=initiator)

    def __or__(self, other: Changes) -> Changes:
        """Both sets of changes (the initiator of the first)."""
        return Changes(
            self.kinds | other.kinds,
            self.people | other.people,
            self.credentials | other.credentials,
            self.activities | other.activities,
            self.removed or other.removed,
            self.initiator,
        )


#: A setting of the app changed (the GUI keeps its own settings; nothing else changed).
SETTINGS_CHANGED = Changes.of(Kind.SETTINGS)
