"""The credential rule catalog: rule data files, loaded and validated."""

from rxtracker.catalog.loader import Catalog, CatalogError, load_builtin, parse_type
from rxtracker.catalog.model import (
    CredentialKind,
    CredentialType,
    Credits,
    Dates,
    Fee,
    Requirement,
    RequirementKind,
    RuleSet,
    Selector,
    Sourced,
)

__all__ = [
    "Catalog",
    "CatalogError",
    "CredentialKind",
    "CredentialType",
    "Credits",
    "Dates",
    "Fee",
    "Requirement",
    "RequirementKind",
    "RuleSet",
    "Selector",
    "Sourced",
    "load_builtin",
    "parse_type",
]
