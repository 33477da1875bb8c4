"""A dashboard card in words: its status pill, the one next step and each requirement's progress.

The engine and services hand over structured data (phases, dates, hours, requirement
results); the sentences a technician reads are made here, with dates written one way
(``date_text``), so another language can word the same data.
"""

from __future__ import annotations

import re

from rxtracker.domain import Hours, parse_date
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, language, translate
from rxtracker.services.views import Card, Phase, RequirementResult, Standing
from rxtracker.services.wording import phase_label, requirement_phrase
from rxtracker.ui.common import date_text, days_text

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_BRACKETS = re.compile(r"\s*\([^)]*\)")

#: The pill's word for each phase (see :func:`pill_words` for the honest ones).
PILL_WORDS = {
    Phase.COMPLETE: QT_TRANSLATE_NOOP("card_words", "Done"),
    Phase.ON_TRACK: QT_TRANSLATE_NOOP("card_words", "On track"),
    Phase.AT_RISK: QT_TRANSLATE_NOOP("card_words", "At risk"),
    Phase.DUE: QT_TRANSLATE_NOOP("card_words", "Past the deadline"),
    Phase.LAPSED: QT_TRANSLATE_NOOP("card_words", "Lapsed"),
    Phase.EXPIRED: QT_TRANSLATE_NOOP("card_words", "Expired"),
}


def in_words(sentence: str) -> str:
    """Engine sentences with ISO dates written the way people read them."""
    return _ISO_DATE.sub(lambda m: date_text(parse_date(m.group(0))), sentence)


def status_words(standing: Standing) -> str:
    """'Behind pace, deadline in 67 days', 'Lapsed, expired 98 days ago (Mar 31, 2027)'."""
    days = standing.days_to_deadline
    if standing.ended and standing.days_since_end is not None:
        ago, on = days_text(-standing.days_since_end), date_text(standing.ended_on)
        if standing.phase is Phase.EXPIRED:
            return translate("card_words", "Expired {ago} ({date})").format(ago=ago, date=on)
        return translate("card_words", "Lapsed, expired {ago} ({date})").format(ago=ago, date=on)
    if standing.ended:
        return translate("card_words", "{phase} since {date}").format(
            phase=phase_label(standing.phase), date=date_text(standing.ended_on)
        )
    if days is None:
        return phase_label(standing.phase)
    return translate("card_words", "{phase}, deadline {days}").format(
        phase=phase_words(standing), days=days_text(days)
    )


def phase_words(standing: Standing) -> str:
    """'On track' only when on pace with nothing but hours to go, else why not."""
    if standing.honest_phase is not standing.phase:
        if standing.behind_pace:
            return translate("card_words", "Behind pace")
        return translate("card_words", "Course to do")
    return translate("card_words", PILL_WORDS[standing.phase])


def pill_words(card: Card) -> str:
    """The status pill: 'Held' for a credential without an end, else the honest words."""
    return translate("card_words", "Held") if card.end is None else phase_words(card.standing)


def plain_label(req: RequirementResult) -> str:
    """A requirement's name without the rule details in brackets ('Technician-specific CE')."""
    return without_details(req.label)


def catalog_words(text: str) -> str:
    """A requirement named by the catalog, as the interface language writes it in a sentence.

    English keeps the catalog's own words; another language takes the catalog's translation of
    the label this text is, or begins (a label without its details in parentheses).
    """
    if language() == "en":
        return text
    return requirement_phrase("", text)


def without_details(label: str) -> str:
    """A rule's name, in the interface language, without its details in brackets.

    'pharmacy law (ACPE topic 03)' -> 'pharmacy law' (the details stay behind Why?); the
    catalog's own Spanish (``label_es``) in Spanish.
    """
    label = data_text(label)
    return _BRACKETS.sub("", label).strip() or label


