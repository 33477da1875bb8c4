"""Parse one credential type (a catalog TOML file or a stored custom type), strictly.

Every table is checked for unknown keys first, then every value for its type and range; the
format is written down in ``docs/catalog-format.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

from rxtracker.catalog import keys
from rxtracker.catalog.model import (
    CeStatus,
    Confirmation,
    CredentialKind,
    CredentialType,
    Credits,
    Dates,
    Fee,
    FirstRenewalTier,
    Requirement,
    RequirementKind,
    RuleSet,
    Selector,
    Sourced,
)
from rxtracker.catalog.pathways import parse_eligibility
from rxtracker.catalog.reader import Reader, check_schema, lower_case_words, not_one_of
from rxtracker.domain import Audience, Category, Format
from rxtracker.i18n import translate

#: Requirement kinds that make no sense without a selector.
_NEEDS_SELECTOR = {RequirementKind.MAX, RequirementKind.EXCLUDE, RequirementKind.CONDITIONAL}
#: Requirement kinds that need an ``hours`` number.
_NEEDS_HOURS = {
    RequirementKind.TOTAL,
    RequirementKind.MIN,
    RequirementKind.MAX,
    RequirementKind.PER_DAY_CAP,
}
#: Selector fields whose values are a closed set (see rxtracker.domain.enums).
_SELECTOR_VALUES = {
    "format": {f.value for f in Format},
    "audience": {a.value for a in Audience},
    "category": {c.value for c in Category},
}
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_STATE = re.compile(r"[A-Z]{2}")


def parse_type(
    data: Mapping[str, Any], origin: str, spanish: dict[str, str] | None = None
) -> CredentialType:
    """Validate one credential type given as a mapping (a TOML file or a stored custom type).

    Args:
        data: the type's tables.
        origin: the file name (or "custom type '...'") errors name.
        spanish: receives the Spanish texts given beside the English ones (``label_es``).

    Raises:
        CatalogError: naming the origin, the key path and the problem.
    """
    top = Reader(data, origin, spanish=spanish)
    top.only(keys.TYPE)
    check_schema(top)
    ce = _choice(top, "ce", CeStatus, CeStatus.REQUIRED)
    return CredentialType(
        id=type_id(top, "id"),
        name=top.text("name"),
        short_name=top.text("short_name"),
        issuer=top.text("issuer"),
        kind=_choice(top, "kind", CredentialKind),
        cycle_months=top.whole("cycle_months", low=1, high=keys.MAX_CYCLE_MONTHS),
        state=_state(top),
        summary=top.text("summary", ""),
        dates=_dates(top.table("dates")),
        rule_sets=tuple(_rule_set(r, ce) for r in top.tables("rules")),
        fees=tuple(_fee(f) for f in top.tables("fees", False)),
        unconfirmed=top.strings("unconfirmed"),
        requires=_type_ids(top, "requires"),
        variant_of=type_id(top, "variant_of") if top.has("variant_of") else None,
        credits=_credits(top.table("credits")) if top.has("credits") else None,
        eligibility=parse_eligibility(top.table("eligibility")) if top.has("eligibility") else None,
        ce=ce,
        still_applies=top.strings("still_applies"),
        confirmation=_choice(top, "confirmation", Confirmation, Confirmation.PARTIAL),
        satisfied_by=_type_ids(top, "satisfied_by"),
        first_renewal=_first_renewal(top),
    )


def type_id(reader: Reader, key: str) -> str:
    """A credential type id: lower-case letters and digits joined by dashes."""
    text = reader.text(key)
    if not _ID.fullmatch(text):
        raise reader.fail(key, lower_case_words(text))
    return text


def _type_ids(reader: Reader, key: str) -> tuple[str, ...]:
    ids = reader.strings(key)
    for text in ids:
        if not _ID.fullmatch(text):
            raise reader.fail(key, lower_case_words(text))
    return ids


def _state(top: Reader) -> str | None:
    state = top.opt_str("state")
    if state is not None and not _STATE.fullmatch(state):
        words = translate("parse", "{state} must be two capital letters, like TX")
        raise top.fail("state", words.format(state=repr(state)))
    return state


def _dates(dates: Reader) -> Dates:
    dates.only(keys.DATES)
    days = keys.MAX_DAYS
    reinstatement = dates.whole("reinstatement_months", high=keys.MAX_CYCLE_MONTHS)
    return Dates(
        sourced=dates.sourced(),
        renewal_opens_days_before=dates.whole("renewal_opens_days_before", high=days),
        deadline_days_before=dates.whole("deadline_days_before", high=days),
        deadline_first_of_expiration_month=dates.flag("deadline_first_of_expiration_month"),
        reinstatement_months=reinstatement,
        reinstatement_type=type_id(dates, "reinstatement_type")
        if dates.has("reinstatement_type")
        else None,
        expires_end_of_month=dates.flag("expires_end_of_month"),
        grace_days=dates.whole("grace_days", high=days),
        cycle_starts_at_renewal=_cycle_start(dates),
        resubmit_days_after_return=dates.whole("resubmit_days_after_return", high=days),
        renews=dates.text("renews", ""),
    )


def _fee(fee: Reader) -> Fee:
    fee.only(keys.FEE)
    return Fee(fee.text("name"), fee.text("amount"), fee.sourced())


def _selector(reader: Reader) -> Selector:
    if not reader.has("select"):
        return Selector()
    table = reader.table("select")
    table.only(keys.SELECT)
    match = table.text("match", "all")
    if match not in {"all", "any"}:
        words = translate("parse", "{match} must be 'all' (every field) or 'any' (one field)")
        raise table.fail("match", words.format(match=repr(match)))
    for key, allowed in _SELECTOR_VALUES.items():
        bad = set(table.strings(key)) - allowed
        if bad:
            raise table.fail(key, not_one_of(sorted(bad)[0], str(sorted(allowed))))
    return Selector(
        topics=frozenset(table.topics("topic")),
        tags=frozenset(table.tags("tag")),
        formats=frozenset(table.strings("format")),
        audiences=frozenset(table.strings("audience")),
        categories=frozenset(table.strings("category")),
        match_any=match == "any",
    )


def _requirement(reader: Reader, inherited: Sourced) -> Requirement:
    reader.only(keys.REQUIREMENT)
    kind = _choice(reader, "kind", RequirementKind)
    hours = reader.hours("hours") if kind in _NEEDS_HOURS or reader.has("hours") else None
    select = _selector(reader)
    if kind in _NEEDS_SELECTOR and select.is_empty:
        words = translate("parse", "a {kind} requirement needs a selector")
        raise reader.fail("select", words.format(kind=kind.value))
    return Requirement(
        id=reader.text("id"),
        kind=kind,
        label=reader.text("label"),
        sourced=reader.sourced(inherited),
        hours=hours,
        select=select,
        counts_toward_total=reader.flag("counts_toward_total", True),
        once=reader.flag("once", False),
        unconfirmed=reader.flag("unconfirmed", False),
        note=reader.text("note", ""),
        reason=reader.text("reason", ""),
        condition=reader.text("condition", ""),
        exempt_in_initial_cycle=reader.flag("exempt_in_initial_cycle", False),
        phrase=reader.text("phrase", ""),
        first_renewal_only=reader.flag("first_renewal_only", False),
    )


def _rule_set(reader: Reader, ce: CeStatus) -> RuleSet:
    reader.only(keys.RULE_SET)
    sourced = reader.sourced()
    tables = reader.tables("requirements", required=ce == CeStatus.REQUIRED)
    requirements = tuple(_requirement(r, sourced) for r in tables)
    ids = [r.id for r in requirements]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        words = translate("parse", "requirement id {id} is repeated")
        raise reader.fail("requirements", words.format(id=repr(sorted(duplicates)[0])))
    if sum(r.kind == RequirementKind.TOTAL for r in requirements) > 1:
        problem = translate("parse", "has more than one total requirement")
        raise reader.fail("requirements", problem)
    return RuleSet(reader.date("effective_from"), sourced, requirements, reader.text("note", ""))


_E = TypeVar("_E", CeStatus, Confirmation, CredentialKind, RequirementKind)


def _choice(reader: Reader, key: str, enum: type[_E], default: _E | None = None) -> _E:
    text = reader.text(key, None if default is None else default.value)
    try:
        return enum(text)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise reader.fail(key, not_one_of(text, allowed)) from None


def _cycle_start(dates: Reader) -> bool:
    text = dates.text("cycle_start", "after-expiration")
    if text not in {"after-expiration", "last-renewal"}:
        words = translate("parse", "{text} must be 'after-expiration' or 'last-renewal'")
        raise dates.fail("cycle_start", words.format(text=repr(text)))
    return text == "last-renewal"


def _first_renewal(top: Reader) -> tuple[FirstRenewalTier, ...]:
    """The ``[[first_renewal]]`` tiers, in ascending order of months (unbounded last)."""
    tiers = []
    for table in top.tables("first_renewal", required=False):
        table.only(keys.FIRST_RENEWAL)
        per_month = table.hours("hours_per_month") if table.has("hours_per_month") else None
        prorate = table.flag("prorate", False)
        by_month = prorate or per_month is not None
        percent = table.whole("percent", 100 if by_month else None, high=100)
        if percent is None:
            words = translate("parse", "must be a whole number from {low} to {high}")
            raise table.fail("percent", words.format(low=0, high=100))
        months = table.whole("registered_under_months", low=1, high=keys.MAX_CYCLE_MONTHS)
        note = table.text("note", "")
        tiers.append(FirstRenewalTier(percent, table.sourced(), months, note, per_month, prorate))
    return tuple(sorted(tiers, key=lambda t: (t.registered_under_months is None, t.months)))


def _credits(table: Reader) -> Credits:
    table.only(keys.CREDITS)
    per_credit = table.hours("hours_per_credit")
    if not per_credit:
        raise table.fail("hours_per_credit", translate("parse", "must be more than 0"))
    return Credits(table.text("name"), per_credit, table.sourced())
