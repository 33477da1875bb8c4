"""The coverage table of docs/coverage.md, generated from the catalog.

``python -m rxtracker.catalog.coverage > docs/coverage.md`` (``make coverage``) rewrites it;
a test fails when the file and the catalog disagree.
"""

from __future__ import annotations

from rxtracker.catalog.describe import describe
from rxtracker.catalog.loader import Catalog, load_builtin
from rxtracker.catalog.model import Confirmation, CredentialKind, CredentialType

#: The 52 jurisdictions whose technician credential the catalog must cover.
JURISDICTIONS = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip

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
    """The whole docs/coverage.md text."""
    rows = [row(t) for t in state_types(catalog)]
    missing = missing_jurisdictions(catalog)
    tail = f"\nNot covered yet: {', '.join(missing)}.\n" if missing else ""
    return _HEADER + "\n".join(rows) + "\n" + tail


if __name__ == "__main__":
    print(coverage_markdown(load_builtin()), end="")