def in_sentence(label: str) -> str:
    """A name as written inside a sentence: 'Patient safety' -> 'patient safety'."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _more(hours: Hours) -> str:
    if hours.hundredths == 100:
        return translate("card_words", "{hours} more hour").format(hours=hours.shown())
    return translate("card_words", "{hours} more hours").format(hours=hours.shown())


def _the(req: RequirementResult) -> str:
    """'the human-trafficking course': a course or item to take, inside a sentence."""
    return translate("card_words", "the {name}").format(name=in_sentence(plain_label(req)))


def _of(hours: str, req: RequirementResult) -> str:
    """'1 of pharmacy law': hours of a topic, inside a sentence."""
    name = in_sentence(plain_label(req))
    return translate("card_words", "{hours} of {topic}").format(hours=hours, topic=name)


def needs_words(card: Card) -> str:
    """What is left, in one phrase: 'take 1.5 more hours and the human-trafficking course'."""
    to_do = card.to_do
    total = next((r for r in to_do if r.kind == "total"), None)
    topics = [r for r in to_do if r.kind == "min"]
    courses = [_the(r) for r in to_do if r.kind == "course"]
    items = [_the(r) for r in to_do if r.kind == "item"]
    take: list[str] = []
    if total is not None:
        of = [_of(r.missing.shown(), r) for r in topics]
        more = _more(total.missing)
        including = translate("card_words", "{more} (including {topics})")
        take.append(including.format(more=more, topics=joined(of)) if of else more)
    else:
        take += [_of(_more(r.missing), r) for r in topics]
    take += courses
    parts = [translate("card_words", "take {what}").format(what=joined(take))] if take else []
    if items:
        parts.append(translate("card_words", "record {what}").format(what=joined(items)))
    return joined(parts)


def joined(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(words) < 2:
        return "".join(words)
    return translate("card_words", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )


def next_step(card: Card) -> str:
    """The card's headline: the one next step and its date, in a sentence."""
    phase, needs = card.standing.phase, needs_words(card)
    if card.end is None:
        return translate("card_words", "Held; it does not expire, so there is nothing to renew.")
    if phase is Phase.EXPIRED:
        return _expired(card)
    if phase is Phase.LAPSED:
        return _lapsed(card, needs)
    if phase is Phase.COMPLETE or not needs:
        return _all_done(card)
    if phase is Phase.DUE:
        return translate(
            "card_words",
            "The apply-by date passed on {deadline}: {needs}, and renew "
            "before it expires on {end} ({days}).",
        ).format(
            deadline=date_text(card.deadline),
            needs=needs,
            end=date_text(card.end),
            days=days_text(card.days_to(card.end)),
        )
    due = card.deadline or card.end
    return translate("card_words", "{needs} by {date} ({days}).").format(
        needs=_capital(needs), date=date_text(due), days=days_text(card.days_to(due))
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _expired(card: Card) -> str:
    ended = card.reinstate_by
    if ended is None:
        return translate(
            "card_words",
            "Expired on {end}. It can no longer be renewed: ask the "
            "issuer how to certify or register again.",
        ).format(end=date_text(card.end))
    return translate(
        "card_words",
        "Expired on {end}; the time to reinstate it ended on {ended}. It can no longer be "
        "renewed: ask the issuer how to certify or register again.",
    ).format(end=date_text(card.end), ended=date_text(ended))


def _lapsed(card: Card, needs: str) -> str:
    until = card.reinstate_by
    end = date_text(card.end)
    if until is None:
        return translate(
            "card_words", "Lapsed on {end}. Ask the issuer how to reinstate it."
        ).format(end=end)
    by, days = date_text(until), days_text(card.days_to(until))
    if needs:
        return translate(
            "card_words", "Lapsed on {end}. Reinstate by {date} ({days}): {needs}, then apply."
        ).format(end=end, date=by, days=days, needs=needs)
    return translate("card_words", "Reinstate by {date} ({days}).").format(date=by, days=days)


def _all_done(card: Card) -> str:
    if card.deadline is None:
        return translate(
            "card_words", "Everything is done. Renew before it expires on {end}."
        ).format(end=date_text(card.end))
    if card.window_open or card.renewal_opens is None:
        return translate("card_words", "Everything is done: apply to renew by {date}.").format(
            date=date_text(card.deadline)
        )
    return translate(
        "card_words", "Everything is done. Apply to renew between {opens} and {date}."
    ).format(opens=date_text(card.renewal_opens), date=date_text(card.deadline))


def progress_words(req: RequirementResult) -> str:
    """'18.5 of 20 h, 1.5 to go', '2 of 1 h, ✓ done', 'not needed this cycle'."""
    if req.exempt:
        return translate("card_words", "not needed this cycle")
    if req.required is None:
        return (
            translate("card_words", "✓ done")
            if req.met
            else translate("card_words", "not done yet")
        )
    if req.met:
        done = translate("card_words", "✓ done")
    else:
        done = translate("card_words", "{hours} to go").format(hours=req.missing.shown())
    return translate("card_words", "{counted} of {required} h, {done}").format(
        counted=req.counted.shown(), required=req.required.shown(), done=done
    )


def ended_headline(card: Card) -> str:
    """A lapsed or expired credential's own headline, with the reinstatement deadline."""
    name, ended = card.type_name, date_text(card.end)
    until = card.reinstate_by
    if card.standing.phase is Phase.EXPIRED or until is None:
        return translate(
            "card_words",
            "{name} expired on {date}. Ask the issuer how to certify or register again.",
        ).format(name=name, date=ended)
    return translate(
        "card_words", "{name} lapsed on {date}. Reinstate it by {until} ({days})."
    ).format(name=name, date=ended, until=date_text(until), days=days_text(card.days_to(until)))
