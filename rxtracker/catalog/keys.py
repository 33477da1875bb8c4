"""Every key a catalog file may hold, table by table, and the ranges its numbers must fall in.

Written down for people in ``docs/catalog-format.md`` (a test keeps the two in step). The reader
refuses any other key (``Reader.only``), so a misspelt key is an error, never a silent default.
"""

from __future__ import annotations

import datetime as dt

from rxtracker.domain import Hours

#: The longest renewal cycle (10 years).
MAX_CYCLE_MONTHS = 120
#: The most hours any requirement or credit may name.
MAX_HOURS = Hours.parse("1000")
#: Counts of days, months, certificates... (a sanity limit for whole numbers without their own).
MAX_WHOLE = 1000
#: Days before or after an expiration date (renewal window, deadline, grace period).
MAX_DAYS = 366
#: Dates in a catalog file (``effective_from``, ``checked``) fall between these.
FIRST_DATE = dt.date(1970, 1, 1)
LAST_DATE = dt.date(2099, 12, 31)

_SOURCED = frozenset({"source", "checked"})

#: A credential type file (``data/*.toml``) and a custom type: the top-level keys.
TYPE = frozenset(
    {
        "schema",
        "id",
        "name",
        "short_name",
        "issuer",
        "kind",
        "cycle_months",
        "state",
        "summary",
        "ce",
        "confirmation",
        "unconfirmed",
        "still_applies",
        "requires",
        "satisfied_by",
        "variant_of",
        "dates",
        "fees",
        "rules",
        "credits",
        "first_renewal",
        "eligibility",
    }
)
DATES = _SOURCED | {
    "renews",
    "cycle_start",
    "renewal_opens_days_before",
    "deadline_days_before",
    "deadline_first_of_expiration_month",
    "expires_end_of_month",
    "grace_days",
    "reinstatement_months",
    "reinstatement_type",
    "resubmit_days_after_return",
}
FEE = _SOURCED | {"name", "amount"}
RULE_SET = _SOURCED | {"effective_from", "note", "requirements"}
REQUIREMENT = _SOURCED | {
    "id",
    "kind",
    "label",
    "hours",
    "select",
    "counts_toward_total",
    "once",
    "unconfirmed",
    "note",
    "reason",
    "condition",
    "exempt_in_initial_cycle",
    "phrase",
    "first_renewal_only",
}
SELECT = frozenset({"topic", "tag", "format", "audience", "category", "match"})
CREDITS = _SOURCED | {"name", "hours_per_credit"}
FIRST_RENEWAL = _SOURCED | {
    "percent",
    "registered_under_months",
    "note",
    "hours_per_month",
    "prorate",
}
ELIGIBILITY = _SOURCED | {"conditions", "routes", "notes", "unconfirmed"}
ROUTE = _SOURCED | {"id", "label", "conditions", "unconfirmed", "note"}
CONDITION = _SOURCED | {
    "kind",
    "label",
    "required",
    "unconfirmed",
    "note",
    "types",
    "count",
    "program",
    "months",
    "areas",
    "full_time_hours_per_week",
    "within_years",
}
#: An eligibility file (``data/eligibility/*.toml``): the type it applies to, and the table.
OVERLAY = frozenset({"schema", "type", "eligibility"})
#: The specialty-areas file (``data/areas/specialty-areas.toml``).
AREAS_FILE = _SOURCED | {"schema", "areas"}
AREA = _SOURCED | {"id", "name", "topics", "tags", "programs", "note"}

#: Keys whose text a person reads: each may have its Spanish text beside it, ``<key>_es`` (a
#: text beside a text, a list of as many texts beside a list). Shown where the interface is in
#: Spanish; where a Spanish text is missing, the English one is shown.
TRANSLATABLE = frozenset(
    {
        "name",
        "short_name",
        "summary",
        "unconfirmed",
        "still_applies",
        "renews",
        "note",
        "notes",
        "label",
        "reason",
        "condition",
        "phrase",
    }
)
#: The suffix of a Spanish text's key.
SPANISH = "_es"

#: Every table, by the heading ``docs/catalog-format.md`` gives it.
TABLES: dict[str, frozenset[str]] = {
    "Top level": TYPE,
    "[dates]": DATES,
    "[[fees]]": FEE,
    "[[rules]]": RULE_SET,
    "[[rules.requirements]]": REQUIREMENT,
    "select": SELECT,
    "[credits]": CREDITS,
    "[[first_renewal]]": FIRST_RENEWAL,
    "[eligibility]": ELIGIBILITY,
    "[[eligibility.routes]]": ROUTE,
    "[[eligibility.conditions]]": CONDITION,
    "Eligibility files": OVERLAY,
    "Specialty-areas file": AREAS_FILE,
    "[[areas]]": AREA,
}
