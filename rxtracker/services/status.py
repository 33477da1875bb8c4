"""Where every credential stands: the engine run over a person's (or the team's) records.

One read per call. Each person's activities are loaded once and every credential of theirs
is evaluated against the same facts (one activity counts everywhere it is accepted). The
reads are SQL text (``rxtracker.db.reads``) through ``Rows``: a session of the app or the
team database, or the local file through ``sqlite3`` for ``rxtracker status``
(``services.quick``). Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence

from msgspec import Struct

from rxtracker.db.quick import reading
from rxtracker.db.reads import Chosen, Rows, SessionRows, activity_counts_sql, chosen_people_sql
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.engine import (
    ActivityFact,
    CredentialFact,
    CredentialResult,
    counting_from,
    evaluate,
    with_dependencies,
)
from rxtracker.engine.cycles import NoExpirationDate
from rxtracker.engine.phases import NOTHING, RenewalState
from rxtracker.records import replace
from rxtracker.services.catalogs import full_catalog_from
from rxtracker.services.facts import activity_facts_from, credentials_from
from rxtracker.services.fields import PERSON_COLUMNS, credential_row_of, person_row_of
from rxtracker.services.renewal_states import renewal_states_from
from rxtracker.services.repeat_notes import repeat_sentences
from rxtracker.services.rows import CredentialRow, OnProgress, PersonRow
from rxtracker.services.wording.renewals import no_expiration_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rxtracker.catalog import Catalog
    from rxtracker.services.quick import Reading


class CredentialStatus(Struct, frozen=True):
    """A credential and its evaluated current cycle."""

    credential: CredentialRow
    result: CredentialResult
    #: The renewal application and newest audit (issue 20); NOTHING when none was recorded.
    renewal: RenewalState = NOTHING


class PersonStatus(Struct, frozen=True):
    """A person and the status of each credential they hold (soonest deadline first)."""

    person: PersonRow
    credentials: tuple[CredentialStatus, ...]


def person_status(
    ctx: Reading, person_id: int, as_of: dt.date | None = None, *, every_activity: bool = False
) -> PersonStatus:
    """Evaluate every credential of one person on ``as_of`` (default: today).

    Each result lists the activities that can count toward its cycle; with
    ``every_activity`` it lists all of the person's, each with its reason (CLI ``status``).

    Raises:
        NotFound: no such person.
    """
    day = as_of or ctx.clock.today()
    with reading(ctx.db) as rows:
        catalog = full_catalog_from(ctx, rows)
        return status_from(rows, catalog, person_id, day, every_activity=every_activity)


def status_in(
    session: Session,
    catalog: Catalog,
    person_id: int,
    as_of: dt.date,
    *,
    every_activity: bool = False,
) -> PersonStatus:
    """:func:`person_status` read in ``session``, judged by ``catalog``.

    Raises:
        NotFound: no such person.
    """
    rows = SessionRows(session)
    return status_from(rows, catalog, person_id, as_of, every_activity=every_activity)


def status_from(
    rows: Rows,
    catalog: Catalog,
    person_id: int,
    as_of: dt.date,
    *,
    every_activity: bool = False,
) -> PersonStatus:
    """:func:`person_status` read through ``rows``, judged by ``catalog``.

    Raises:
        NotFound: no such person.
    """
    chosen = Chosen((person_id,))
    found = _people(rows, chosen)
    if not found:
        raise NotFound("person", person_id)
    return _statuses(rows, found, chosen, _Judge(catalog, as_of, every_activity))[0]


def team_status(
    ctx: Reading,
    as_of: dt.date | None = None,
    *,
    include_inactive: bool = False,
    every_activity: bool = False,
    progress: OnProgress | None = None,
    people: Collection[int] | None = None,
) -> list[PersonStatus]:
    """Evaluate every credential of everybody (active people only unless asked), by name.

    ``every_activity`` as for :func:`person_status`; ``progress(done, total)`` is called
    after each person (it may raise to stop: nothing is written). With ``people``, only
    those of these ids are evaluated.
    """
    day = as_of or ctx.clock.today()
    ids = tuple(people) if people is not None else None
    chosen = Chosen(ids, active_only=not include_inactive)
    with reading(ctx.db) as rows:
        judge = _Judge(full_catalog_from(ctx, rows), day, every_activity)
        return _statuses(rows, _people(rows, chosen), chosen, judge, progress)


class _Judge(Struct, frozen=True):
    """How to evaluate: the catalog, the day, and whether to list every activity."""

    catalog: Catalog
    as_of: dt.date
    every_activity: bool

    def status(
        self, held: _Held, facts: Sequence[ActivityFact], activity_count: int
    ) -> CredentialStatus:
        """One credential evaluated against its holder's activities.

        ``activity_count`` in all, some perhaps left out of ``facts`` because they cannot
        count: see :meth:`since`.
        """
        row, fact = held
        result = evaluate(fact, facts, self.catalog, self.as_of, every_activity=self.every_activity)
        if result.dates.end is not None:
            repeats = repeat_sentences(facts, result.dates.start, result.dates.end)
            result = replace(result, notes=(*repeats, *result.notes))
        if not self.every_activity and self.catalog.get(fact.type_id).cycle_months:
            listed = len(result.activities)
            result = replace(result, activities_not_listed=activity_count - listed)
        return CredentialStatus(row, result)

    def together(self, statuses: Sequence[CredentialStatus]) -> list[CredentialStatus]:
        """One person's statuses, each adjusted for the others (a CSPT on its CPhT)."""
        results = with_dependencies([s.result for s in statuses], self.catalog)
        return [replace(s, result=r) for s, r in zip(statuses, results, strict=True)]

    def since(self, held: Sequence[_Held]) -> dt.date | None:
        """The earliest day any of a person's credentials can use (None: every day)."""
        if self.every_activity:
            return None
        days = [counting_from(fact, self.catalog) for _, fact in held]
        if any(day is None for day in days):
            return None
        return min((day for day in days if day is not None), default=dt.date.max)


