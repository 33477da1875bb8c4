"""The credential rule catalog: rule data files, loaded and validated.

The names below are imported on first use (PEP 562): the engine needs the parsed types
(``model``) and a command reads the parsed catalog from its cache (``catalog.cache``), so
neither loads the TOML parser and the file checks unless a rule file is read.
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from rxtracker.catalog.catalog import Catalog
    from rxtracker.catalog.errors import CatalogError
    from rxtracker.catalog.files import CatalogFile
    from rxtracker.catalog.keys import MAX_CYCLE_MONTHS, MAX_HOURS
    from rxtracker.catalog.loader import check_file, load_builtin
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
    from rxtracker.catalog.parse import parse_type

#: Each public name -> the module that defines it.
_WHERE = {
    "Catalog": "catalog",
    "CatalogError": "errors",
    "CatalogFile": "files",
    "MAX_CYCLE_MONTHS": "keys",
    "MAX_HOURS": "keys",
    "check_file": "loader",
    "load_builtin": "loader",
    **dict.fromkeys(
        (
            "CeStatus",
            "Confirmation",
            "CredentialKind",
            "CredentialType",
            "Credits",
            "Dates",
            "Fee",
            "FirstRenewalTier",
            "Requirement",
            "RequirementKind",
            "RuleSet",
            "Selector",
            "Sourced",
        ),
        "model",
    ),
    "parse_type": "parse",
}

__all__ = [
    "MAX_CYCLE_MONTHS",
    "MAX_HOURS",
    "Catalog",
    "CatalogError",
    "CatalogFile",
    "CeStatus",
    "Confirmation",
    "CredentialKind",
    "CredentialType",
    "Credits",
    "Dates",
    "Fee",
    "FirstRenewalTier",
    "Requirement",
    "RequirementKind",
    "RuleSet",
    "Selector",
    "Sourced",
    "check_file",
    "load_builtin",
    "parse_type",
]


__getattr__ = names_on_first_use(globals(), _WHERE)
