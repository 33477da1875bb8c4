"""ACPE Universal Activity Number (UAN) parsing.

Format (acpe-accredit.org/universal-activity-numbers; rules-reference section 5.1):
``NNNN-NNNN-YY-NNN-XNN-A``: provider id (4 digits, or ``JA`` + 7 digits for jointly accredited
providers), joint provider (0000 = none), 2-digit year, 3-digit sequence, format letter
(L live, H home study) with a 2-digit topic designator, and audience (P pharmacist,
T technician).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rxtracker.domain.cpn import certificate_program
from rxtracker.domain.enums import Audience, Format
from rxtracker.domain.errors import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: Topic designator names (rules-reference section 5.2). 99 is seen in public parsers only.
TOPIC_NAMES: dict[str, str] = {
    "01": QT_TRANSLATE_NOOP("uan", "Disease State Management/Drug Therapy"),
    "02": QT_TRANSLATE_NOOP("uan", "HIV/AIDS Therapy"),
    "03": QT_TRANSLATE_NOOP("uan", "Law"),
    "04": QT_TRANSLATE_NOOP("uan", "General Pharmacy/Pharmacy Administration"),
    "05": QT_TRANSLATE_NOOP("uan", "Patient Safety"),
    "06": QT_TRANSLATE_NOOP("uan", "Immunizations"),
    "07": QT_TRANSLATE_NOOP("uan", "Compounding"),
    "08": QT_TRANSLATE_NOOP("uan", "Pain Management"),
    "99": QT_TRANSLATE_NOOP("uan", "Additional Topic Areas"),
}

#: Topic codes whose name is not confirmed by an ACPE source (rules-reference section 9.8).
UNCONFIRMED_TOPICS = frozenset({"99"})

_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "_": "-",
    }
)

_SEGMENTS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        QT_TRANSLATE_NOOP("uan", "provider ID"),
        re.compile(r"\d{4}|JA\d{7}"),
        QT_TRANSLATE_NOOP("uan", "4 digits, or JA and 7 digits"),
    ),
    (
        QT_TRANSLATE_NOOP("uan", "joint-provider code"),
        re.compile(r"\d{4}"),
        QT_TRANSLATE_NOOP("uan", "4 digits, such as 0000"),
    ),
    (
        QT_TRANSLATE_NOOP("uan", "year"),
        re.compile(r"\d{2}"),
        QT_TRANSLATE_NOOP("uan", "2 digits, such as 24"),
    ),
    (
        QT_TRANSLATE_NOOP("uan", "sequence number"),
        re.compile(r"\d{3}"),
        QT_TRANSLATE_NOOP("uan", "3 digits, such as 001"),
    ),
    (
        QT_TRANSLATE_NOOP("uan", "format and topic"),
        re.compile(r"[A-Z]\d{2}"),
        QT_TRANSLATE_NOOP("uan", "a letter and 2 digits, such as H03"),
    ),
    (
        QT_TRANSLATE_NOOP("uan", "audience"),
        re.compile(r"[PT]"),
        QT_TRANSLATE_NOOP("uan", "P (pharmacist) or T (technician)"),
    ),
)

EXAMPLE = "0123-0000-24-001-H03-T"


@dataclass(frozen=True, slots=True)
class Uan:
    """A parsed UAN. ``text`` is the normalised form (upper case, ASCII hyphens)."""

    text: str
    provider: str
    joint_provider: str
    year: str
    sequence: str
    format_letter: str
    topic: str
    audience: Audience

    @property
    def format(self) -> Format:
        """Live or home study; any other letter is unknown (never treated as live)."""
        return {"L": Format.LIVE, "H": Format.HOME}.get(self.format_letter, Format.UNKNOWN)

    @property
    def jointly_provided(self) -> bool:
        """True when a joint provider is named (anything but 0000)."""
        return self.joint_provider != "0000"

    @property
    def topic_name(self) -> str | None:
        """The topic designator's name, or None for a code with no known name."""
        return TOPIC_NAMES.get(self.topic)

    def __str__(self) -> str:
        return self.text


#: Words people paste in front of a UAN: "UAN:", "ACPE #", "ACPE UAN", "UAN No.".
_LABEL = re.compile(r"(?:\s*(?:ACPE|UAN|UNIVERSAL\s+ACTIVITY\s+(?:NUMBER|NO\.?)|NUMBER|NO\.|#|:))+")
_AROUND_DASH = re.compile(r"\s*-\s*")
#: A whole UAN written without any separator, e.g. 020400002610 2H03T once spaces go.
_COMPACT = re.compile(r"(\d{4}|JA\d{7})(\d{4})(\d{2})(\d{3})([A-Z]\d{2})([PT])")


def normalise(text: str) -> str:
    """A UAN as people paste it, in its canonical form.

    Upper case; any dash, and spaces between the parts, become '-'; a label in front
    ("UAN:", "ACPE #", "ACPE UAN") goes; a whole UAN written without dashes gets them.
    Text that is not (yet) a whole UAN keeps its parts, so a wrong part can be named.
    """
    clean = text.translate(_DASHES).upper().strip()
    label = _LABEL.match(clean)
    if label is not None:
        clean = clean[label.end() :].strip()
    clean = "-".join(_AROUND_DASH.sub("-", clean).split())
    compact = _COMPACT.fullmatch(clean.replace("-", ""))
    return "-".join(compact.groups()) if compact is not None else clean


def parse_uan(text: str) -> Uan:
    """Parse a UAN typed or pasted by a user.

    Raises:
        InvalidInput: field "UAN", naming the segment that is wrong.
    """
    clean = normalise(text)
    if not clean:
        raise InvalidInput("UAN", translate("uan", "is empty"))
    if (program := certificate_program(clean)) is not None:
        raise InvalidInput("UAN", program.explanation())
    parts = clean.split("-")
    if len(parts) != len(_SEGMENTS):
        problem = translate(
            "uan", "{text} has {count} part(s) separated by dashes; a UAN has 6, like {example}"
        )
        raise InvalidInput(
            "UAN", problem.format(text=repr(clean), count=len(parts), example=EXAMPLE)
        )
    for index, (part, (name, pattern, expected)) in enumerate(zip(parts, _SEGMENTS, strict=True)):
        if not pattern.fullmatch(part):
            shown = repr(part) if part else repr(translate("uan", "(empty)"))
            problem = translate("uan", "part {number} ({name}) is {shown}; expected {expected}")
            raise InvalidInput(
                "UAN",
                problem.format(
                    number=index + 1,
                    name=translate("uan", name),
                    shown=shown,
                    expected=translate("uan", expected),
                ),
            )
    provider, joint, year, seq, fmt_topic, audience = parts
    return Uan(
        text=clean,
        provider=provider,
        joint_provider=joint,
        year=year,
        sequence=seq,
        format_letter=fmt_topic[0],
        topic=fmt_topic[1:],
        audience=Audience(audience),
    )


def topic_label(code: str) -> str:
    """'03 Law' or '42 (unnamed topic)' for display."""
    name = TOPIC_NAMES.get(code)
    if name is None:
        return translate("uan", "{code} (topic not named by ACPE sources we know)").format(
            code=code
        )
    words = translate("uan", name)
    if code in UNCONFIRMED_TOPICS:
        unconfirmed = translate("uan", "{code} {name} (name not confirmed by ACPE)")
        return unconfirmed.format(code=code, name=words)
    return f"{code} {words}"
