"""The coverage table of docs/coverage.md, generated from the catalog.

``python -m rxtracker.catalog.coverage > docs/coverage.md`` (``make coverage``) rewrites it;
a test fails when the file and the catalog disagree.
"""

from __future__ import annotations

from rxtracker.catalog.catalog import Catalog
from rxtracker.catalog.describe import describe
from rxtracker.catalog.loader import load_builtin
from rxtracker.catalog.model import Confirmation, CredentialKind, CredentialType
from rxtracker.domain import STATE_NAMES
from rxtracker.i18n import in_english

#: Territories without a board in the catalog's scope (the 52 are the states, DC and PR).
_OTHER_TERRITORIES = frozenset({"GU", "VI", "AS", "MP"})

#: The 52 jurisdictions whose technician credential the catalog must cover, by name.
JURISDICTIONS = {
    code: name
    for code, name in sorted(STATE_NAMES.items(), key=lambda item: item[1])
    if code not in _OTHER_TERRITORIES
}

CONFIRMED = {
    Confirmation.OFFICIAL: "yes",
    Confirmation.PARTIAL: "partly",
    Confirmation.UNCONFIRMED: "no",
}

_HEADER = """# Coverage: technician CE rules by jurisdiction

Generated from the rule catalog (`rxtracker/catalog/data`) by `make coverage`; a test fails
when this file and the catalog disagree. "Confirmed" says whether the numbers come from the
board's own page or rule text (yes), partly (the rest marked *not confirmed* in the app),
or only from third-party pages (no). "Checked" is the oldest date among the entry's facts.
`rxtracker rules show TYPE` prints every rule with its source.

| Jurisdiction | Credential | CE hours / cycle | Required topics | Confirmed | Checked |
|---|---|---|---|---|---|
"""


def state_types(catalog: Catalog) -> list[CredentialType]:
    """The state credential types, by jurisdiction name then type name."""
    states = [t for t in catalog.holdable() if t.kind == CredentialKind.STATE and t.state]
    return sorted(states, key=lambda t: (JURISDICTIONS.get(t.state or "", t.state or ""), t.name))


def missing_jurisdictions(catalog: Catalog) -> list[str]:
    """Codes of jurisdictions without any state credential type."""
    covered = {t.state for t in state_types(catalog)}
    return [code for code in JURISDICTIONS if code not in covered]


def row(ctype: CredentialType) -> str:
    """One markdown table row."""
    info = describe(ctype)
    cells = [
        JURISDICTIONS.get(ctype.state or "", ctype.state or ""),
        f"{ctype.name} (`{ctype.id}`)",
        info.hours,
        "; ".join(info.topics) or "-",
        CONFIRMED[ctype.confirmation],
        info.checked.isoformat(),
    ]
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"


def coverage_markdown(catalog: Catalog) -> str:
    """The whole docs/coverage.md text (in English, whatever the interface language)."""
    with in_english():
        rows = [row(t) for t in state_types(catalog)]
    missing = missing_jurisdictions(catalog)
    tail = f"\nNot covered yet: {', '.join(missing)}.\n" if missing else ""
    return _HEADER + "\n".join(rows) + "\n" + tail


if __name__ == "__main__":
    print(coverage_markdown(load_builtin()), end="")
