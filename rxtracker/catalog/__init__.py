"""The credential rule catalog: rule data files, loaded and validated."""

from rxtracker.catalog.loader import Catalog, CatalogError, load_builtin, parse_type
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

__all__ = [
    "Catalog",
    "CatalogError",
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
    "load_builtin",
    "parse_type",
]
