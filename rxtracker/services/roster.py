"""Roster import: preview (nothing written), then commit every row in one transaction.

Like a CE import, each row gets a fate: a new person is *added*; a row naming somebody
already recorded (same name, and same e-mail when both have one) with a credential they do
not hold yet is *merged* (the credential is added to them); a row adding nothing new is
*skipped*; a row with a problem is *rejected*, its problem named, and never written.
``commit_roster`` decides the fates again against the database as it is then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog, CredentialType
from rxtracker.db import Credential, Person
from rxtracker.domain import InvalidInput, Role
from rxtracker.exchange.fates import Fate
from rxtracker.exchange.roster import RosterLine, read_roster
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.credentials import checked_credential, credential_fields
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.inputs import CredentialInput, PersonInput
from rxtracker.services.rows import Changes, Kind, Outcome


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One roster row, checked, with its fate and the reason shown in the preview."""

    line: RosterLine
    fate: Fate
    reason: str
    person: PersonInput | None = None
    credential: CredentialInput | None = None
    person_id: int | None = None  # the person already recorded (merge, skip)


@dataclass(frozen=True, slots=True)
class RosterPreview:
    """What a roster import would do; nothing has been written."""

    file_name: str
    rows: tuple[RosterRow, ...]
    blank_rows: int

    def count(self, fate: Fate) -> int:
        """How many rows have ``fate``."""
        return sum(1 for r in self.rows if r.fate is fate)

    def sentence(self) -> str:
        """'3 added, 1 merged, 0 skipped, 1 rejected'."""
        words = translate(
            "roster", "{added} added, {merged} merged, {skipped} skipped, {rejected} rejected"
        )
        return words.format(
            added=self.count(Fate.ADD),
            merged=self.count(Fate.MERGE),
            skipped=self.count(Fate.DUPLICATE),
            rejected=self.count(Fate.REJECT),
        )


@dataclass(frozen=True, slots=True)
class RosterResult:
    """What a roster import did."""

    preview: RosterPreview
    people: tuple[int, ...]  # added or changed
    credentials: tuple[int, ...]  # added


def preview_roster(ctx: Context, path: Path) -> RosterPreview:
    """Read and check a roster file against the people recorded, writing nothing.

    Raises:
        InvalidInput: field "file": unreadable, unsafe, too big, or without a name column.
    """
    roster = read_roster(path)
    catalog = full_catalog(ctx)
    with ctx.db.read() as session:
        rows = _fates(session, catalog, roster.lines)
    return RosterPreview(roster.file_name, rows, roster.blank_rows)


def commit_roster(ctx: Context, preview: RosterPreview) -> Outcome[RosterResult]:
    """Write every added and merged row of a preview in one transaction."""
    catalog = full_catalog(ctx)
    people: list[int] = []
    added: list[int] = []
    with ctx.db.write() as session:
        rows = _fates(session, catalog, tuple(r.line for r in preview.rows))
        created: dict[tuple[str, str], Person] = {}
        for row in rows:
            if row.fate not in (Fate.ADD, Fate.MERGE):
                continue
            person = _person_for(session, row, created)
            if row.credential is not None:
                credential = Credential(person_id=person.id, **credential_fields(row.credential))
                session.add(credential)
                session.flush()
                added.append(credential.id)
            people.append(person.id)
    result = RosterResult(
        RosterPreview(preview.file_name, rows, preview.blank_rows),
        tuple(dict.fromkeys(people)),
        tuple(added),
    )
    return Outcome(
        result, Changes.of(Kind.PEOPLE, Kind.CREDENTIALS, people=people, credentials=added)
    )


def _person_for(session: Session, row: RosterRow, created: dict[tuple[str, str], Person]) -> Person:
    if row.person_id is not None:
        found = session.get(Person, row.person_id)
        assert found is not None  # looked up in this same transaction
        return found
    assert row.person is not None  # an added row always carries its person
    key = _key(row.person.name, row.person.email)
    if key not in created:
        clean = row.person
        person = Person(
            name=clean.name, email=clean.email, role=clean.role.value, home_state=clean.home_state
        )
        session.add(person)
        session.flush()
        created[key] = person
    return created[key]


