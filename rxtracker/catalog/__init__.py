"""The credential rule catalog: rule data files, loaded and validated."""

from rxtracker.catalog.files import CatalogFile
from rxtracker.catalog.keys import MAX_CYCLE_MONTHS, MAX_HOURS
from rxtracker.catalog.loader import Catalog, check_file, load_builtin
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
from rxtracker.catalog.reader import CatalogError

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