_Held = tuple[CredentialRow, CredentialFact]


def _people(rows: Rows, chosen: Chosen) -> list[PersonRow]:
    """The chosen people, by name."""
    found = rows.all(chosen_people_sql(PERSON_COLUMNS, chosen), chosen.params())
    return [person_row_of(values) for values in found]


def _statuses(
    rows: Rows,
    people: Sequence[PersonRow],
    chosen: Chosen,
    judge: _Judge,
    progress: OnProgress | None = None,
) -> list[PersonStatus]:
    """``chosen`` selects the same people in SQL, so no read lists their ids.

    Raises:
        InvalidInput: field "expires": a credential whose type renews has no expiration date.
    """
    try:
        return _judged(rows, people, chosen, judge, progress)
    except NoExpirationDate as missing:
        name = judge.catalog.get(missing.type_id).short_name
        raise InvalidInput("expires", no_expiration_text(missing, name)) from None


def _judged(
    rows: Rows,
    people: Sequence[PersonRow],
    chosen: Chosen,
    judge: _Judge,
    progress: OnProgress | None = None,
) -> list[PersonStatus]:
    """The statuses of ``people`` (see :func:`_statuses`)."""
    held = _held(rows, chosen, judge.catalog)
    since = {p.id: day for p in people if (day := judge.since(held.get(p.id, []))) is not None}
    activities = activity_facts_from(rows, chosen, since)
    counts = {} if judge.every_activity else _activity_counts(rows, chosen)
    facts = [fact for group in held.values() for _, fact in group]
    renewals = renewal_states_from(rows, judge.catalog, facts, judge.as_of)
    out = []
    for person in people:
        facts_of = activities.get(person.id, [])
        count = counts.get(person.id, len(facts_of))
        statuses = judge.together(
            [judge.status(h, facts_of, count) for h in held.get(person.id, [])]
        )
        statuses = [replace(s, renewal=renewals.get(s.credential.id, NOTHING)) for s in statuses]
        statuses.sort(key=_urgency)
        out.append(PersonStatus(person, tuple(statuses)))
        if progress is not None:
            progress(len(out), len(people))
    return out


def _held(rows: Rows, chosen: Chosen, catalog: Catalog) -> dict[int, list[_Held]]:
    """The chosen people's credentials of known types, each with its engine fact."""
    grouped: dict[int, list[_Held]] = defaultdict(list)
    for values, fact in credentials_from(rows, chosen):
        if fact.type_id in catalog:
            grouped[values["person_id"]].append((credential_row_of(values, catalog), fact))
    return grouped


def _activity_counts(rows: Rows, chosen: Chosen) -> dict[int, int]:
    """How many activities each chosen person has."""
    found = rows.all(activity_counts_sql(chosen), chosen.params())
    return {int(person_id): int(count) for person_id, count in found}


def _urgency(status: CredentialStatus) -> tuple[dt.date, int]:
    dates = status.result.dates
    return (dates.deadline or dates.end or dt.date.max, status.credential.id)
