"""A dashboard card in words: its status pill, the one next step and each requirement's progress.

The engine and services hand over structured data (phases, dates, hours, requirement
results); the sentences a technician reads are made here, with dates written one way
(``date_text``), so another language can word the same data.
"""

from __future__ import annotations

import re

from rxtracker.domain import Hours, parse_date
from rxtracker.services.views import Card, Phase, RequirementResult, Standing
from rxtracker.ui.common import date_text, days_text

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_BRACKETS = re.compile(r"\s*\([^)]*\)")

#: The pill's word for each phase (see :func:`pill_words` for the honest ones).
PILL_WORDS = {
    Phase.COMPLETE: "Done",
    Phase.ON_TRACK: "On track",
    Phase.AT_RISK: "At risk",
    Phase.DUE: "Past the deadline",
    Phase.LAPSED: "Lapsed",
    Phase.EXPIRED: "Expired",
}


def in_words(sentence: str) -> str:
    """Engine sentences with ISO dates written the way people read them."""
    return _ISO_DATE.sub(lambda m: date_text(parse_date(m.group(0))), sentence)


def status_words(standing: Standing) -> str:
    """'Behind pace, deadline in 67 days', 'Lapsed, expired 98 days ago (Mar 31, 2027)'."""
    days = standing.days_to_deadline
    if standing.ended and standing.days_since_end is not None:
        when = f"{days_text(-standing.days_since_end)} ({date_text(standing.ended_on)})"
        return f"Expired {when}" if standing.phase is Phase.EXPIRED else f"Lapsed, expired {when}"
    if standing.ended:
        return f"{standing.phase.label} since {date_text(standing.ended_on)}"
    if days is None:
        return standing.phase.label
    return f"{phase_words(standing)}, deadline {days_text(days)}"


def phase_words(standing: Standing) -> str:
    """'On track' only when on pace with nothing but hours to go, else why not."""
    if standing.honest_phase is not standing.phase:
        return "Behind pace" if standing.behind_pace else "Course to do"
    return PILL_WORDS[standing.phase]


def pill_words(card: Card) -> str:
    """The status pill: 'Held' for a credential without an end, else the honest words."""
    return "Held" if card.end is None else phase_words(card.standing)


def plain_label(req: RequirementResult) -> str:
    """A requirement's name without the rule details in brackets ('Technician-specific CE')."""
    return without_details(req.label)


def without_details(label: str) -> str:
    """A rule's name without its details in brackets.

    'pharmacy law (ACPE topic 03)' -> 'pharmacy law' (the details stay behind Why?).
    """
    return _BRACKETS.sub("", label).strip() or label


def in_sentence(label: str) -> str:
    """A name as written inside a sentence: 'Patient safety' -> 'patient safety'."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _more(hours: Hours) -> str:
    return f"{hours} more hour" if hours.hundredths == 100 else f"{hours} more hours"


def needs_words(card: Card) -> str:
    """What is left, in one phrase: 'take 1.5 more hours and the human-trafficking course'."""
    to_do = card.to_do
    total = next((r for r in to_do if r.kind == "total"), None)
    topics = [r for r in to_do if r.kind == "min"]
    courses = [f"the {in_sentence(plain_label(r))}" for r in to_do if r.kind == "course"]
    items = [f"the {in_sentence(plain_label(r))}" for r in to_do if r.kind == "item"]
    take: list[str] = []
    if total is not None:
        of = [f"{r.missing} of {in_sentence(plain_label(r))}" for r in topics]
        take.append(_more(total.missing) + (f" (including {joined(of)})" if of else ""))
    else:
        take += [f"{_more(r.missing)} of {in_sentence(plain_label(r))}" for r in topics]
    take += courses
    parts = [f"take {joined(take)}"] if take else []
    if items:
        parts.append(f"record {joined(items)}")
    return " and ".join(parts)


def joined(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(words) < 3:
        return " and ".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def next_step(card: Card) -> str:
    """The card's headline: the one next step and its date, in a sentence."""
    phase, needs = card.standing.phase, needs_words(card)
    if card.end is None:
        return "Held; it does not expire, so there is nothing to renew."
    if phase is Phase.EXPIRED:
        return _expired(card)
    if phase is Phase.LAPSED:
        return _lapsed(card, needs)
    if phase is Phase.COMPLETE or not needs:
        return _all_done(card)
    if phase is Phase.DUE:
        return (
            f"The apply-by date passed on {date_text(card.deadline)}: {needs}, and renew "
            f"before it expires on {date_text(card.end)} ({days_text(card.days_to(card.end))})."
        )
    due = card.deadline or card.end
    return f"{_capital(needs)} by {date_text(due)} ({days_text(card.days_to(due))})."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _expired(card: Card) -> str:
    ended = card.reinstate_by
    late = f"; the time to reinstate it ended on {date_text(ended)}" if ended else ""
    return (
        f"Expired on {date_text(card.end)}{late}. It can no longer be renewed: ask the "
        "issuer how to certify or register again."
    )


def _lapsed(card: Card, needs: str) -> str:
    until = card.reinstate_by
    if until is None:
        return f"Lapsed on {date_text(card.end)}. Ask the issuer how to reinstate it."
    by = f"Reinstate by {date_text(until)} ({days_text(card.days_to(until))})"
    return f"Lapsed on {date_text(card.end)}. {by}: {needs}, then apply." if needs else f"{by}."


def _all_done(card: Card) -> str:
    if card.deadline is None:
        return f"Everything is done. Renew before it expires on {date_text(card.end)}."
    if card.window_open or card.renewal_opens is None:
        return f"Everything is done: apply to renew by {date_text(card.deadline)}."
    return (
        f"Everything is done. Apply to renew between {date_text(card.renewal_opens)} "
        f"and {date_text(card.deadline)}."
    )


def progress_words(req: RequirementResult) -> str:
    """'18.5 of 20 h, 1.5 to go', '2 of 1 h, ✓ done', 'not needed this cycle'."""
    if req.exempt:
        return "not needed this cycle"
    if req.required is None:
        return "✓ done" if req.met else "not done yet"
    done = "✓ done" if req.met else f"{req.missing} to go"
    return f"{req.counted} of {req.required} h, {done}"


def ended_headline(card: Card) -> str:
    """A lapsed or expired credential's own headline, with the reinstatement deadline."""
    name, ended = card.type_name, date_text(card.end)
    until = card.reinstate_by
    if card.standing.phase is Phase.EXPIRED or until is None:
        return f"{name} expired on {ended}. Ask the issuer how to certify or register again."

    return (
        f"{name} lapsed on {ended}. Reinstate it by {date_text(until)} "
        f"({days_text(card.days_to(until))})."
    )
