"""The team view: every active person by every credential, most urgent first.

Built on ``status.team_status`` (one read, the engine run once per credential). Rows are
plain frozen data, so the GUI's grid model and the CLI only format them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from rxtracker.catalog import CredentialKind
from rxtracker.domain import Hours, Role
from rxtracker.engine import Phase
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.rows import OnProgress, PersonRow
from rxtracker.services.standing import Standing
from rxtracker.services.status import CredentialStatus, PersonStatus, team_status
from rxtracker.services.wording import missing_texts, renewal_sentences, renewal_word

#: Most urgent first: what a supervisor must act on before anything else.
PHASE_URGENCY = {
    Phase.EXPIRED: 0,
    Phase.LAPSED: 1,
    Phase.DUE: 2,
    Phase.AT_RISK: 3,
    Phase.ON_TRACK: 4,
    Phase.COMPLETE: 5,
}
NOT_ON_TRACK = frozenset({Phase.EXPIRED, Phase.LAPSED, Phase.DUE, Phase.AT_RISK})
_KIND_ORDER = {
    CredentialKind.NATIONAL: 0,
    CredentialKind.STATE: 1,
    CredentialKind.SPECIALTY: 2,
    CredentialKind.CUSTOM: 3,
    CredentialKind.CERTIFICATE: 4,
}


@dataclass(frozen=True, slots=True)
class TeamCell:
    """One person's standing on one credential."""

    person_id: int
    credential_id: int
    type_id: str
    type_name: str
    number: str | None
    phase: Phase
    expires_on: dt.date | None
    deadline: dt.date | None  # the application deadline, else the expiration; None: never
    days_left: int | None  # days from as-of to ``deadline`` (negative once past)
    required: Hours
    counted: Hours
    missing_hours: Hours
    missing: tuple[str, ...]  # every unmet requirement, as a sentence
    #: The renewal application or audit in a word or two ("Applied", "Returned", "Audit:
    #: send documents"); "" when nothing is under way (issue 20).
    renewal: str = ""
    renewal_sentences: tuple[str, ...] = ()
    #: The standing behind ``phase`` (which is its honest phase: never on track while
    #: behind the even pace or with a required course missing), for the status words.
    standing: Standing | None = None

    @property
    def urgency(self) -> tuple[int, int]:
        """Sort key: phase, then fewest days left."""
        return (PHASE_URGENCY[self.phase], self.days_left if self.days_left is not None else 10**6)

    def due_within(self, days: int) -> bool:
        """True when the deadline is ``days`` or fewer days away (or already past)."""
        return self.days_left is not None and self.days_left <= days


@dataclass(frozen=True, slots=True)
class TeamColumn:
    """A credential type held by somebody on the team."""

    type_id: str
    short_name: str
    name: str


@dataclass(frozen=True, slots=True)
class TeamRow:
    """A person and their cells, by credential type id."""

    person: PersonRow
    cells: tuple[TeamCell, ...]

    def cell(self, type_id: str) -> TeamCell | None:
        """The person's most urgent credential of this type, or None."""
        return next((c for c in self.cells if c.type_id == type_id), None)

    @property
    def urgency(self) -> tuple[int, int]:
        """The urgency of the person's most urgent credential."""
        return min((c.urgency for c in self.cells), default=(len(PHASE_URGENCY), 10**6))


@dataclass(frozen=True, slots=True)
class TeamFilter:
    """Which people and credentials the team view shows."""

    within_days: int | None = None  # only credentials due within this many days (or past)
    not_on_track: bool = False  # only at risk, past the deadline, lapsed or expired
    role: Role | None = None
    type_id: str | None = None

    def keeps(self, cell: TeamCell) -> bool:
        """True when the cell passes the credential filters."""
        if self.type_id is not None and cell.type_id != self.type_id:
            return False
        if self.within_days is not None and not cell.due_within(self.within_days):
            return False
        return not (self.not_on_track and cell.phase not in NOT_ON_TRACK)


@dataclass(frozen=True, slots=True)
class TeamSummary:
    """Counts for the line above the grid."""

    people: int
    credentials: int
    window_days: int
    due_soon: int  # deadline within ``window_days``, not yet past, not lapsed
    by_phase: tuple[tuple[Phase, int], ...]
    attention: int = 0  # people with a credential due soon or not on track (each counted once)

    def count(self, phase: Phase) -> int:
        """How many credentials are in ``phase``."""
        return dict(self.by_phase).get(phase, 0)

    def sentence(self) -> str:
        """'2 people need attention (credentials: 2 due within 60 days, 1 lapsed, 1 at risk)'.

        The headline counts people, each once; the credential counts follow in brackets
        (one credential can be both due soon and at risk).
        """
        if not self.attention:
            return translate("team", "Nobody needs attention")
        if self.attention == 1:
            who = translate("team", "1 person needs attention (credentials: {counts})")
        else:
            people = self.attention
            who = translate(
                "team", "%n people need attention (credentials: {counts})", None, people
            )
        return who.format(counts=", ".join(self._credential_counts()))

    def _credential_counts(self) -> list[str]:
        parts = []
        if self.due_soon:
            due = self.due_soon
            soon = translate("team", "%n due within {days} days", None, due)
            parts.append(soon.format(days=self.window_days))
        for phase, words in (
            (Phase.DUE, QT_TRANSLATE_NOOP("team", "%n past the deadline")),
            (Phase.LAPSED, QT_TRANSLATE_NOOP("team", "%n lapsed")),
            (Phase.EXPIRED, QT_TRANSLATE_NOOP("team", "%n expired")),
            (Phase.AT_RISK, QT_TRANSLATE_NOOP("team", "%n at risk")),
        ):
            if count := self.count(phase):
                parts.append(translate("team", words, None, count))
        return parts


