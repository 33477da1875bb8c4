"""A credential type found by the names people use: PTCB, CPhT, ExCPT, "PTCB CPhT"..."""

from __future__ import annotations

import re

from rxtracker.catalog import CredentialKind, CredentialType
from rxtracker.domain import InvalidInput, close_matches
from rxtracker.domain.names import choice_key
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog

_ABBREVIATION = re.compile(r"\(([^)]+)\)")


def find_type(ctx: Context, text: str) -> str:
    """The id of the credential type ``text`` names (case, spaces and hyphens ignored).

    A type is named by its id (``ptcb-cpht``), its name, its short name, the abbreviation in
    its name (``CPhT``, ``ExCPT``), its issuer and abbreviation (``PTCB CPhT``), or, for the
    issuer's certification of pharmacy technicians, its issuer alone (``PTCB``, ``NHA``).

    Raises:
        InvalidInput: field "credential type": no type has that name (with the close ones),
            or several have it (listing them).
    """
    catalog = full_catalog(ctx)
    types = [t for t in catalog.types.values() if t.holdable]
    wanted = choice_key(text)
    exact = [t for t in types if choice_key(t.id) == wanted]
    found = exact or [t for t in types if wanted in _names(t)]
    if len(found) == 1:
        return found[0].id
    if found:
        listed = ", ".join(f"{t.id} ({t.short_name})" for t in found)
        problem = translate("type_names", "{text} could be {listed}; give the id")
        raise InvalidInput("credential type", problem.format(text=repr(text), listed=listed))
    raise InvalidInput("credential type", _unknown(text, types))


def _names(ctype: CredentialType) -> set[str]:
    return {choice_key(name) for name in _spoken(ctype)}


def _spoken(ctype: CredentialType) -> list[str]:
    """The names people give the type, in words."""
    names = [ctype.id, ctype.short_name, ctype.name, _ABBREVIATION.sub("", ctype.name).strip()]
    for abbreviation in _ABBREVIATION.findall(ctype.name):
        names += [abbreviation, f"{ctype.issuer} {abbreviation}"]
    if _is_the_issuers_technician_certification(ctype):
        names.append(ctype.issuer)
    return names


def _is_the_issuers_technician_certification(ctype: CredentialType) -> bool:
    """True for "PTCB Certified Pharmacy Technician (CPhT)", the one "PTCB" alone means.

    A technician who says "PTCB" or "NHA" means that issuer's national certification of
    pharmacy technicians, not its educator or specialty credentials.
    """
    plain = _ABBREVIATION.sub("", ctype.name).strip()
    return (
        ctype.kind == CredentialKind.NATIONAL
        and plain.casefold() == f"{ctype.issuer} certified pharmacy technician".casefold()
    )


def _unknown(text: str, types: list[CredentialType]) -> str:
    close = close_matches(text, [name for t in types for name in _spoken(t)])
    if close:
        words = translate(
            "type_names",
            "no credential type is called {text}; did you mean {names}? "
            "`rxtracker credential types` lists them",
        )
    else:
        words = translate(
            "type_names",
            "no credential type is called {text}; `rxtracker credential types` lists them",
        )
    return words.format(text=repr(text), names=translate("type_names", " or ").join(close))
