"""The engine's reasons (``rxtracker.engine.reasons``) in sentences, in the interface language.

Every front end (GUI, CLI, reports, calendar) words what holds a credential back here, so
the same reason reads the same everywhere: "1 more hour of pharmacy law (ACPE topic 03) by
2027-03-31"; in Spanish "1 hora más de ... a más tardar el 31 mar 2027".
"""

from __future__ import annotations

from collections.abc import Iterable

from rxtracker.engine.reasons import (
    BaseNotInGoodStanding,
    ConditionalShortfall,
    Held,
    Missing,
    PastReinstatement,
    Shortfall,
    ShortfallKind,
)
from rxtracker.i18n import translate
from rxtracker.services.wording.labels import catalog_text, requirement_phrase, sentence_date


def missing_texts(missing: Iterable[Missing]) -> tuple[str, ...]:
    """Each reason a credential is not complete, as a sentence."""
    return tuple(missing_text(m) for m in missing)


def missing_text(reason: Missing) -> str:
    """One reason a credential is not complete, as a sentence."""
    if isinstance(reason, PastReinstatement):
        return _past_reinstatement(reason)
    if isinstance(reason, BaseNotInGoodStanding):
        return _base_lost(reason)
    return shortfall_text(reason)


def shortfall_text(reason: Shortfall) -> str:
    """What one unmet requirement still needs, and by when."""
    text = _shortfall(reason)
    if reason.reinstating:
        return translate("shortfalls", "To reinstate: {what}").format(what=text)
    return text


def _shortfall(reason: Shortfall) -> str:
    what = requirement_phrase(reason.requirement_id, reason.phrase)
    fields = {"hours": reason.hours.shown(), "what": what, "date": sentence_date(reason.by)}
    fields["tags"] = ", ".join(reason.tags)
    one = reason.hours.hundredths == 100
    if reason.kind == ShortfallKind.TOTAL:
        if one:
            return translate("shortfalls", "{hours} more hour of CE in total by {date}").format(
                **fields
            )
        return translate("shortfalls", "{hours} more hours of CE in total by {date}").format(
            **fields
        )
    if reason.kind == ShortfallKind.ITEM:
        return translate("shortfalls", "Record the {what} (dated in this cycle) by {date}").format(
            **fields
        )
    if reason.kind == ShortfallKind.COURSE:
        return _course(reason.tags).format(**fields)
    return _hours_of(one, reason.tags).format(**fields)


def _course(tags: tuple[str, ...]) -> str:
    if tags:
        return translate("shortfalls", "Complete the {what} (tag it {tags}) by {date}")
    return translate("shortfalls", "Complete the {what} by {date}")


def _hours_of(one: bool, tags: tuple[str, ...]) -> str:
    if one and tags:
        return translate("shortfalls", "{hours} more hour of {what} (tag it {tags}) by {date}")
    if tags:
        return translate("shortfalls", "{hours} more hours of {what} (tag it {tags}) by {date}")
    if one:
        return translate("shortfalls", "{hours} more hour of {what} by {date}")
    return translate("shortfalls", "{hours} more hours of {what} by {date}")


def _past_reinstatement(reason: PastReinstatement) -> str:
    fields = {"expired": sentence_date(reason.expired_on), "ended": sentence_date(reason.ended_on)}
    days = reason.days_ago  # a plain name: pyside6-lupdate loses a plural whose n is a.b
    if days:
        text = translate(
            "shortfalls",
            "Expired on {expired} (%n day(s) ago); the time to renew or reinstate ended on "
            "{ended}. Ask the issuer how to certify or register again.",
            None,
            days,
        )
    else:
        text = translate(
            "shortfalls",
            "Expired on {expired}; the time to renew or reinstate ended on {ended}. "
            "Ask the issuer how to certify or register again.",
        )
    return text.format(**fields)


def _base_lost(reason: BaseNotInGoodStanding) -> str:
    fields = {
        "base": reason.base,
        "date": sentence_date(reason.on) if reason.on else "None",
        "name": reason.name,
        "needs": either(reason.needs),
    }
    if reason.base_phase == "expired":
        text = translate(
            "shortfalls",
            "Your {base} expired on {date}: {name} stands only with a {needs} in good standing. "
            "Renew or reinstate the {base} first.",
        )
    else:
        text = translate(
            "shortfalls",
            "Your {base} lapsed on {date}: {name} stands only with a {needs} in good standing. "
            "Renew or reinstate the {base} first.",
        )
    return text.format(**fields)


def either(names: Iterable[str]) -> str:
    """'CPhT or CPhT-Adv' in the interface language."""
    words = list(names)
    text = words[0] if words else ""
    for word in words[1:]:
        text = translate("shortfalls", "{first} or {last}").format(first=text, last=word)
    return text


def held_texts(held: Iterable[Held]) -> tuple[str, ...]:
    """Each group of hours that counts only if the issuer accepts it, as a sentence."""
    return tuple(held_text(h) for h in held)


def held_text(held: Held) -> str:
    """'2 hours of non-ACPE CE are not counted: counts if PTCB accepts it (...)'."""
    why = catalog_text(held.requirement_id, held.why) or translate(
        "shortfalls", "counts only if the issuer accepts it"
    )
    fields = {
        "hours": held.hours.describe(),
        "what": requirement_phrase(held.requirement_id, held.phrase),
        "why": why,
    }
    if held.hours.hundredths <= 100:
        return translate("shortfalls", "{hours} of {what} is not counted: {why}").format(**fields)
    return translate("shortfalls", "{hours} of {what} are not counted: {why}").format(**fields)


def conditional_text(note: ConditionalShortfall) -> str:
    """A shortfall for some holders only: "If you ...: 2 more hours of ... by ..."."""
    condition = catalog_text(note.shortfall.requirement_id, note.condition)
    return translate("shortfalls", "{condition}: {what}").format(
        condition=condition, what=shortfall_text(note.shortfall)
    )
