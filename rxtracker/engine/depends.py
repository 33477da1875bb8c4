"""Credentials that stand on another one.

A CSPT on a CPhT, Colorado's registration on a national certification, Utah's CE on a
current PTCB or NHA certification.

``requires``: one of the named types must be held in good standing, or this credential is
lost with it (PTCB: "A loss of PTCB CPhT or CPhT-Adv Certification ... will result in the
loss of CSPT Certification"). ``satisfied_by``: good standing in one of the named types
fulfils this type's CE. Both act on one person's evaluated credentials at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from rxtracker.catalog import Catalog, CredentialType
from rxtracker.engine.notes import FulfilledBy, NeedsBase
from rxtracker.engine.reasons import BaseNotInGoodStanding
from rxtracker.engine.result import CredentialResult, Phase
from rxtracker.records import replace

#: Phases in which a credential is held in good standing.
GOOD_STANDING = frozenset({Phase.COMPLETE, Phase.ON_TRACK, Phase.AT_RISK, Phase.DUE})


def with_dependencies(
    results: Sequence[CredentialResult], catalog: Catalog
) -> list[CredentialResult]:
    """Each result adjusted for the other credentials the same person holds (same order)."""
    return [_adjusted(r, results, catalog) for r in results]


def _adjusted(
    result: CredentialResult, held: Sequence[CredentialResult], catalog: Catalog
) -> CredentialResult:
    if result.type_id not in catalog:
        return result
    ctype = catalog.get(result.type_id)
    result = _satisfied(result, ctype, held, catalog)
    return _required(result, ctype, held, catalog)


def _names(ids: Sequence[str], catalog: Catalog) -> tuple[str, ...]:
    return tuple(catalog.get(i).short_name for i in ids if i in catalog)


def _required(
    result: CredentialResult,
    ctype: CredentialType,
    held: Sequence[CredentialResult],
    catalog: Catalog,
) -> CredentialResult:
    if not ctype.requires or result.phase not in GOOD_STANDING:
        return result
    bases = [r for r in held if r.type_id in ctype.requires]
    if any(b.phase in GOOD_STANDING for b in bases):
        return result
    names = _names(ctype.requires, catalog)
    if not bases:
        return replace(result, notes=(*result.notes, NeedsBase(ctype.short_name, names)))
    base = bases[0]
    reason = BaseNotInGoodStanding(
        catalog.get(base.type_id).short_name,
        base.phase.value,
        base.dates.end,
        ctype.short_name,
        names,
    )
    return replace(result, phase=base.phase, missing=(reason, *result.missing))


def _satisfied(
    result: CredentialResult,
    ctype: CredentialType,
    held: Sequence[CredentialResult],
    catalog: Catalog,
) -> CredentialResult:
    if not ctype.satisfied_by or result.phase in {Phase.COMPLETE, Phase.LAPSED, Phase.EXPIRED}:
        return result
    current = [r for r in held if r.type_id in ctype.satisfied_by and r.phase in GOOD_STANDING]
    if not current:
        return result
    name = catalog.get(current[0].type_id).short_name
    note = FulfilledBy(name, ctype.issuer)
    return replace(result, phase=Phase.COMPLETE, missing=(), notes=(*result.notes, note))
