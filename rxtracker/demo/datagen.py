"""Realistic datasets of any size, generated deterministically and written in bulk.

Used by ``rxtracker demo --out DIR`` and by the benchmarks. Every row is built from the same
input types the user's forms fill (``PersonInput``, ``CredentialInput``, ``ActivityInput``)
and passes their validation before it is written; the rows are then inserted with
executemany inside ONE transaction, so 200,000 activities take seconds, not an hour of
single-row service calls. The same arguments always give the same records.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog, CredentialKind
from rxtracker.db.models import (
    Activity,
    ActivityTag,
    Attachment,
    Credential,
    CredentialCycle,
    Person,
)
from rxtracker.demo.datagen_activities import ActivityMaker
from rxtracker.demo.datagen_pool import FIRST_NAMES, LAST_NAMES
from rxtracker.domain import InvalidInput, Role, add_months, end_of_month
from rxtracker.services.context import Context
from rxtracker.services.inputs import CredentialInput, PersonInput

#: Bump when the generated data changes shape, so cached datasets are rebuilt.
GENERATOR_VERSION = 2
#: CE a person logs per year when the caller does not say how many activities.
ACTIVITIES_PER_YEAR = 60
_FLUSH_ROWS = 10_000
_STATES = ("TX", "TX", "FL", "FL", "CA", "OH", "GA", "MI", "IL", "VA", "NC", "AZ", "NY")


@dataclass(frozen=True, slots=True)
class DatasetSpec:
    """What to generate: ``activities`` None means ACTIVITIES_PER_YEAR per person and year."""

    people: int
    years: int
    as_of: dt.date
    seed: int = 0
    activities: int | None = None

    @property
    def activity_count(self) -> int:
        """How many activities in all."""
        if self.activities is not None:
            return self.activities
        return self.people * self.years * ACTIVITIES_PER_YEAR

    def checked(self) -> DatasetSpec:
        """The spec, or InvalidInput naming the field out of range."""
        if not 1 <= self.people <= 100_000:
            raise InvalidInput("people", f"{self.people} must be between 1 and 100000")
        if not 1 <= self.years <= 40:
            raise InvalidInput("years", f"{self.years} must be between 1 and 40")
        if not 0 <= self.activity_count <= 5_000_000:
            raise InvalidInput("activities", f"{self.activity_count} must be 0 to 5000000")
        return self


@dataclass(frozen=True, slots=True)
class GeneratedCounts:
    """How many records of each kind were written."""

    people: int
    credentials: int
    past_cycles: int
    activities: int
    tags: int
    certificates: int


@dataclass(slots=True)
class _Buffer:
    """Rows waiting to be inserted, per table, and the running totals."""

    rows: dict[type[Any], list[dict[str, Any]]] = field(default_factory=dict)
    totals: dict[type[Any], int] = field(default_factory=dict)

    def add(self, table: type[Any], row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)
        self.totals[table] = self.totals.get(table, 0) + 1

    def flush(self, session: Session, *, force: bool = False) -> None:
        """Insert what is buffered (parents first) once enough has gathered."""
        if not force and sum(len(r) for r in self.rows.values()) < _FLUSH_ROWS:
            return
        for table in (Person, Credential, CredentialCycle, Activity, ActivityTag, Attachment):
            if self.rows.get(table):
                session.execute(insert(table), self.rows[table])
                self.rows[table] = []


def generate_dataset(ctx: Context, spec: DatasetSpec) -> GeneratedCounts:
    """Fill an empty data folder with a generated dataset (same spec, same records).

    Raises:
        InvalidInput: a size out of range, or the folder already holds records.
    """
    spec = spec.checked()
    rng = random.Random(spec.seed)  # noqa: S311 - reproducible test data, not secrets
    buffer = _Buffer()
    maker = ActivityMaker(rng, spec.as_of, ctx.paths.certificates)
    names = _names(rng, spec.people)
    with ctx.db.write() as session:
        if session.scalars(select(Person.id).limit(1)).first() is not None:
            raise InvalidInput("data folder", "already has records; generate into an empty folder")
        for number, name in enumerate(names, start=1):
            person = _person(rng, number, name, spec)
            buffer.add(Person, person)
            _credentials(buffer, rng, person, spec, ctx.catalog)
            share = spec.activity_count // spec.people
            share += 1 if number <= spec.activity_count % spec.people else 0
            maker.add_person(buffer.add, person["id"], name, share, spec.years)
            buffer.flush(session)
        buffer.flush(session, force=True)
    t = buffer.totals
    return GeneratedCounts(
        people=t.get(Person, 0),
        credentials=t.get(Credential, 0),
        past_cycles=t.get(CredentialCycle, 0),
        activities=t.get(Activity, 0),
        tags=t.get(ActivityTag, 0),
        certificates=t.get(Attachment, 0),
    )


def _names(rng: random.Random, count: int) -> list[str]:
    """Distinct full names (a numbered suffix once the combinations run out)."""
    pairs = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(pairs)
    return [pairs[i % len(pairs)] + (f" {i // len(pairs) + 1}" if i >= len(pairs) else "")
            for i in range(count)]  # fmt: skip


def _person(rng: random.Random, number: int, name: str, spec: DatasetSpec) -> dict[str, Any]:
    role = Role.SUPERVISOR if number == 1 and spec.people > 1 else Role.TECHNICIAN
    if spec.people > 1 and number % 10 == 5:
        role = Role.LEAD
    data = PersonInput(
        name=name,
        email=f"{name.lower().replace(' ', '.')}@example.com",
        role=role,
        home_state="TX" if spec.people == 1 else rng.choice(_STATES),
        ptcb_number=f"{rng.randrange(1_000_000, 9_999_999)}",
    ).cleaned()
    stamp = dt.datetime.combine(spec.as_of - dt.timedelta(days=365 * spec.years), dt.time(9))
    fields = dataclasses.asdict(data)
    fields["role"] = data.role.value
    active = spec.people == 1 or rng.random() > 0.02
    return {"id": number, **fields, "active": active, "created_at": stamp, "updated_at": stamp}


def _credentials(
    buffer: _Buffer, rng: random.Random, person: dict[str, Any], spec: DatasetSpec, cat: Catalog
) -> None:
    by_state = {t.state: t.id for t in cat.holdable() if t.kind == CredentialKind.STATE and t.state}
    if spec.people == 1:
        chosen = ["ptcb-cpht", by_state["TX"]]
    else:
        national = "ptcb-cpht" if rng.random() < 0.85 else "nha-excpt"
        chosen = [national]
        if person["home_state"] in by_state and rng.random() < 0.8:
            chosen.append(by_state[person["home_state"]])
        if national == "ptcb-cpht" and rng.random() < 0.1:
            chosen.append("ptcb-cspt")
        if national == "ptcb-cpht" and rng.random() < 0.1:
            chosen.append(
                rng.choice([t.id for t in cat.holdable() if t.id.startswith("ptcb-cert")])
            )
    for type_id in chosen:
        _credential(buffer, rng, person, type_id, spec, cat)


def _credential(
    buffer: _Buffer,
    rng: random.Random,
    person: dict[str, Any],
    type_id: str,
    spec: DatasetSpec,
    cat: Catalog,
) -> None:
    ctype = cat.get(type_id)
    months = ctype.cycle_months or 24
    expires = end_of_month(add_months(spec.as_of, rng.randint(-3, months)))
    start = add_months(expires, -months) + dt.timedelta(days=1) if ctype.cycle_months else None
    issued = add_months(start or expires, -12 * rng.randint(0, spec.years))
    data = _checked(
        cat,
        CredentialInput(
            type_id, expires, number=f"{rng.randrange(10**6, 10**7)}", issued_on=issued,
            cycle_start=start,
        ),
    )  # fmt: skip
    credential_id = buffer.totals.get(Credential, 0) + 1
    stamp = dt.datetime.combine(issued, dt.time(9))
    fields = {k: v for k, v in dataclasses.asdict(data).items() if k != "status_notes"}
    buffer.add(Credential, {"id": credential_id, "person_id": person["id"], **fields,
                            "status_notes": data.status_notes, "initial_cycle": False,
                            "created_at": stamp, "updated_at": stamp})  # fmt: skip
    if start is not None and issued < start:
        previous_start = add_months(start, -months)
        buffer.add(CredentialCycle, {
            "credential_id": credential_id, "cycle_start": previous_start,
            "expires_on": start - dt.timedelta(days=1),
            "renewed_on": start - dt.timedelta(days=rng.randint(5, 40)), "notes": "",
        })  # fmt: skip


def _checked(catalog: Catalog, data: CredentialInput) -> CredentialInput:
    """The checks ``credentials.add_credential`` makes: fields, a holdable type, its state."""
    clean = data.cleaned()
    ctype = catalog.get(clean.type_id)
    if not ctype.holdable:
        raise InvalidInput("credential type", f"{ctype.id!r} is not held on its own")
    if ctype.kind == CredentialKind.STATE and ctype.state:
        return dataclasses.replace(clean, state=ctype.state)
    return clean
