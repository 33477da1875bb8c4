"""A first registration period: whether this is one, and how much CE it asks for.

Several boards waive or prorate CE until the first renewal (Texas, Illinois, Arizona: waived;
Ohio: waived when registered within 6 months of expiration; Georgia and Alabama: prorated by
when the holder registered; Kansas and Utah: prorated by the months registered; Florida: a
first renewal adds 1 hour of HIV/AIDS). The rules are
the type's ``[[first_renewal]]`` tiers plus requirement flags; this module only applies them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.catalog import CredentialType, FirstRenewalTier, Requirement, RuleSet
from rxtracker.domain import Hours, add_months
from rxtracker.engine.facts import CredentialFact
from rxtracker.engine.notes import FirstPeriod, FirstShare
from rxtracker.records import replace

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FirstCycle:
    """What a first registration period changes for one cycle."""

    initial: bool  # this cycle is the first registration period
    inferred: bool = False  # ... read from the issued date, not said by the user
    percent: int | None = None  # share of the waivable hours asked (None: all; 0: waived)
    note: FirstPeriod | None = None  # for the result's notes (None: not a first period)
    tier: FirstRenewalTier | None = None  # a tier prorating by month, with ...
    months: int = 0  # ... the whole months registered
    cycle_months: int = 24  # ... out of the cycle's months

    def asked(self, hours: Hours) -> Hours:
        """The hours a waivable requirement asks in this period (``hours`` in a full one)."""
        if self.percent is not None:
            hours = Hours(hours.hundredths * self.percent // 100)
        if self.tier is None:
            return hours
        if self.tier.hours_per_month is not None:
            hours = min(hours, Hours(self.tier.hours_per_month.hundredths * self.months))
        if self.tier.prorate:
            hours = Hours(hours.hundredths * self.months // self.cycle_months)
        return hours


def months_registered(issued: dt.date, end: dt.date) -> int:
    """Whole months from the issue date to the day after expiration (2025-07-01..2027-06-30: 24)."""
    months = 0
    while add_months(issued, months + 1) <= end + _DAY:
        months += 1
    return months


def is_initial(ctype: CredentialType, credential: CredentialFact) -> tuple[bool, bool]:
    """(first registration period?, inferred from the issued date?).

    The user's word wins. Otherwise a credential with no renewed cycle recorded, issued after
    the day its cycle would start counting back from expiration, is in its first period.
    """
    if credential.initial_cycle:
        return True, False
    end, issued = credential.expires_on, credential.issued_on
    if end is None or issued is None or credential.past_cycles or not ctype.cycle_months:
        return False, False
    nominal_start = add_months(end, -ctype.cycle_months) + _DAY
    return issued > nominal_start, issued > nominal_start


def first_cycle(ctype: CredentialType, credential: CredentialFact, end: dt.date) -> FirstCycle:
    """The first-registration facts for the cycle ending on ``end``."""
    initial, inferred = is_initial(ctype, credential)
    if not initial:
        return FirstCycle(False)
    if not ctype.first_renewal:
        return FirstCycle(True, inferred, 0, FirstPeriod(inferred, FirstShare.NONE_ASKED))
    issued = credential.issued_on
    months = months_registered(issued, end) if issued else None
    for tier in ctype.first_renewal:
        limit = tier.registered_under_months
        if tier.by_month and months is not None:
            cycle = ctype.cycle_months or 24
            note = _tier_note(tier, inferred, months)
            return FirstCycle(True, inferred, tier.percent, note, tier, min(months, cycle), cycle)
        if tier.by_month:
            break  # the months registered are needed: ask for the issued date below
        if limit is None or (months is not None and months < limit):
            return FirstCycle(True, inferred, tier.percent, _tier_note(tier, inferred, months))
    if months is None:
        note = FirstPeriod(inferred, FirstShare.NEEDS_ISSUE_DATE)
        return FirstCycle(True, inferred, None, note)
    return FirstCycle(True, inferred, None, FirstPeriod(inferred, FirstShare.FULL))


def adjust(rules: RuleSet, first: FirstCycle) -> tuple[RuleSet, frozenset[str]]:
    """The rule set as it applies to this cycle, and the ids of waived requirements.

    Requirements only for a first renewal are dropped from other cycles; waivable ones are
    waived (0 %) or their hours prorated (50 % of 20 hours = 10 hours).
    """
    kept: list[Requirement] = []
    waived: set[str] = set()
    for req in rules.requirements:
        if req.first_renewal_only and not first.initial:
            continue
        if first.percent is not None and req.exempt_in_initial_cycle:
            if first.percent == 0:
                waived.add(req.id)
            elif req.hours is not None:
                req = replace(req, hours=first.asked(req.hours))
        kept.append(req)
    return replace(rules, requirements=tuple(kept)), frozenset(waived)


def _tier_note(tier: FirstRenewalTier, inferred: bool, months: int | None) -> FirstPeriod:
    return FirstPeriod(
        inferred,
        FirstShare.TIER,
        months,
        tier.percent,
        tier.hours_per_month,
        tier.prorate,
        tier.note.strip(),
    )
