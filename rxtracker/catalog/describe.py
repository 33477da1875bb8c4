"""A credential type's rules in plain sentences, each with its source and checked date.

Shared by ``rxtracker rules show``, the coverage table and the desktop app's rules dialog,
so the words a technician reads are written once.
"""

from __future__ import annotations

import datetime as dt

from msgspec import Struct

from rxtracker.catalog.model import (
    CeStatus,
    Confirmation,
    CredentialType,
    Requirement,
    RequirementKind,
    Sourced,
)
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, data_texts, language, translate

#: How sure rxtracker is of a type's facts, in the user's words (``confirmation_words``).
CONFIRMATION_WORDS = {
    Confirmation.OFFICIAL: QT_TRANSLATE_NOOP(
        "describe", "confirmed from the issuer's own pages or rule text"
    ),
    Confirmation.PARTIAL: QT_TRANSLATE_NOOP(
        "describe", "partly confirmed: some facts from official text, the rest marked"
    ),
    Confirmation.UNCONFIRMED: QT_TRANSLATE_NOOP("describe", "not confirmed from an official page"),
}
#: Each kind of requirement in a sentence (a course has two: once, every cycle).
_KIND_WORDS = {
    RequirementKind.TOTAL: QT_TRANSLATE_NOOP("describe", "At least {hours} of CE per cycle."),
    RequirementKind.MIN: QT_TRANSLATE_NOOP("describe", "At least {hours} of {what}."),
    RequirementKind.MAX: QT_TRANSLATE_NOOP("describe", "At most {hours} of {what} count."),
    RequirementKind.EXCLUDE: QT_TRANSLATE_NOOP("describe", "{label} never counts."),
    RequirementKind.PER_DAY_CAP: QT_TRANSLATE_NOOP(
        "describe", "At most {hours} count on any one day."
    ),
    RequirementKind.NO_REPEAT: QT_TRANSLATE_NOOP(
        "describe", "The same program counts once per cycle."
    ),
    RequirementKind.ITEM: QT_TRANSLATE_NOOP("describe", "{label}."),
    RequirementKind.COUNTS_ONLY: QT_TRANSLATE_NOOP(
        "describe", "Only {what} counts toward the hours."
    ),
    RequirementKind.CONDITIONAL: QT_TRANSLATE_NOOP("describe", "{label} {reason}."),
}


class Sentence(Struct, frozen=True):
    """One rule in plain words, where it comes from and when it was checked."""

    text: str
    source: str
    checked: dt.date
    unconfirmed: bool = False


class Description(Struct, frozen=True):
    """Everything ``rules show`` says about a type, in the interface language.

    ``rules show --json`` and ``docs/coverage.md`` take it in English (``i18n.in_english``).
    """

    ctype: CredentialType
    cycle: str
    hours: str
    topics: tuple[str, ...]
    sentences: tuple[Sentence, ...]

    @property
    def checked(self) -> dt.date:
        """The oldest checked date among the sentences: every fact is at least this fresh."""
        return min(s.checked for s in self.sentences)


def confirmation_words(ctype: CredentialType) -> str:
    """How sure rxtracker is of the type's facts, in the interface language."""
    return translate("describe", CONFIRMATION_WORDS[ctype.confirmation])


def cycle_words(ctype: CredentialType) -> str:
    """'every 2 years', 'every year', 'every 18 months' or 'no renewal'."""
    months = ctype.cycle_months
    if months is None:
        return translate("describe", "no renewal")
    if months == 12:
        return translate("describe", "every year")
    if months % 12 == 0:
        years = months // 12
        return translate("describe", "every %n year(s)", None, years)
    return translate("describe", "every %n month(s)", None, months)


def ce_sentence(ctype: CredentialType) -> str:
    """What to say when a type asks no CE or its CE is unknown ('' when CE is required)."""
    if ctype.ce == CeStatus.NONE:
        text = translate("describe", "The {issuer} asks no CE to renew the {name}.")
    elif ctype.ce == CeStatus.NOT_FOUND:
        text = translate(
            "describe",
            "rxtracker found no official statement of the CE needed to renew the {name}: "
            "no hours are evaluated; ask the {issuer}.",
        )
    else:
        return ""
    still = translate("describe", "Still applies: {what}")
    return " ".join(
        [
            text.format(issuer=ctype.issuer, name=data_text(ctype.short_name)),
            *(still.format(what=data_text(s)) for s in ctype.still_applies),
        ]
    )


def hours_words(ctype: CredentialType) -> str:
    """'20 h every 2 years', 'none', 'not found', with '(not confirmed)' where it applies."""
    if ctype.ce == CeStatus.NONE:
        if ctype.requires:
            return translate("describe", "none (keep the national certification)")
        return translate("describe", "none")
    if ctype.cycle_months is None:
        return translate("describe", "no renewal")
    if ctype.ce == CeStatus.NOT_FOUND or not ctype.rule_sets:
        return translate("describe", "not found")
    total = next(
        (r for r in ctype.current_rules.requirements if r.kind == RequirementKind.TOTAL), None
    )
    if total is None or total.hours is None:
        return translate("describe", "not found")
    if total.unconfirmed:
        words = translate("describe", "{hours} h {cycle} (not confirmed)")
    else:
        words = translate("describe", "{hours} h {cycle}")
    return words.format(hours=total.hours.shown(), cycle=cycle_words(ctype))


