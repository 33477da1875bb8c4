"""A credential's plan in one sentence, in the interface language (``engine.plan.Plan``).

"Take about 1.2 hours a month to finish the 7.5 hours left by 2027-03-01; take pharmacy
law (ACPE topic 03) (1 hour) first." The engine gives the numbers; the words are made here.
"""

from __future__ import annotations

from rxtracker.engine.plan import Plan, TopicNeed
from rxtracker.i18n import translate
from rxtracker.services.wording.labels import requirement_phrase, sentence_date


def plan_text(plan: Plan) -> str:
    """The plan in words, or why there is none."""
    if plan.expired:
        return translate(
            "plans", "Expired: the time to renew or reinstate has passed; ask the issuer."
        )
    if plan.finish_by is None:
        return translate("plans", "It does not expire: nothing to plan.")
    if not plan.missing and not plan.topics:
        return translate("plans", "Nothing more to take this cycle.")
    return _pace_text(plan) + _kinds_text(plan.kinds)


def _pace_text(plan: Plan) -> str:
    return pace_sentence(plan, sentence_date(plan.finish_by), _first_words(plan.topics))


def pace_sentence(plan: Plan, date: str, what: str) -> str:
    """The plan's pace and what to take first, with the date and topics in the caller's words.

    'Take about 1.2 hours a month to finish the 4.5 hours left by 2027-03-31; take patient
    safety (1 hour) first.' The dashboard card passes the date in words and plain topics.
    """
    fields = {
        "hours": plan.missing.describe(),
        "per_month": plan.per_month.describe(),
        "date": date,
        "what": what,
    }
    if not plan.missing:
        return translate("plans", "No more hours are needed; complete {what} by {date}.").format(
            **fields
        )
    if plan.months_left == 1:
        pace = translate("plans", "Take the {hours} left this month, by {date}")
    elif plan.per_month >= plan.missing:
        pace = translate("plans", "Take the {hours} left by {date}")
    else:
        pace = translate(
            "plans", "Take about {per_month} a month to finish the {hours} left by {date}"
        )
    if not plan.topics:
        return translate("plans", "{pace}.").format(pace=pace.format(**fields))
    return translate("plans", "{pace}; take {what} first.").format(
        pace=pace.format(**fields), what=what
    )


def _phrase(need: TopicNeed) -> str:
    return requirement_phrase(need.requirement_id, need.phrase)


def _first_words(topics: tuple[TopicNeed, ...]) -> str:
    parts = [
        translate("plans", "{what} ({hours})").format(what=_phrase(t), hours=t.missing.describe())
        if t.missing
        else _phrase(t)
        for t in topics
    ]
    return joined(parts)


def _kinds_text(kinds: tuple[TopicNeed, ...]) -> str:
    """' Of them, at least 10 hours of technician-specific CE (UAN ending -T).'."""
    if not kinds:
        return ""
    parts = [
        translate("plans", "{hours} of {what}").format(hours=k.missing.describe(), what=_phrase(k))
        for k in kinds
    ]
    return translate("plans", " Of them, at least {what}.").format(what=joined(parts))


def joined(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the interface language."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return translate("plans", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )
