"""Plain words for the ACPE topic designators, shown in tables and searched in the CE log."""

from __future__ import annotations

from rxtracker.domain.uan import TOPIC_NAMES
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: Plain words for the ACPE topic designators (the number alone means nothing to most people),
#: translated where shown (``topic_text``; ``translate("topic_words", TOPIC_WORDS[code])``).
TOPIC_WORDS: dict[str, str] = {
    "01": QT_TRANSLATE_NOOP("topic_words", "Medicines and disease states"),
    "02": QT_TRANSLATE_NOOP("topic_words", "HIV/AIDS therapy"),
    "03": QT_TRANSLATE_NOOP("topic_words", "Pharmacy law"),
    "04": QT_TRANSLATE_NOOP("topic_words", "General pharmacy"),
    "05": QT_TRANSLATE_NOOP("topic_words", "Patient safety"),
    "06": QT_TRANSLATE_NOOP("topic_words", "Immunizations"),
    "07": QT_TRANSLATE_NOOP("topic_words", "Compounding"),
    "08": QT_TRANSLATE_NOOP("topic_words", "Pain management"),
    "99": QT_TRANSLATE_NOOP("topic_words", "Other topics (name not confirmed by ACPE)"),
}


def topic_text(code: str | None) -> str:
    """'Pharmacy law (topic 03)', or '' when there is no topic."""
    if not code:
        return ""
    if code in TOPIC_WORDS:
        words = translate("topic_words", TOPIC_WORDS[code])
    elif code in TOPIC_NAMES:
        words = translate("uan", TOPIC_NAMES[code])
    else:
        return translate("topic_words", "Topic {code} (not a topic we know)").format(code=code)
    return translate("topic_words", "{words} (topic {code})").format(words=words, code=code)
