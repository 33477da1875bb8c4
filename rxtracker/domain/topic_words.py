"""Plain words for the ACPE topic designators, shown in tables and searched in the CE log."""

from __future__ import annotations

from rxtracker.domain.uan import TOPIC_NAMES

#: Plain words for the ACPE topic designators (the number alone means nothing to most people).
TOPIC_WORDS: dict[str, str] = {
    "01": "Medicines and disease states",
    "02": "HIV/AIDS therapy",
    "03": "Pharmacy law",
    "04": "General pharmacy",
    "05": "Patient safety",
    "06": "Immunizations",
    "07": "Compounding",
    "08": "Pain management",
    "99": "Other topics (name not confirmed by ACPE)",
}


def topic_text(code: str | None) -> str:
    """'Pharmacy law (topic 03)', or '' when there is no topic."""
    if not code:
        return ""
    words = TOPIC_WORDS.get(code) or TOPIC_NAMES.get(code)
    return f"{words} (topic {code})" if words else f"Topic {code} (not a topic we know)"