def topics(ctype: CredentialType) -> tuple[str, ...]:
    """The topics a cycle requires ('Pharmacy law', 'Live CE (if ...)'), without selectors."""
    out = []
    for req in ctype.current_rules.requirements if ctype.rule_sets else ():
        if req.kind not in {RequirementKind.MIN, RequirementKind.COURSE}:
            continue
        words = data_text(req.label).split(" (")[0]
        if req.condition:
            condition = data_text(req.condition)
            words += f" ({condition[0].lower()}{condition[1:]})"
        out.append(words)
    return tuple(out)


def requirement_sentence(req: Requirement) -> str:
    """One requirement in plain words, with its condition, waiver and note."""
    text = _kind_words(req)
    if req.condition:
        text = f"{data_text(req.condition)}: {text[0].lower()}{text[1:]}"
    if req.exempt_in_initial_cycle:
        text += " " + translate("describe", "A first registration period may ask less.")
    if req.note:
        text += f" {data_text(req.note)}"
    if req.unconfirmed:
        text += " " + translate("describe", "(Not confirmed.)")
    return text


def _kind_words(req: Requirement) -> str:
    if req.kind == RequirementKind.COURSE:
        if req.once:
            words = translate("describe", "Complete the {what} once.")
        else:
            words = translate("describe", "Complete the {what} every cycle.")
    else:
        words = translate("describe", _KIND_WORDS[req.kind])
    reason = data_text(req.reason) or translate("describe", "counts only if accepted")
    return words.format(
        hours=req.hours.describe() if req.hours is not None else "",
        what=phrase_text(req.in_sentence),
        label=data_text(req.label),
        reason=reason,
    )


def phrase_text(phrase: str) -> str:
    """A requirement's label inside a sentence, in the interface language.

    ``phrase`` is the catalog's ``Requirement.in_sentence``: its phrase as written, or its
    label with a small first letter ("pharmacy law (ACPE topic 03)"), whose translation is
    the label's with a small first letter too. A phrase that is its label word for word keeps
    a capital in English only for a name ("Texas pharmacy law or rules"); the capital of its
    Spanish ("Legislación ... de Texas") is a label's, not a name's, and goes small as well.
    """
    if not phrase or language() == "en":
        return phrase
    shown = data_text(phrase)
    if shown == phrase:
        label = _label_of(phrase[0].upper() + phrase[1:])
        if label is None:  # untranslated: the phrase as written
            return phrase
        shown = label
    return shown if shown.split(" ", 1)[0] in phrase else small_first(shown)


def small_first(label: str) -> str:
    """A label inside a sentence: its first letter small, unless it starts an acronym ("EC")."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _label_of(capital: str) -> str | None:
    """The translation of the label ``capital`` is, or begins ("... course (HHSC-approved)")."""
    texts = data_texts()
    if capital in texts:
        return texts[capital]
    for english, translated in texts.items():
        if english.startswith(capital + " (") and english.endswith(")") and "(" in translated:
            return translated[: translated.rindex(" (")] if " (" in translated else translated
    return None


def describe(ctype: CredentialType) -> Description:
    """The type's rules as sentences: summary, renewal, CE status, requirements, fees."""
    dates = ctype.dates.sourced
    first = ctype.rule_sets[0].sourced if ctype.rule_sets else dates
    sentences = [Sentence(data_text(ctype.summary or ctype.name), first.source, first.checked)]
    if ctype.dates.renews:
        renews = translate("describe", "Renewal: {renews}.").format(
            renews=data_text(ctype.dates.renews)
        )
    else:
        renews = translate("describe", "Renewal: Renewed {cycle}.").format(cycle=cycle_words(ctype))
    sentences.append(_sentence(renews, dates))
    if ce_sentence(ctype):
        sentences.append(_sentence(ce_sentence(ctype), ctype.current_rules.sourced))
    for req in ctype.current_rules.requirements if ctype.rule_sets else ():
        sentences.append(_sentence(requirement_sentence(req), req.sourced, req.unconfirmed))
    sentences += _other_sentences(ctype, first)
    return Description(
        ctype, cycle_words(ctype), hours_words(ctype), topics(ctype), tuple(sentences)
    )


def _other_sentences(ctype: CredentialType, first: Sourced) -> list[Sentence]:
    """The first registration period's tiers, the fees and what is not confirmed."""
    tier_words = translate("describe", "First registration period: {note}")
    fee_words = translate("describe", "Fee: {name}, ${amount}.")
    not_confirmed = translate("describe", "Not confirmed: {note}")
    return [
        *(
            _sentence(tier_words.format(note=data_text(t.note)), t.sourced)
            for t in ctype.first_renewal
        ),
        *(
            _sentence(fee_words.format(name=data_text(f.name), amount=f.amount), f.sourced)
            for f in ctype.fees
        ),
        *(
            _sentence(not_confirmed.format(note=data_text(n)), first, unconfirmed=True)
            for n in ctype.unconfirmed
        ),
    ]


def _sentence(text: str, sourced: Sourced, unconfirmed: bool = False) -> Sentence:
    return Sentence(text, sourced.source, sourced.checked, unconfirmed)