@dataclass(frozen=True, slots=True)
class TeamView:
    """The grid: columns (credential types), rows (people, most urgent first), summary."""

    as_of: dt.date
    columns: tuple[TeamColumn, ...]
    rows: tuple[TeamRow, ...]
    summary: TeamSummary


def team_view(
    ctx: Context,
    as_of: dt.date | None = None,
    filters: TeamFilter | None = None,
    *,
    window_days: int = 60,
    progress: OnProgress | None = None,
) -> TeamView:
    """Every active person's credentials on ``as_of`` (default today), filtered and sorted.

    ``progress(done, total)`` is called after each person is evaluated.

    A person appears when at least one of their credentials passes the filters (everybody
    of the role when no credential filter is set); the summary counts the shown cells.
    """
    day = as_of or ctx.clock.today()
    rows = [TeamRow(s.person, tuple(_cells(s))) for s in team_status(ctx, day, progress=progress)]
    return apply_filter(_whole(ctx, day, rows, window_days), filters or TeamFilter(), window_days)


def team_view_updated(
    ctx: Context, whole: TeamView, people: Collection[int], *, window_days: int = 60
) -> TeamView:
    """``whole`` (unfiltered) with only ``people`` evaluated again, on the same day.

    A person no longer active leaves the grid; one added or reactivated joins it.
    """
    fresh = [
        TeamRow(s.person, tuple(_cells(s))) for s in team_status(ctx, whole.as_of, people=people)
    ]
    kept = [r for r in whole.rows if r.person.id not in people]
    return _whole(ctx, whole.as_of, kept + fresh, window_days)


def _whole(ctx: Context, day: dt.date, rows: list[TeamRow], window_days: int) -> TeamView:
    rows.sort(key=lambda r: (r.urgency, r.person.name.casefold(), r.person.id))
    return TeamView(day, _columns(ctx, rows), tuple(rows), _summary(rows, window_days))


def apply_filter(view: TeamView, filters: TeamFilter, window_days: int = 60) -> TeamView:
    """The same view with only what ``filters`` keeps (no database access)."""
    if filters == TeamFilter() and window_days == view.summary.window_days:
        return view  # nothing to leave out, the same counts
    has_cell_filter = (
        filters.type_id is not None or filters.within_days is not None or filters.not_on_track
    )
    rows = []
    for row in view.rows:
        if filters.role is not None and row.person.role is not filters.role:
            continue
        cells = tuple(c for c in row.cells if filters.keeps(c))
        if cells or not has_cell_filter:
            rows.append(row if len(cells) == len(row.cells) else TeamRow(row.person, cells))
    held = {c.type_id for r in rows for c in r.cells}
    columns = tuple(c for c in view.columns if c.type_id in held)
    return TeamView(view.as_of, columns, tuple(rows), _summary(rows, window_days))


def _cells(status: PersonStatus) -> list[TeamCell]:
    cells = [_cell(status.person.id, c) for c in status.credentials]
    return sorted(cells, key=lambda c: c.urgency)


def _cell(person_id: int, status: CredentialStatus) -> TeamCell:
    result, credential = status.result, status.credential
    deadline = result.dates.deadline or result.dates.end
    standing = Standing.of(result)
    return TeamCell(
        person_id=person_id,
        credential_id=credential.id,
        type_id=credential.type_id,
        type_name=data_text(credential.type_name),
        number=credential.number,
        phase=standing.honest_phase,
        expires_on=result.dates.end,
        deadline=deadline,
        days_left=(deadline - result.as_of).days if deadline else None,
        required=result.required_hours,
        counted=result.counted_hours,
        missing_hours=result.missing_hours,
        missing=missing_texts(result.missing),
        renewal=renewal_word(status.renewal),
        renewal_sentences=renewal_sentences(status.renewal),
        standing=standing,
    )


def _columns(ctx: Context, rows: list[TeamRow]) -> tuple[TeamColumn, ...]:
    held = {c.type_id: c.type_name for r in rows for c in r.cells}
    catalog = full_catalog(ctx)
    columns = []
    for type_id, name in held.items():
        ctype = catalog.types.get(type_id)
        kind = _KIND_ORDER.get(ctype.kind, 9) if ctype else 9
        short = ctype.short_name if ctype else name
        columns.append((kind, short.casefold(), TeamColumn(type_id, short, name)))
    return tuple(c for *_, c in sorted(columns, key=lambda x: (x[0], x[1])))


def _summary(rows: list[TeamRow], window_days: int) -> TeamSummary:
    cells = [c for r in rows for c in r.cells]
    due_soon = sum(1 for c in cells if _due_soon(c, window_days))
    by_phase = tuple((p, sum(1 for c in cells if c.phase is p)) for p in PHASE_URGENCY)
    attention = sum(
        1
        for r in rows
        if any(c.phase in NOT_ON_TRACK or _due_soon(c, window_days) for c in r.cells)
    )
    return TeamSummary(len(rows), len(cells), window_days, due_soon, by_phase, attention)


def _due_soon(cell: TeamCell, window_days: int) -> bool:
    """Deadline within ``window_days``, not yet past, not lapsed."""
    live = (Phase.COMPLETE, Phase.ON_TRACK, Phase.AT_RISK)
    days = cell.days_left
    return cell.phase in live and days is not None and 0 <= days <= window_days
