"""The catalog itself: every known credential type by id, and the specialty areas.

Apart from ``loader`` (which reads and checks the rule files), so reading the parsed
catalog back from its cache (``catalog.cache``) loads neither the TOML parser nor the
checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rxtracker import i18n
from rxtracker.catalog.errors import CatalogError
from rxtracker.catalog.model import AreaDefinition, CredentialKind, CredentialType
from rxtracker.domain import InvalidInput

_KIND_ORDER = [
    CredentialKind.NATIONAL,
    CredentialKind.SPECIALTY,
    CredentialKind.CERTIFICATE,
    CredentialKind.STATE,
    CredentialKind.CUSTOM,
]


@dataclass(frozen=True, slots=True)
class Catalog:
    """All known credential types, by id, and the specialty areas.

    Attributes:
        types: every type by id.
        areas: the specialty areas.
        spanish: the rule files' Spanish texts by the English text they translate
            (``label_es`` beside ``label``), which ``share_texts`` hands to ``rxtracker.i18n``.
    """

    types: Mapping[str, CredentialType]
    areas: tuple[AreaDefinition, ...] = ()
    spanish: Mapping[str, str] = field(default_factory=dict)

    def share_texts(self) -> Catalog:
        """Make the Spanish texts known to ``rxtracker.i18n.data_text``; returns the catalog."""
        i18n.add_texts("es", self.spanish)
        return self

    def get(self, type_id: str) -> CredentialType:
        """The type with this id.

        Raises:
            InvalidInput: naming the unknown id and listing the known ones.
        """
        try:
            return self.types[type_id]
        except KeyError:
            known = ", ".join(sorted(self.types))
            words = i18n.translate("catalog", "{type} is not in the catalog (known: {known})")
            raise InvalidInput(
                "credential type", words.format(type=repr(type_id), known=known)
            ) from None

    def __contains__(self, type_id: object) -> bool:
        return type_id in self.types

    def all(self) -> list[CredentialType]:
        """Every type: national, specialty, certificates, state, custom; then by name."""
        return sorted(self.types.values(), key=lambda t: (_KIND_ORDER.index(t.kind), t.name))

    def holdable(self) -> list[CredentialType]:
        """The types a person can hold (``all`` without rule variants such as reinstatement)."""
        return [t for t in self.all() if t.holdable]

    def with_types(self, extra: Iterable[CredentialType]) -> Catalog:
        """A catalog with more types (custom types from the database) added."""
        merged = dict(self.types)
        for ctype in extra:
            if ctype.id in merged and merged[ctype.id].kind != CredentialKind.CUSTOM:
                problem = i18n.translate("catalog", "is already a built-in credential type")
                raise CatalogError(ctype.id, "id", problem)
            merged[ctype.id] = ctype
        return Catalog(merged, self.areas, self.spanish)
