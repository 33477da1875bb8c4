"""Load and validate the rule catalog's TOML files (and custom types stored as mappings)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

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
from rxtracker.catalog.pathways import (
    AreaDefinition,
    overlay_target,
    parse_areas,
    parse_eligibility,
)
from rxtracker.domain import Audience, Category, Format, Hours, InvalidInput, RxError

#: Requirement kinds that need an ``hours`` number.
_NEEDS_HOURS = {
    RequirementKind.TOTAL,
    RequirementKind.MIN,
    RequirementKind.MAX,
    RequirementKind.PER_DAY_CAP,
}
_SELECTOR_KEYS = {
    "topic": "topics",
    "tag": "tags",
    "format": "formats",
    "audience": "audiences",
    "category": "categories",
}

#: Selector fields whose values are a closed set (see rxtracker.domain.enums).
_SELECTOR_VALUES = {
    "format": {f.value for f in Format},
    "audience": {a.value for a in Audience},
    "category": {c.value for c in Category},
}

_KIND_ORDER = [
    CredentialKind.NATIONAL,
    CredentialKind.SPECIALTY,
    CredentialKind.CERTIFICATE,
    CredentialKind.STATE,
    CredentialKind.CUSTOM,
]


class CatalogError(RxError):
    """A catalog file or custom type that does not follow the catalog's rules."""

    def __init__(self, origin: str, where: str, problem: str) -> None:
        self.origin = origin
        self.where = where
        self.problem = problem
        super().__init__(f"{origin}: {where}: {problem}")


@dataclass(frozen=True, slots=True)
class Catalog:
    """All known credential types, by id, and the specialty areas."""

    types: Mapping[str, CredentialType]
    areas: tuple[AreaDefinition, ...] = ()

    def get(self, type_id: str) -> CredentialType:
        """The type with this id.

        Raises:
            InvalidInput: naming the unknown id and listing the known ones.
        """
        try:
            return self.types[type_id]
        except KeyError:
            known = ", ".join(sorted(self.types))
            raise InvalidInput(
                "credential type", f"{type_id!r} is not in the catalog (known: {known})"
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
                raise CatalogError(ctype.id, "id", "is already a built-in credential type")
            merged[ctype.id] = ctype
        return Catalog(merged, self.areas)


def load_builtin() -> Catalog:
    """Load every TOML file shipped in ``rxtracker/catalog/data``."""
    folder = resources.files("rxtracker.catalog") / "data"
    types: dict[str, CredentialType] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        ctype = parse_type(_read_toml(entry), origin=entry.name)
        if ctype.id in types:
            raise CatalogError(entry.name, "id", f"{ctype.id!r} is defined twice")
        types[ctype.id] = ctype
    _apply_eligibility_files(folder / "eligibility", types)
    for ctype in types.values():
        refs = (*ctype.requires, *ctype.satisfied_by, ctype.dates.reinstatement_type)
        for ref in (*refs, ctype.variant_of):
            if ref is not None and ref not in types:
                raise CatalogError(
                    ctype.id,
                    "requires/satisfied_by/reinstatement_type/variant_of",
                    f"names unknown type {ref!r}",
                )
        unknown = sorted(
            ctype.eligibility.referenced_types() - set(types) if ctype.eligibility else ()
        )
        if unknown:
            raise CatalogError(ctype.id, "eligibility", f"names unknown type {unknown[0]!r}")
    areas_file = folder / "areas" / "specialty-areas.toml"
    areas = parse_areas(_Reader(_read_toml(areas_file), areas_file.name))
    for area in areas:
        for program in sorted(area.programs - set(types)):
            raise CatalogError(areas_file.name, area.id, f"names unknown type {program!r}")
    return Catalog(types, areas)


def _read_toml(entry: Traversable) -> dict[str, Any]:
    try:
        return tomllib.loads(entry.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(entry.name, "file", f"is not valid TOML ({exc})") from None


def _apply_eligibility_files(folder: Traversable, types: dict[str, CredentialType]) -> None:
    """Attach ``[eligibility]`` tables kept apart from a type's own file (CSPT, CPhT-Adv)."""
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = _read_toml(entry)
        reader = _Reader(data, entry.name)
        type_id = overlay_target(data, reader)
        if type_id not in types:
            raise reader.fail("type", f"names unknown type {type_id!r}")
        if types[type_id].eligibility is not None:
            raise reader.fail("type", f"{type_id!r} already has eligibility rules")
        eligibility = parse_eligibility(reader.table("eligibility"))
        types[type_id] = dataclasses.replace(types[type_id], eligibility=eligibility)


# ------------------------------------------------------------------ parsing helpers


class _Reader:
    """Reads typed values out of a TOML mapping, naming the key path on any error."""

    def __init__(self, data: Mapping[str, Any], origin: str, where: str = "") -> None:
        self.data = data
        self.origin = origin
        self.where = where

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, problem: str) -> CatalogError:
        return CatalogError(self.origin, self._path(key), problem)

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self.fail(key, "must be a non-empty text")
        return value

    def opt_str(self, key: str) -> str | None:
        return self.text(key) if key in self.data else None

    def whole(self, key: str, default: int | None = None) -> int | None:
        value = self.data.get(key, default)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(key, "must be a whole number, 0 or more")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def date(self, key: str) -> dt.date:
        value = self.data.get(key)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        raise self.fail(key, "must be a date written YYYY-MM-DD")

    def hours(self, key: str) -> Hours:
        value = self.data.get(key)
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise self.fail(key, 'must be a number of hours written as text, like "1.5"')
        try:
            hours = Hours.parse(str(value))
        except InvalidInput as exc:
            raise self.fail(key, exc.problem) from None
        if hours.hundredths < 0:
            raise self.fail(key, "must not be negative")
        return hours

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a list of texts")
        return tuple(value)

    def tables(self, key: str, required: bool = True) -> list[_Reader]:
        value = self.data.get(key, [] if not required else None)
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, "must be a non-empty list of tables")
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{index}]", "must be a table")
            out.append(_Reader(item, self.origin, self._path(f"{key}[{index}]")))
        return out

    def table(self, key: str) -> _Reader:
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        return _Reader(value, self.origin, self._path(key))

    def sourced(self, fallback: Sourced | None = None) -> Sourced:
        if fallback is not None and not self.has("source"):
            return fallback
        source = self.text("source")
        if not source.startswith(("http://", "https://", "user:", "rule ")):
            raise self.fail("source", "must be an address (http...) or 'user: ...'")
        return Sourced(source=source, checked=self.date("checked"))


