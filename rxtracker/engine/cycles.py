"""Cycle dates and phases, derived from the expiration date and the type's date rules."""

from __future__ import annotations

import datetime as dt

from rxtracker.catalog import CredentialType
from rxtracker.domain import Hours, add_months, end_of_month
from rxtracker.engine.facts import CredentialFact
from rxtracker.engine.result import CycleDates, CycleWindow, Phase, RenewalDate
from rxtracker.records import replace

#: Behind pace = the hours still missing would need more than PACE_FACTOR times the steady
#: pace (required hours spread evenly over the cycle) in the time left before the deadline.
#: An app policy, not a board rule: at the start of a cycle nothing is at risk, halfway with
#: no hours it is just on the line, later it is at risk.
PACE_FACTOR = 2

_DAY = dt.timedelta(days=1)

#: A required course or record (human trafficking, an attestation) still missing this many
#: days before the deadline puts the credential at risk, whatever the hours. An app policy.
ITEM_WARNING_DAYS = 90


class NoExpirationDate(Exception):  # noqa: N818 - reads better at call sites
    """A credential whose type renews is recorded without its expiration date.

    Data only: the services word it for a person (``services.wording.no_expiration_text``).

    Attributes:
        credential_id, type_id: the credential concerned and its type.
    """

    def __init__(self, credential_id: int, type_id: str) -> None:
        super().__init__(credential_id, type_id)
        self.credential_id = credential_id
        self.type_id = type_id


def expires_on(credential: CredentialFact) -> dt.date:
    """The expiration date of a credential whose type renews.

    Raises:
        NoExpirationDate: none is recorded (only types without a cycle may go without one).
    """
    if credential.expires_on is None:
        raise NoExpirationDate(credential.id, credential.type_id)
    return credential.expires_on


def expiration(dates: CycleDates) -> dt.date:
    """The end of a renewing credential's cycle (always known: see ``cycle_dates``)."""
    if dates.end is None:
        raise ValueError("a renewing credential's cycle has an expiration date")
    return dates.end


def cycle_start(ctype: CredentialType, credential: CredentialFact) -> dt.date:
    """The first day of the current cycle.

    The start entered on the credential wins; otherwise, after a renewal, the day the last
    renewal was approved (types whose cycle starts then: PTCB) or the day after the last
    renewed cycle's expiration; otherwise the expiration date moved back by the cycle length
    (a cycle ending on a month's last day starts on the 1st of a month). A first cycle never
    starts before the credential was issued.
    """
    end = expires_on(credential)
    if credential.cycle_start is not None:
        return credential.cycle_start
    earlier = [c for c in credential.past_cycles if c.expires_on < end]
    if earlier:
        last = max(earlier, key=lambda c: c.expires_on)
        approved = last.renewed_on if last.renewed_on < end else None
        return start_after_renewal(ctype, last.expires_on, approved)
    months = ctype.cycle_months or 12
    back = add_months(end, -months)
    start = (end_of_month(back) if end == end_of_month(end) else back) + _DAY
    if credential.issued_on is not None and credential.issued_on > start:
        return credential.issued_on
    return start


def start_after_renewal(
    ctype: CredentialType, expired_on: dt.date, approved_on: dt.date | None
) -> dt.date:
    """The first day of the cycle that follows a renewal.

    For a type whose cycle starts when the renewal is approved (``cycle_start =
    "last-renewal"``; PTCB: the cycle "begins when your last recertification was approved",
    help article 206169508) that is the approval date, when one is recorded; otherwise, and
    for every other type, the day after the renewed cycle's expiration.

    Args:
        ctype: the credential's type.
        expired_on: the expiration date of the cycle that was renewed.
        approved_on: the day the renewal was approved, or None when not recorded.
    """
    if ctype.dates.cycle_starts_at_renewal and approved_on is not None:
        return approved_on
    return expired_on + _DAY


def cycle_dates(ctype: CredentialType, credential: CredentialFact) -> CycleDates:
    """Cycle window, renewal window opening, application deadline and late-renewal limit.

    The deadline is the earliest date any of the type's deadline rules gives (PTCB: the
    1st of the expiration month or 30 days before expiration, whichever is earlier); a
    type without a deadline rule must be renewed by its expiration date.
    """
    end = expires_on(credential)
    rules = ctype.dates
    opens = None
    if rules.renewal_opens_days_before is not None:
        opens = end - dt.timedelta(days=rules.renewal_opens_days_before)
    deadlines = [end]
    if rules.deadline_days_before is not None:
        deadlines.append(end - dt.timedelta(days=rules.deadline_days_before))
    if rules.deadline_first_of_expiration_month:
        deadlines.append(end.replace(day=1))
    return CycleDates(
        start=cycle_start(ctype, credential),
        end=end,
        renewal_opens=opens,
        deadline=min(deadlines),
        reinstatement_until=late_limit(ctype, end),
    )


def late_limit(ctype: CredentialType, end: dt.date) -> dt.date | None:
    """The last day a lapsed credential can still be renewed late or reinstated."""
    limits = []
    if ctype.dates.reinstatement_months:
        limits.append(add_months(end, ctype.dates.reinstatement_months))
    if ctype.dates.grace_days:
        limits.append(end + dt.timedelta(days=ctype.dates.grace_days))
    return max(limits) if limits else None