def _key(name: str, email: str | None) -> tuple[str, str]:
    return (" ".join(name.split()).casefold(), (email or "").casefold())


def _fates(
    session: Session, catalog: Catalog, lines: tuple[RosterLine, ...]
) -> tuple[RosterRow, ...]:
    """Each line's fate against the people recorded and the lines above it."""
    stored = {_key(p.name, p.email): p.id for p in session.scalars(select(Person))}
    by_name = {_key(p.name, None)[0]: p.id for p in session.scalars(select(Person))}
    # A person recorded without an e-mail is the same person when the roster adds one.
    unmailed = {_key(p.name, None)[0]: p.id for p in session.scalars(select(Person)) if not p.email}
    held = {(c.person_id, c.type_id) for c in session.scalars(select(Credential))}
    seen: dict[tuple[str, str], set[str | None]] = {}
    rows = []
    for line in lines:
        try:
            person, credential = _inputs(catalog, line)
        except InvalidInput as exc:
            rows.append(RosterRow(line, Fate.REJECT, str(exc)))
            continue
        key = _key(person.name, person.email)
        known = stored.get(key) or (by_name if not person.email else unmailed).get(key[0])
        type_id = credential.type_id if credential else None
        rows.append(_fate(line, person, credential, known, held, seen.setdefault(key, set())))
        seen[key].add(type_id)
    return tuple(rows)


def _fate(
    line: RosterLine,
    person: PersonInput,
    credential: CredentialInput | None,
    known: int | None,
    held: set[tuple[int, str]],
    earlier: set[str | None],
) -> RosterRow:
    type_id = credential.type_id if credential else None
    if known is None and not earlier:
        if type_id:
            new = translate("roster", "new person with {type}").format(type=type_id)
        else:
            new = translate("roster", "new person")
        return RosterRow(line, Fate.ADD, new, person, credential)
    if type_id is None or type_id in earlier or (known and (known, type_id) in held):
        if type_id:
            words = translate("roster", "{name} already holds {type}")
        else:
            words = translate("roster", "{name} is already recorded")
        reason = words.format(name=person.name, type=type_id)
        return RosterRow(line, Fate.DUPLICATE, reason, person, None, known)
    reason = translate("roster", "adds {type} to {name}").format(type=type_id, name=person.name)
    return RosterRow(line, Fate.MERGE if known else Fate.ADD, reason, person, credential, known)


def _inputs(catalog: Catalog, line: RosterLine) -> tuple[PersonInput, CredentialInput | None]:
    """The line's person and credential, checked like hand-entered ones."""
    if line.problems:
        field, _, problem = line.problems[0].partition(": ")
        raise InvalidInput(field, problem or translate("roster", "is not valid"))
    person = PersonInput(
        name=line.name, email=line.email or None, role=_role(line.role), home_state=line.home_state
    ).cleaned()
    if not line.credential_type:
        return person, None
    ctype = _credential_type(catalog, line.credential_type)
    data = CredentialInput(
        type_id=ctype.id, expires_on=line.expires_on, number=line.credential_number or None
    )
    return person, checked_credential(catalog, data)


def _role(text: str) -> Role:
    words = text.casefold()
    if not words or "tech" in words:
        return Role.TECHNICIAN
    for role, hints in ((Role.SUPERVISOR, ("supervisor", "manager", "pharmacist")),):
        if any(h in words for h in hints):
            return role
    if "lead" in words:
        return Role.LEAD
    problem = translate("roster", "{text} is not technician, lead or supervisor")
    raise InvalidInput("role", problem.format(text=repr(text)))


def _credential_type(catalog: Catalog, text: str) -> CredentialType:
    wanted = " ".join(text.split()).casefold()
    for ctype in catalog.types.values():
        if wanted in (ctype.id, ctype.name.casefold(), ctype.short_name.casefold()):
            return ctype
    problem = translate(
        "roster", "{text} is not a credential rxtracker knows (see `rxtracker credential types`)"
    )
    raise InvalidInput("credential type", problem.format(text=repr(text)))
