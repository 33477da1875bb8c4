"""A credential type's rules in plain sentences, each with its source and checked date.

Shared by ``rxtracker rules show``, the coverage table and the desktop app's rules dialog,
so the words a technician reads are written once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.catalog.model import (
    CeStatus,
    Confirmation,
    CredentialType,
    Requirement,
    RequirementKind,
    Sourced,
)

#: How sure rxtracker is of a type's facts, in the user's words.
CONFIRMATION_WORDS = {
    Confirmation.OFFICIAL: "confirmed from the issuer's own pages or rule text",
    Confirmation.PARTIAL: "partly confirmed: some facts from official text, the rest marked",
    Confirmation.UNCONFIRMED: "not confirmed from an official page",
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One rule in plain words, where it comes from and when it was checked."""

    text: str
    source: str
    checked: dt.date
    unconfirmed: bool = False


@dataclass(frozen=True, slots=True)
class Description:
    """Everything ``rules show`` says about a type."""

    ctype: CredentialType
    cycle: str
    hours: str
    topics: tuple[str, ...]
    sentences: tuple[Sentence, ...]

    @property
    def checked(self) -> dt.date:
        """The oldest checked date among the sentences: every fact is at least this fresh."""
        return min(s.checked for s in self.sentences)


def cycle_words(ctype: CredentialType) -> str:
    """'every 2 years', 'every year', 'every 18 months' or 'no renewal'."""
    months = ctype.cycle_months
    if months is None:
        return "no renewal"
    if months == 12:
        return "every year"
    if months % 12 == 0:
        return f"every {months // 12} years"
    return f"every {months} months"


def ce_sentence(ctype: CredentialType) -> str:
    """What to say when a type asks no CE or its CE is unknown ('' when CE is required)."""
    still = " ".join(f"Still applies: {s}" for s in ctype.still_applies)
    if ctype.ce == CeStatus.NONE:
        return f"The {ctype.issuer} asks no CE to renew the {ctype.short_name}. {still}".strip()
    if ctype.ce == CeStatus.NOT_FOUND:
        return (
            f"rxtracker found no official statement of the CE needed to renew the "
            f"{ctype.short_name}: no hours are evaluated; ask the {ctype.issuer}. {still}"
        ).strip()
    return ""


def hours_words(ctype: CredentialType) -> str:
    """'20 h every 2 years', 'none', 'not found', with '(not confirmed)' where it applies."""
    if ctype.ce == CeStatus.NONE:
        return "none (keep the national certification)" if ctype.requires else "none"
    if ctype.cycle_months is None:
        return "no renewal"
    if ctype.ce == CeStatus.NOT_FOUND or not ctype.rule_sets:
        return "not found"
    total = next(
        (r for r in ctype.current_rules.requirements if r.kind == RequirementKind.TOTAL), None
    )
    if total is None or total.hours is None:
        return "not found"
    marker = " (not confirmed)" if total.unconfirmed else ""
    return f"{total.hours} h {cycle_words(ctype)}{marker}"


def topics(ctype: CredentialType) -> tuple[str, ...]:
    """The topics a cycle requires ('Pharmacy law', 'Live CE (if ...)'), without selectors."""
    out = []
    for req in ctype.current_rules.requirements if ctype.rule_sets else ():
        if req.kind not in {RequirementKind.MIN, RequirementKind.COURSE}:
            continue
        words = req.label.split(" (")[0]
        if req.condition:
            words += f" ({req.condition[0].lower()}{req.condition[1:]})"
        out.append(words)
    return tuple(out)


def requirement_sentence(req: Requirement) -> str:
    """One requirement in plain words, with its condition, waiver and note."""
    text = _kind_words(req)
    if req.condition:
        text = f"{req.condition}: {text[0].lower()}{text[1:]}"
    if req.exempt_in_initial_cycle:
        text += " A first registration period may ask less."
    if req.note:
        text += f" {req.note}"
    return text + (" (Not confirmed.)" if req.unconfirmed else "")


def _kind_words(req: Requirement) -> str:
    what = req.in_sentence
    hours = f"{req.hours} hour{'' if str(req.hours) == '1' else 's'}"
    words = {
        RequirementKind.TOTAL: f"At least {hours} of CE per cycle.",
        RequirementKind.MIN: f"At least {hours} of {what}.",
        RequirementKind.MAX: f"At most {hours} of {what} count.",
        RequirementKind.EXCLUDE: f"{req.label} never counts.",
        RequirementKind.PER_DAY_CAP: f"At most {hours} count on any one day.",
        RequirementKind.NO_REPEAT: "The same program counts once per cycle.",
        RequirementKind.COURSE: f"Complete the {what} {'once' if req.once else 'every cycle'}.",
        RequirementKind.ITEM: f"{req.label}.",
        RequirementKind.COUNTS_ONLY: f"Only {what} counts toward the hours.",
        RequirementKind.CONDITIONAL: f"{req.label} {req.reason or 'counts only if accepted'}.",
    }
    return words[req.kind]


def describe(ctype: CredentialType) -> Description:
    """The type's rules as sentences: summary, renewal, CE status, requirements, fees."""
    dates = ctype.dates.sourced
    first = ctype.rule_sets[0].sourced if ctype.rule_sets else dates
    sentences = [Sentence(ctype.summary or ctype.name, first.source, first.checked)]
    renews = ctype.dates.renews or f"Renewed {cycle_words(ctype)}"
    sentences.append(_sentence(f"Renewal: {renews}.", dates))
    if ce_sentence(ctype):
        sentences.append(_sentence(ce_sentence(ctype), ctype.current_rules.sourced))
    for req in ctype.current_rules.requirements if ctype.rule_sets else ():
        sentences.append(_sentence(requirement_sentence(req), req.sourced, req.unconfirmed))
    for tier in ctype.first_renewal:
        sentences.append(_sentence(f"First registration period: {tier.note}", tier.sourced))
    for fee in ctype.fees:
        sentences.append(_sentence(f"Fee: {fee.name}, ${fee.amount}.", fee.sourced))
    for note in ctype.unconfirmed:
        sentences.append(_sentence(f"Not confirmed: {note}", first, unconfirmed=True))
    return Description(
        ctype, cycle_words(ctype), hours_words(ctype), topics(ctype), tuple(sentences)
    )


def _sentence(text: str, sourced: Sourced, unconfirmed: bool = False) -> Sentence:
    return Sentence(text, sourced.source, sourced.checked, unconfirmed)