def phase_on(
    as_of: dt.date,
    dates: CycleDates,
    *,
    complete: bool,
    missing: Hours,
    required: Hours,
    items_missing: bool = False,
) -> Phase:
    """Where the credential stands on ``as_of``.

    Past expiration (no renewal recorded) it is lapsed or expired whatever its hours; before
    it, complete wins; then past the deadline is due; then inside the renewal window, behind
    pace, or with a required course or record missing within ITEM_WARNING_DAYS of the
    deadline, it is at risk; otherwise on track.
    """
    if dates.end is not None and as_of > dates.end:
        if dates.reinstatement_until is not None and as_of <= dates.reinstatement_until:
            return Phase.LAPSED
        return Phase.EXPIRED
    if complete:
        return Phase.COMPLETE
    if dates.deadline is not None and as_of > dates.deadline:
        return Phase.DUE
    if dates.renewal_opens is not None and as_of >= dates.renewal_opens:
        return Phase.AT_RISK
    if behind_pace(as_of, dates, missing=missing, required=required):
        return Phase.AT_RISK
    due = dates.deadline or dates.end
    if items_missing and due is not None and (due - as_of).days <= ITEM_WARNING_DAYS:
        return Phase.AT_RISK
    return Phase.ON_TRACK


def behind_pace(as_of: dt.date, dates: CycleDates, *, missing: Hours, required: Hours) -> bool:
    """True when the missing hours need more than PACE_FACTOR times the steady pace."""
    days = _pace_days(as_of, dates)
    if not missing or not required or days is None:
        return False
    cycle_days, left_days = days
    return missing.hundredths * cycle_days > PACE_FACTOR * required.hundredths * left_days


def steady_pace(as_of: dt.date, dates: CycleDates, required: Hours) -> Hours:
    """The hours the steady pace has reached on ``as_of`` (counted to the day before).

    The steady pace spreads ``required`` evenly up to the deadline: nothing on the first
    day, everything after the deadline. It is the pace ``behind_pace`` measures against; a
    credential without an end has none.
    """
    days = _pace_days(as_of, dates)
    if days is None:
        return Hours.zero()
    cycle_days, left_days = days
    return Hours(required.hundredths * (cycle_days - min(left_days, cycle_days)) // cycle_days)


def _pace_days(as_of: dt.date, dates: CycleDates) -> tuple[int, int] | None:
    """Days from the cycle start to the deadline, and days left on ``as_of``.

    Both count the deadline itself; None when the cycle has no end.
    """
    due = dates.deadline or dates.end
    if due is None:
        return None
    cycle_days = max((due - dates.start).days + 1, 1)
    left_days = max((due - as_of).days + 1, 0)
    return cycle_days, left_days


def renewal_dates(dates: CycleDates, as_of: dt.date | None = None) -> tuple[RenewalDate, ...]:
    """The window opening, application deadline and expiration of a cycle, in that order.

    Each has the words the dashboard and the calendar export show.

    A deadline on the expiration day is not repeated: the expiration then says so. A
    credential that does not expire has no dates to show. Once it has lapsed on ``as_of``
    (past its expiration, still within the time to reinstate), the last day to reinstate
    follows.
    """
    if dates.end is None:
        return ()
    by_end = dates.deadline in (None, dates.end)
    late = dates.reinstatement_until
    lapsed = as_of is not None and late is not None and dates.end < as_of <= late
    plan = (
        ("window", dates.renewal_opens, "renewal window opens"),
        ("deadline", None if by_end else dates.deadline, "application deadline"),
        ("expiration", dates.end, "last day to renew" if by_end else "expires"),
        ("reinstatement", late if lapsed else None, "last day to reinstate"),
    )
    return tuple(RenewalDate(kind, day, label) for kind, day, label in plan if day is not None)


def cycle_windows(ctype: CredentialType, credential: CredentialFact) -> tuple[CycleWindow, ...]:
    """The current cycle, then each renewed one (most recent first), as first and last days.

    A renewed cycle without a recorded start starts as ``cycle_start`` says a cycle ending
    then would. A credential that does not expire has no cycles.
    """
    if credential.expires_on is None:
        return ()
    current = CycleWindow(cycle_start(ctype, credential), credential.expires_on, current=True)
    past = sorted(credential.past_cycles, key=lambda c: c.expires_on, reverse=True)
    ended = (replace(credential, expires_on=c.expires_on, cycle_start=c.cycle_start) for c in past)
    return (
        current,
        *(CycleWindow(cycle_start(ctype, e), expires_on(e), current=False) for e in ended),
    )


def next_expiration(ctype: CredentialType | None, expires_on: dt.date) -> dt.date:
    """The expiration a renewal of a cycle ending on ``expires_on`` most likely gets.

    One cycle later (24 months for a type without a cycle length), at the month's end for
    types that expire then.
    """
    months = ctype.cycle_months if ctype and ctype.cycle_months else 24
    moved = add_months(expires_on, months)
    if ctype and ctype.dates.expires_end_of_month:
        return end_of_month(moved)
    return moved
