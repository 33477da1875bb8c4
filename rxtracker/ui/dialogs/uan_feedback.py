"""What a typed UAN says, in words, while it is being typed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rxtracker.domain import InvalidInput, Uan, parse_uan
from rxtracker.domain.uan import EXAMPLE, normalise
from rxtracker.i18n import translate
from rxtracker.ui.common import AUDIENCE_WORDS, FORMAT_WORDS, topic_text


class UanState(StrEnum):
    """How far along a typed UAN is."""

    EMPTY = "empty"
    TYPING = "typing"
    VALID = "valid"
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class UanFeedback:
    """The state of the UAN field and the sentence shown under it."""

    state: UanState
    message: str
    uan: Uan | None = None


def uan_feedback(text: str) -> UanFeedback:
    """Read a UAN as typed: nothing yet, still typing, valid (with its parts), or wrong."""
    clean = normalise(text)
    if not clean:
        return UanFeedback(
            UanState.EMPTY,
            translate(
                "uan_feedback",
                "Optional. Paste the ACPE number from the certificate to fill the details.",
            ),
        )
    try:
        uan = parse_uan(clean)
    except InvalidInput as exc:
        parts = clean.split("-")
        if len(parts) < 6 and not clean.endswith("--"):
            return UanFeedback(
                UanState.TYPING,
                translate("uan_feedback", "Keep typing: a UAN has 6 parts, like {example}.").format(
                    example=EXAMPLE
                ),
            )
        return UanFeedback(UanState.WRONG, _sentence(exc.problem))
    fmt = translate("common", FORMAT_WORDS[uan.format])  # marked in ui.common
    if uan.format_letter not in "LH":
        fmt = translate(
            "uan_feedback", "Format letter {letter} is not one ACPE defines (counted as not live)"
        ).format(letter=uan.format_letter)
    audience = translate("common", AUDIENCE_WORDS[uan.audience]).lower()
    message = translate("uan_feedback", "{format} · {topic} · for {audience}").format(
        format=fmt, topic=topic_text(uan.topic), audience=audience
    )
    return UanFeedback(UanState.VALID, message, uan)


def _sentence(problem: str) -> str:
    text = problem[0].upper() + problem[1:]
    return text if text.endswith(".") else text + "."