def _selector(reader: _Reader) -> Selector:
    if not reader.has("select"):
        return Selector()
    table = reader.table("select")
    unknown = set(table.data) - set(_SELECTOR_KEYS) - {"match"}
    if unknown:
        keys = [*sorted(_SELECTOR_KEYS), "match"]
        raise table.fail(sorted(unknown)[0], f"unknown selector key; use {keys}")
    match = table.text("match", "all")
    if match not in {"all", "any"}:
        raise table.fail("match", f"{match!r} must be 'all' (every field) or 'any' (one field)")
    values = {attr: frozenset(table.strings(key)) for key, attr in _SELECTOR_KEYS.items()}
    for key, allowed in _SELECTOR_VALUES.items():
        bad = set(table.strings(key)) - allowed
        if bad:
            raise table.fail(key, f"{sorted(bad)[0]!r} is not one of {sorted(allowed)}")
    return Selector(**values, match_any=match == "any")


def _requirement(reader: _Reader, inherited: Sourced) -> Requirement:
    kind_text = reader.text("kind")
    try:
        kind = RequirementKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in RequirementKind)
        raise reader.fail("kind", f"{kind_text!r} is not one of {allowed}") from None
    hours = reader.hours("hours") if kind in _NEEDS_HOURS or reader.has("hours") else None
    select = _selector(reader)
    if kind in {RequirementKind.MAX, RequirementKind.EXCLUDE} and select.is_empty:
        raise reader.fail("select", f"a {kind.value} requirement needs a selector")
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


def _rule_set(reader: _Reader, ce: CeStatus) -> RuleSet:
    sourced = reader.sourced()
    tables = reader.tables("requirements", required=ce == CeStatus.REQUIRED)
    requirements = tuple(_requirement(r, sourced) for r in tables)
    ids = [r.id for r in requirements]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise reader.fail("requirements", f"requirement id {sorted(duplicates)[0]!r} is repeated")
    if sum(r.kind == RequirementKind.TOTAL for r in requirements) > 1:
        raise reader.fail("requirements", "has more than one total requirement")
    return RuleSet(reader.date("effective_from"), sourced, requirements, reader.text("note", ""))


