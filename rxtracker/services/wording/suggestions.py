"""The next courses to take (``rxtracker.engine.suggestions``) in the interface language.

"1 hour of ACPE law (topic 03, for technicians)"; "Counts for your PTCB CPhT pharmacy law
(ACPE topic 03) (1 hour still needed) and the hours your PTCB CPhT (12 more) still needs."
The engine gives the course's shape and what it counts for; the words are made here.
"""

from __future__ import annotations

from collections.abc import Sequence

from rxtracker.domain import Hours
from rxtracker.domain.tags import tag_label
from rxtracker.domain.uan import TOPIC_NAMES
from rxtracker.engine.suggestions import Counted, Suggestion
from rxtracker.i18n import data_text, translate
from rxtracker.services.wording.labels import requirement_phrase
from rxtracker.services.wording.plans import joined

#: First words of tag labels that are names (kept capitalised inside a sentence).
_PROPER = frozenset({"texas", "florida", "ohio", "michigan", "illinois", "california"})


def suggestion_title(suggestion: Suggestion) -> str:
    """The course in words ('1 hour of ACPE law (topic 03, for technicians)')."""
    if suggestion.general:
        return translate(
            "suggestions", "{hours} of any ACPE CE for technicians (UAN ending -T)"
        ).format(hours=suggestion.hours.describe())
    return course_words(suggestion.hours, suggestion.topic, suggestion.tag, live=suggestion.live)


def course_words(hours: Hours, topic: str | None, tag: str | None, *, live: bool) -> str:
    """'1 hour of ACPE law (topic 03, for technicians)'; a tag and 'live' as needed.

    '1 hour of ACPE CE on Texas pharmacy law or rules (topic 03, for technicians; tag it
    texas-law)'.
    """
    if topic:
        details = translate("suggestions", "topic {topic}, for technicians").format(topic=topic)
    else:
        details = translate("suggestions", "for technicians")
    fields = {"hours": hours.describe(), "details": details, "tag": tag or ""}
    if tag:
        fields["subject"] = subject_words(tag)
        if live:
            text = translate(
                "suggestions", "{hours} of live ACPE CE on {subject} ({details}; tag it {tag})"
            )
        else:
            text = translate(
                "suggestions", "{hours} of ACPE CE on {subject} ({details}; tag it {tag})"
            )
    elif topic in TOPIC_NAMES:
        fields["subject"] = translate("uan", TOPIC_NAMES[topic]).lower()
        if live:
            text = translate("suggestions", "{hours} of live ACPE {subject} ({details})")
        else:
            text = translate("suggestions", "{hours} of ACPE {subject} ({details})")
    elif live:
        text = translate("suggestions", "{hours} of live ACPE CE ({details})")
    else:
        text = translate("suggestions", "{hours} of ACPE CE ({details})")
    return text.format(**fields)


def subject_words(tag: str) -> str:
    """A tag's label inside a sentence: 'prevention of medication errors', 'Texas law'."""
    label = tag_label(tag)
    first = label.split()[0]
    if first.lower() in _PROPER:
        return label
    return label[0].lower() + label[1:]


def general_needs(counts: Sequence[Counted]) -> dict[str, Hours]:
    """The hours each credential still needs in general (not for a named requirement)."""
    general: dict[str, Hours] = {}
    for c in (c for c in counts if c.general):
        general[c.credential] = max(general.get(c.credential, c.missing), c.missing)
    return general


def suggestion_reason(suggestion: Suggestion) -> str:
    """Why: 'Counts for your PTCB CPhT pharmacy law (1 hour still needed) and ...'."""
    counts = suggestion.counts_for
    parts = [_yours(c) for c in counts if not c.general]
    general = general_needs(counts)
    if general:
        named = joined(
            [
                translate("suggestions", "{credential} ({hours} more)").format(
                    credential=data_text(name), hours=more.shown()
                )
                for name, more in general.items()
            ]
        )
        if len(general) == 1:
            hours = translate("suggestions", "the hours your {named} still needs")
        else:
            hours = translate("suggestions", "the hours your {named} still need")
        parts.append(hours.format(named=named))
    text = translate("suggestions", "Counts for {what}.").format(what=joined(parts))
    also = [_yours(c) for c in suggestion.also_if_live if not c.general]
    if also:
        text += translate("suggestions", " A live course would also meet {what}.").format(
            what=joined(also)
        )
    return text


def _yours(counted: Counted) -> str:
    """'your PTCB CPhT pharmacy law (ACPE topic 03) (1 hour still needed)'."""
    what = requirement_phrase(counted.requirement_id, counted.label)
    credential = data_text(counted.credential)
    if not counted.missing:
        return translate("suggestions", "your {credential} {what}").format(
            credential=credential, what=what
        )
    return translate("suggestions", "your {credential} {what} ({hours} still needed)").format(
        credential=credential, what=what, hours=counted.missing.describe()
    )
