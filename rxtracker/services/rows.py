"""Plain frozen rows handed to the CLI and the GUI (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from rxtracker import i18n
from rxtracker.domain import (
    Audience,
    Category,
    Format,
    Hours,
    Role,
    Source,
    Verification,
    date_text,
)
from rxtracker.i18n import translate
from rxtracker.services.changes import Changes, Kind

T = TypeVar("T")

#: How long services report how far they got: ``progress(done, total)``; it may raise to
#: stop the work (inside a transaction, nothing is then written).
OnProgress = Callable[[int, int], None]

__all__ = ["Changes", "Kind", "OnProgress", "Outcome"]  # and the rows below


def day_words(day: dt.date, english: str = "%Y-%m-%d") -> str:
    """A day in a sentence: in English its ``english`` form, the locale's words otherwise.

    English keeps the form scripts and tests read (ISO, or 03/02/2026); Spanish reads
    "2 mar 2026" (``date_text``).
    """
    return day.strftime(english) if i18n.language() == "en" else date_text(day)


def checked_by_on(state: str, who: str | None, day: dt.date | None) -> str:
    """'Verified by Dana Cole on 2026-03-02': a check's ``state`` words, who made it, and when."""
    words = state
    if who:
        words = translate("rows", "{state} by {who}").format(state=words, who=who)
    if day is not None:
        words = translate("rows", "{state} on {date}").format(state=words, date=day_words(day))
    return words


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as shown in lists and forms."""

    id: int
    name: str
    email: str | None
    role: Role
    home_state: str | None
    nabp_eprofile_id: str | None
    ptcb_number: str | None
    nha_number: str | None
    notes: str
    active: bool
    version: int = 1  # the record's edit counter when read (a stale save is refused)


@dataclass(frozen=True, slots=True)
class CredentialRow:
    """A credential with its current cycle."""

    id: int
    person_id: int
    type_id: str
    type_name: str
    number: str | None
    state: str | None
    issued_on: dt.date | None
    expires_on: dt.date | None  # None: does not expire (PTCB assessment-based certificates)
    cycle_start: dt.date | None
    status_notes: str
    version: int = 1  # the record's edit counter when read (a stale save is refused)


@dataclass(frozen=True, slots=True)
class PastCycleRow:
    """A closed (renewed) cycle of a credential, kept read-only for the record."""

    id: int
    credential_id: int
    cycle_start: dt.date | None
    expires_on: dt.date
    renewed_on: dt.date
    notes: str


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """A stored certificate file."""

    id: int
    activity_id: int
    stored_name: str
    original_name: str
    media_type: str
    sha256: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """A CE activity with its parsed UAN parts, tags and certificates."""

    id: int
    person_id: int
    title: str
    provider: str
    completed_on: dt.date
    hours: Hours
    uan: str | None
    format: Format | None
    topic: str | None
    audience: Audience | None
    category: Category
    source: Source
    notes: str
    tags: tuple[str, ...]
    attachments: tuple[AttachmentRow, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    recognized_program: str | None = None  # catalog id (PTCB certificate, CSPT) or None
    verification: Verification = Verification.UNVERIFIED
    verified_by_id: int | None = None  # the person (supervisor) who checked it
    verified_by_name: str | None = None  # their name, or the computer login when no person
    verified_by_user: str | None = None  # the computer login that recorded the check
    verified_at: dt.datetime | None = None  # UTC
    verification_note: str = ""  # why it was sent back
    #: What another workplace's archive reported (its check, CPE Monitor), in words; never
    #: a check made here. "" when the activity did not come from an archive reporting one.
    archive_report: str = ""
    version: int = 1  # the record's edit counter when read (a stale save is refused)

    @property
    def verification_text(self) -> str:
        """'Verified by Dana Cole on 2026-03-02', 'Sent back: no certificate', 'Not checked'.

        An activity not checked here whose archive reported a check says so, as a report:
        'Not checked here; reported by the archive: verified by Dana Cole on ... (checked at
        Dana Cole's workplace)'.
        """
        if self.verification is Verification.UNVERIFIED:
            if self.archive_report:
                words = translate("rows", "Not checked here; {report}")
                return words.format(report=self.archive_report)
            return self.verification.label
        when = self.verified_at.date() if self.verified_at else None
        words = checked_by_on(self.verification.label, self.verified_by_name, when)
        if self.verification_note:
            words = translate("rows", "{state}: {note}").format(
                state=words, note=self.verification_note
            )
        return words


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """A service call's result and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