def parse_type(data: Mapping[str, Any], origin: str) -> CredentialType:
    """Validate one credential type given as a mapping (a TOML file or a stored custom type).

    Raises:
        CatalogError: naming the origin, the key path and the problem.
    """
    top = _Reader(data, origin)
    schema = top.whole("schema")
    if schema != 1:
        raise top.fail("schema", "must be 1 (the only catalog format this rxtracker reads)")
    kind_text = top.text("kind")
    try:
        kind = CredentialKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in CredentialKind)
        raise top.fail("kind", f"{kind_text!r} is not one of {allowed}") from None
    dates = top.table("dates")
    cycle_months = top.whole("cycle_months")
    if cycle_months == 0:
        raise top.fail("cycle_months", "must be at least 1 (leave it out for no renewal)")
    type_id = top.text("id")
    if not type_id.replace("-", "").isalnum() or type_id != type_id.lower():
        raise top.fail("id", "must be lower-case letters, digits and dashes")
    ce = _choice(top, "ce", CeStatus, CeStatus.REQUIRED)
    return CredentialType(
        id=type_id,
        name=top.text("name"),
        short_name=top.text("short_name"),
        issuer=top.text("issuer"),
        kind=kind,
        cycle_months=cycle_months,
        state=top.opt_str("state"),
        summary=top.text("summary", ""),
        dates=Dates(
            sourced=dates.sourced(),
            renewal_opens_days_before=dates.whole("renewal_opens_days_before"),
            deadline_days_before=dates.whole("deadline_days_before"),
            deadline_first_of_expiration_month=dates.flag("deadline_first_of_expiration_month"),
            reinstatement_months=dates.whole("reinstatement_months"),
            reinstatement_type=dates.opt_str("reinstatement_type"),
            expires_end_of_month=dates.flag("expires_end_of_month"),
            grace_days=dates.whole("grace_days"),
            cycle_starts_at_renewal=_cycle_start(dates),
            renews=dates.text("renews", ""),
        ),
        rule_sets=tuple(_rule_set(r, ce) for r in top.tables("rules")),
        fees=tuple(
            Fee(f.text("name"), f.text("amount"), f.sourced()) for f in top.tables("fees", False)
        ),
        unconfirmed=top.strings("unconfirmed"),
        requires=top.strings("requires"),
        variant_of=top.opt_str("variant_of"),
        credits=_credits(top) if top.has("credits") else None,
        eligibility=parse_eligibility(top.table("eligibility")) if top.has("eligibility") else None,
        ce=ce,
        still_applies=top.strings("still_applies"),
        confirmation=_choice(top, "confirmation", Confirmation, Confirmation.PARTIAL),
        satisfied_by=top.strings("satisfied_by"),
        first_renewal=_first_renewal(top),
    )


_E = TypeVar("_E", CeStatus, Confirmation)


def _choice(reader: _Reader, key: str, enum: type[_E], default: _E) -> _E:
    text = reader.text(key, default.value)
    try:
        return enum(text)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise reader.fail(key, f"{text!r} is not one of {allowed}") from None


def _cycle_start(dates: _Reader) -> bool:
    text = dates.text("cycle_start", "after-expiration")
    if text not in {"after-expiration", "last-renewal"}:
        raise dates.fail("cycle_start", f"{text!r} must be 'after-expiration' or 'last-renewal'")
    return text == "last-renewal"


def _first_renewal(top: _Reader) -> tuple[FirstRenewalTier, ...]:
    """The ``[[first_renewal]]`` tiers, in ascending order of months (unbounded last)."""
    tiers = []
    for table in top.tables("first_renewal", required=False):
        percent = table.whole("percent")
        if percent is None or percent > 100:
            raise table.fail("percent", "must be a whole number from 0 to 100")
        months = table.whole("registered_under_months")
        tiers.append(FirstRenewalTier(percent, table.sourced(), months, table.text("note", "")))
    return tuple(sorted(tiers, key=lambda t: (t.registered_under_months is None, t.months)))


def _credits(top: _Reader) -> Credits:
    table = top.table("credits")
    per_credit = table.hours("hours_per_credit")
    if not per_credit:
        raise table.fail("hours_per_credit", "must be more than 0")
    return Credits(table.text("name"), per_credit, table.sourced())
