"""What the user typed, validated into clean values before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rxtracker.domain import STATES, Category, Hours, InvalidInput, Role, Source, Uan, parse_uan
from rxtracker.i18n import translate

MAX_HOURS = Hours(10_000)
#: The longest text accepted, in characters, typed or read from an archive alike.
NOTES_LIMIT = 10_000  # notes of a person, credential, activity, item, period or cycle
NAME_LIMIT = 200  # a person's or a checker's name, a type's name and issuer, a role
VERIFICATION_NOTE_LIMIT = 2000  # why a supervisor sent an activity back
EARLIEST_DATE = dt.date(1970, 1, 1)
_TAG = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def clean_text(value: str | None, field_name: str, *, limit: int, required: bool) -> str:
    """Strip and check a text field."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(field_name, translate("inputs", "is empty"))
    if len(text) > limit:
        problem = translate("inputs", "is {length} characters long; the limit is {limit}")
        raise InvalidInput(field_name, problem.format(length=len(text), limit=limit))
    return text


def clean_state(value: str | None, field_name: str = "state") -> str | None:
    """A two-letter US state code in upper case, or None."""
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if code not in STATES:
        problem = translate("inputs", "{value} is not a US state code such as TX or FL")
        raise InvalidInput(field_name, problem.format(value=repr(value)))
    return code


def clean_tag(value: str) -> str:
    """Tags are lower case with dashes: 'Texas law' -> 'texas-law'."""
    tag = "-".join(value.strip().lower().replace("_", " ").split())
    if not _TAG.fullmatch(tag):
        problem = translate("inputs", "{value} must be letters, digits and dashes (like texas-law)")
        raise InvalidInput("tag", problem.format(value=repr(value)))
    return tag


@dataclass(frozen=True, slots=True)
class PersonInput:
    """Fields of a person."""

    name: str
    email: str | None = None
    role: Role = Role.TECHNICIAN
    home_state: str | None = None
    nabp_eprofile_id: str | None = None
    ptcb_number: str | None = None
    nha_number: str | None = None
    notes: str = ""

    def cleaned(self) -> PersonInput:
        """A copy with every field checked and normalised.

        Raises:
            InvalidInput: naming the first field that is wrong.
        """
        email = clean_text(self.email, "email", limit=320, required=False) or None
        if email and not _EMAIL.fullmatch(email):
            problem = translate("inputs", "{email} is not an e-mail address")
            raise InvalidInput("email", problem.format(email=repr(email)))
        return PersonInput(
            name=clean_text(self.name, "name", limit=NAME_LIMIT, required=True),
            email=email,
            role=Role(self.role),
            home_state=clean_state(self.home_state, "home state"),
            nabp_eprofile_id=clean_text(
                self.nabp_eprofile_id, "NABP e-Profile ID", limit=40, required=False
            )
            or None,
            ptcb_number=clean_text(self.ptcb_number, "PTCB number", limit=40, required=False)
            or None,
            nha_number=clean_text(self.nha_number, "NHA number", limit=40, required=False) or None,
            notes=clean_text(self.notes, "notes", limit=NOTES_LIMIT, required=False),
        )


@dataclass(frozen=True, slots=True)
class CredentialInput:
    """Fields of a credential (its type is checked against the catalog by the service)."""

    type_id: str
    expires_on: dt.date | None  # None only for types without a renewal cycle
    number: str | None = None
    state: str | None = None
    issued_on: dt.date | None = None
    cycle_start: dt.date | None = None
    status_notes: str = ""
    #: The holder says the current cycle is the first registration period (several boards
    #: waive or prorate CE then); without it rxtracker infers it from ``issued_on``.
    initial_cycle: bool = False

    def cleaned(self) -> CredentialInput:
        """A copy with dates in order and texts checked."""
        if self.expires_on and self.cycle_start and self.cycle_start > self.expires_on:
            problem = translate("inputs", "{date} is after the expiration date {expires}")
            raise InvalidInput(
                "cycle start", problem.format(date=self.cycle_start, expires=self.expires_on)
            )
        if self.expires_on and self.issued_on and self.issued_on > self.expires_on:
            problem = translate("inputs", "{date} is after the expiration date {expires}")
            raise InvalidInput(
                "issued", problem.format(date=self.issued_on, expires=self.expires_on)
            )
        return CredentialInput(
            type_id=self.type_id.strip(),
            expires_on=self.expires_on,
            number=clean_text(self.number, "number", limit=60, required=False) or None,
            state=clean_state(self.state),
            issued_on=self.issued_on,
            cycle_start=self.cycle_start,
            status_notes=clean_text(
                self.status_notes, "status notes", limit=NOTES_LIMIT, required=False
            ),
            initial_cycle=self.initial_cycle,
        )


@dataclass(frozen=True, slots=True)
class ActivityInput:
    """Fields of a CE activity. ``category`` None means: ACPE when a UAN is given, else other."""

    title: str
    completed_on: dt.date
    hours: Hours
    provider: str = ""
    uan: str | None = None
    category: Category | None = None
    tags: tuple[str, ...] = field(default=())
    notes: str = ""
    source: Source = Source.MANUAL
    #: Catalog id of the credential this activity is the PTCB-recognized program for
    #: (checked against the catalog by the service).
    recognized_program: str | None = None

    def parsed_uan(self) -> Uan | None:
        """The UAN parsed, or None when none was given."""
        return parse_uan(self.uan) if self.uan and self.uan.strip() else None

    def cleaned(self, today: dt.date) -> ActivityInput:
        """A copy with every field checked; the UAN normalised.

        Raises:
            InvalidInput: naming the first field that is wrong.
        """
        if self.hours.hundredths <= 0:
            problem = translate("inputs", "{hours} must be more than 0")
            raise InvalidInput("hours", problem.format(hours=self.hours))
        if self.hours > MAX_HOURS:
            problem = translate(
                "inputs", "{hours} is more than {most} hours for one activity; check the number"
            )
            raise InvalidInput("hours", problem.format(hours=self.hours, most=MAX_HOURS))
        if self.completed_on > today:
            problem = translate("inputs", "{date} is in the future; log CE once it is completed")
            raise InvalidInput("date", problem.format(date=self.completed_on))
        if self.completed_on < EARLIEST_DATE:
            problem = translate("inputs", "{date} is before {earliest}")
            raise InvalidInput(
                "date", problem.format(date=self.completed_on, earliest=EARLIEST_DATE)
            )
        uan = self.parsed_uan()
        category = self.category or (Category.ACPE if uan else Category.OTHER)
        return ActivityInput(
            title=clean_text(self.title, "title", limit=500, required=True),
            completed_on=self.completed_on,
            hours=self.hours,
            provider=clean_text(self.provider, "provider", limit=300, required=False),
            uan=uan.text if uan else None,
            category=Category(category),
            tags=tuple(sorted({clean_tag(t) for t in self.tags if t.strip()})),
            notes=clean_text(self.notes, "notes", limit=NOTES_LIMIT, required=False),
            source=Source(self.source),
            recognized_program=(self.recognized_program or "").strip().lower() or None,
        )
