"""Credential types the user defines (an employer's annual training, a state not in the catalog).

A custom type is stored in ``custom_credential_type`` as the same mapping a catalog TOML file
holds, written as JSON, and validated by ``rxtracker.catalog.parse_type`` like a built-in file
(every key known, every value typed and in range; ``docs/catalog-format.md``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rxtracker.catalog import MAX_CYCLE_MONTHS as MAX_CYCLE_MONTHS
from rxtracker.catalog import (
    MAX_HOURS,
    Catalog,
    CatalogError,
    CeStatus,
    CredentialKind,
    CredentialType,
    parse_type,
)
from rxtracker.db.models import Credential, CustomCredentialType
from rxtracker.db.reads import SessionRows
from rxtracker.domain import TOPIC_NAMES, Hours, InvalidInput, NotFound
from rxtracker.i18n import translate
from rxtracker.services.catalogs import (
    catalog_from,
    custom_origin,
    full_catalog_from,
    stored_type,
)
from rxtracker.services.context import Context
from rxtracker.services.inputs import NAME_LIMIT, clean_state, clean_tag, clean_text
from rxtracker.services.rows import Changes, Kind, Outcome

#: The catalog's own limits: a custom type passes the same strict checks as a catalog file.
MAX_TOTAL_HOURS = MAX_HOURS
#: Custom rules apply to every cycle, however old.
_EFFECTIVE_FROM = dt.date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class MinHours:
    """At least ``hours`` of CE with this tag, or with this ACPE topic designator (one of them)."""

    hours: Hours
    tag: str | None = None
    topic: str | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class CustomTypeInput:
    """What the user says about a credential type rxtracker does not know."""

    name: str
    issuer: str
    cycle_months: int
    total_hours: Hours
    minimums: tuple[MinHours, ...] = field(default=())
    items: tuple[str, ...] = field(default=())  # non-hour items: "Annual competency attestation"
    state: str | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class CustomTypeRow:
    """A stored custom type, parsed."""

    id: str
    credential_type: CredentialType
    credentials: int  # how many credentials use it


def add_custom_type(
    ctx: Context, data: CustomTypeInput, *, today: dt.date | None = None
) -> Outcome[CustomTypeRow]:
    """Define a credential type; it can be held like a built-in one from now on.

    Raises:
        InvalidInput: a field is wrong, or a type with the same name exists.
    """
    mapping = build_mapping(data, today or ctx.clock.today())
    ctype = _parse(mapping)
    if ctype.id in full_catalog(ctx):
        problem = translate("custom_types", "a credential type {id} already exists")
        raise InvalidInput("name", problem.format(id=repr(ctype.id)))
    with ctx.db.write() as session:
        session.add(CustomCredentialType(id=ctype.id, definition=_to_json(mapping)))
    ctx.catalogs.forget()
    return Outcome(CustomTypeRow(ctype.id, ctype, 0), Changes.of(Kind.CATALOG))


def list_custom_types(ctx: Context) -> list[CustomTypeRow]:
    """Every custom type, by name, with how many credentials use it."""
    with ctx.db.read() as session:
        stored = list(session.scalars(select(CustomCredentialType)))
        uses = func.count().label("uses")
        counts = select(Credential.type_id, uses).group_by(Credential.type_id)
        used = {row.type_id: int(row.uses) for row in session.execute(counts)}
        rows = [CustomTypeRow(s.id, _load(s), used.get(s.id, 0)) for s in stored]
    return sorted(rows, key=lambda r: r.credential_type.name.lower())


def delete_custom_type(ctx: Context, type_id: str) -> Outcome[CustomTypeRow]:
    """Remove a custom type no credential uses.

    Raises:
        NotFound: no custom type with this id.
        InvalidInput: credentials still use it.
    """
    with ctx.db.write() as session:
        stored = session.get(CustomCredentialType, type_id)
        if stored is None:
            raise NotFound("custom type", type_id)
        count = session.scalar(
            select(func.count()).select_from(Credential).where(Credential.type_id == type_id)
        )
        if count:
            problem = translate(
                "custom_types", "{count} credential(s) use {type}; delete or change them first"
            )
            raise InvalidInput("type", problem.format(count=count, type=repr(type_id)))
        row = CustomTypeRow(type_id, _load(stored), 0)
        session.delete(stored)
    ctx.catalogs.forget()
    return Outcome(row, Changes.of(Kind.CATALOG))


def full_catalog(ctx: Context) -> Catalog:
    """The built-in catalog plus the user's custom types (read once, kept until they change).

    The only way services reach the custom types; ``add_custom_type`` and
    ``delete_custom_type`` drop the kept copy.
    """
    return ctx.catalogs.get(lambda: _read_full_catalog(ctx))


def credential_types(ctx: Context) -> Mapping[str, CredentialType]:
    """Every credential type, built-in and custom, by id (for the front ends)."""
    return full_catalog(ctx).types


def credential_type(ctx: Context, type_id: str) -> CredentialType:
    """The credential type ``type_id``, built-in or custom.

    Raises:
        InvalidInput: naming the unknown id and listing the known ones.
    """
    return full_catalog(ctx).get(type_id)


def full_catalog_in(ctx: Context, session: Session) -> Catalog:
    """:func:`full_catalog` for a caller that reads in ``session``: read there when not kept."""
    return full_catalog_from(ctx, SessionRows(session))


def _read_full_catalog(ctx: Context) -> Catalog:
    with ctx.db.read() as session:
        return catalog_in(session, ctx.catalog)


def catalog_in(session: Session, builtin: Catalog) -> Catalog:
    """``builtin`` plus the custom types stored in the database ``session`` reads."""
    return catalog_from(SessionRows(session), builtin)


def build_mapping(data: CustomTypeInput, today: dt.date) -> dict[str, Any]:
    """The catalog mapping of a custom type (the same keys as a catalog TOML file).

    Raises:
        InvalidInput: naming the first field that is wrong.
    """
    name = clean_text(data.name, "name", limit=NAME_LIMIT, required=True)
    issuer = clean_text(data.issuer, "issuer", limit=NAME_LIMIT, required=True)
    _check_numbers(data)
    sourced = {"source": f"user: entered in rxtracker for {name}", "checked": today}
    label = translate("custom_types", "Total hours")  # the type's own words, kept as written
    total = {"id": "total", "kind": "total", "label": label, "hours": str(data.total_hours)}
    requirements = [
        *([total] if data.total_hours else []),  # none: tracked by its expiration and items
        *(_minimum(m, index, data.total_hours) for index, m in enumerate(data.minimums, 1)),
        *(_item(label, index) for index, label in enumerate(data.items, 1)),
    ]
    mapping: dict[str, Any] = {
        "schema": 1,
        "id": "custom-" + _slug(name),
        "name": name,
        "short_name": name,
        "issuer": issuer,
        "kind": CredentialKind.CUSTOM.value,
        "cycle_months": data.cycle_months,
        "summary": clean_text(data.summary, "summary", limit=1000, required=False),
        "dates": dict(sourced),
        "rules": [{"effective_from": _EFFECTIVE_FROM, **sourced, "requirements": requirements}],
    }
    if not data.total_hours:  # CPR/BLS, an immunization certification, a facility competency
        mapping["ce"] = CeStatus.NONE.value
    state = clean_state(data.state)
    if state:
        mapping["state"] = state
    return mapping


def _check_numbers(data: CustomTypeInput) -> None:
    if not 1 <= data.cycle_months <= MAX_CYCLE_MONTHS:
        problem = translate("custom_types", "{months} must be 1 to {most}")
        raise InvalidInput(
            "cycle months", problem.format(months=data.cycle_months, most=MAX_CYCLE_MONTHS)
        )
    if not Hours(0) <= data.total_hours <= MAX_TOTAL_HOURS:
        problem = translate("custom_types", "{hours} must be 0 to {most} (0: no CE hours)")
        raise InvalidInput(
            "total hours", problem.format(hours=data.total_hours, most=MAX_TOTAL_HOURS)
        )
    if not data.total_hours and data.minimums:
        problem = translate("custom_types", "a type with 0 total hours has no minimums by subject")
        raise InvalidInput("minimum 1", problem)


def _minimum(minimum: MinHours, index: int, total: Hours) -> dict[str, Any]:
    where = f"minimum {index}"
    if (minimum.tag is None) == (minimum.topic is None):
        problem = translate(
            "custom_types", "give either a tag or an ACPE topic designator, not both"
        )
        raise InvalidInput(where, problem)
    if not Hours(0) < minimum.hours <= total:
        problem = translate("custom_types", "{hours} hours must be more than 0 and at most {total}")
        raise InvalidInput(where, problem.format(hours=minimum.hours, total=total))
    if minimum.topic is not None:
        topic = minimum.topic.strip()
        if topic not in TOPIC_NAMES:
            known = ", ".join(sorted(TOPIC_NAMES))
            problem = translate(
                "custom_types", "topic {topic} must be two digits, like 03 (ACPE's: {known})"
            )
            raise InvalidInput(where, problem.format(topic=repr(minimum.topic), known=known))
        select_: dict[str, list[str]] = {"topic": [topic]}
        default_label = translate("custom_types", "ACPE topic {topic}").format(topic=topic)
    else:
        tag = clean_tag(minimum.tag or "")
        select_ = {"tag": [tag]}
        default_label = translate("custom_types", "Tagged {tag}").format(tag=tag)
    label = clean_text(minimum.label, f"{where} label", limit=200, required=False)
    return {
        "id": f"min-{index}",
        "kind": "min",
        "label": label or default_label,
        "hours": str(minimum.hours),
        "select": select_,
    }


def _item(label: str, index: int) -> dict[str, Any]:
    text = clean_text(label, f"item {index}", limit=200, required=True)
    return {"id": f"item-{index}", "kind": "item", "label": text}


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50].strip("-")
    if not slug:
        problem = translate("custom_types", "{name} needs at least one letter or digit")
        raise InvalidInput("name", problem.format(name=repr(name)))
    return slug


def _parse(mapping: Mapping[str, Any]) -> CredentialType:
    try:
        return parse_type(mapping, origin=custom_origin(mapping.get("name")))
    except CatalogError as exc:
        raise InvalidInput(exc.where, exc.problem) from None


def _load(stored: CustomCredentialType) -> CredentialType:
    """A stored definition, parsed (a broken one names itself in the error)."""
    return stored_type(stored.id, stored.definition)


def _to_json(mapping: Mapping[str, Any]) -> str:
    return json.dumps(mapping, default=lambda d: d.isoformat(), sort_keys=True)
