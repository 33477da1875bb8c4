"""The words on a certificate: title, provider, participant and NABP e-Profile ID.

A field is taken from the line after a label ("Activity title:", "Provided by") or from the
line after a phrase ("has successfully completed"); what the reader is left to guess is
returned as not sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Values are at most this long; a longer "value" is a paragraph, not a field.
_MAX_VALUE = 160

_TITLE_LABELS = re.compile(
    r"^(?:activity\s+title|course\s+title|program\s+title|title\s+of\s+(?:activity|program|course)|"
    r"title|course|program|activity(?:\s+name)?|session|topic)\s*[:#-]\s*(.*)$",
    re.I,
)
_TITLE_AFTER = re.compile(
    r"(?:successfully\s+)?(?:completed|completing|participated\s+in|participation\s+in|attended|"
    r"for\s+(?:successful\s+)?completion\s+of|in\s+recognition\s+of\s+completing)"
    r"(?:\s+the)?(?:\s+(?:home[\s-]study|live|knowledge-based|continuing\s+(?:pharmacy\s+)?education|"
    r"CE|CPE|application-based))*(?:\s+(?:activity|course|program|session|webinar|module))?"
    r"(?:\s+(?:entitled|titled))?\s*[:,]?\s*(.*)$",
    re.I,
)
_PROVIDER_LABELS = re.compile(
    r"^(?:accredited\s+provider|ce\s+provider|provider(?:\s+name)?|provided\s+by|presented\s+by|"
    r"sponsored\s+by|offered\s+by|issued\s+by|organization)\s*[:#-]?\s*(.*)$",
    re.I,
)
_PROVIDER_ACCREDITED = re.compile(
    r"^(.{3,120}?)\s+is\s+accredited\s+by\s+the\s+Accreditation\s+Council", re.I
)
_NAME_LABELS = re.compile(
    r"^(?:participant(?:\s+name)?|learner(?:\s+name)?|attendee|name|awarded\s+to|presented\s+to|"
    r"issued\s+to|this\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that|certifies\s+that|recipient)"
    r"\s*[:#-]?\s*(.*)$",
    re.I,
)
_EPROFILE = re.compile(
    r"(?:e-?\s?profile|ePID|NABP)(?:\s+(?:e-?profile))?(?:\s+(?:ID|number|no\.?|#))*\s*[:#]?\s*"
    r"([0-9OoIl]{6,7})(?![0-9])",
    re.I,
)
#: Lines that are never a title, a provider or a name.
_NOT_VALUE = re.compile(
    r"certificate|statement of credit|^credit|has\s+(?:successfully\s+)?completed|"
    r"contact\s+hours?|\bCEUs?\b|\bUAN\b|accreditation council|e-?profile|^date|^for\s|^in\s",
    re.I,
)


def _clean(text: str) -> str:
    """A value without quotes, trailing punctuation or runs of spaces."""
    text = " ".join(text.split()).strip(" \t:;,-–—")
    text = text.strip("\"'“”‘’")
    return text.strip(" .,;:")


def _value_after(lines: list[str], index: int, rest: str) -> str | None:
    """The text after a label: the rest of its line, else the next line that is a value."""
    if (value := _clean(rest)) and len(value) <= _MAX_VALUE:
        return value
    for line in lines[index + 1 : index + 3]:
        value = _clean(line)
        if value and len(value) <= _MAX_VALUE and not _NOT_VALUE.search(value):
            return value
    return None


def _labelled(lines: list[str], pattern: re.Pattern[str]) -> list[str]:
    found: list[str] = []
    for index, line in enumerate(lines):
        for part in _cells(line):
            if (m := pattern.match(part)) and (value := _value_after(lines, index, m.group(1))):
                found.append(value)
    return found


def _cells(line: str) -> Iterable[str]:
    """A line, then its cells when it is a row of a table (cells apart by 3 spaces or |)."""
    yield line.strip()
    parts = [p.strip() for p in re.split(r"\s{3,}|\|", line) if p.strip()]
    if len(parts) > 1:
        yield from parts


def find_title(lines: list[str]) -> tuple[str | None, bool]:
    """The activity's title; not sure when found only by its place on the page."""
    labelled = [v for v in _labelled(lines, _TITLE_LABELS) if not _NOT_VALUE.search(v)]
    if labelled:
        return labelled[0], len(set(labelled)) == 1
    for index, line in enumerate(lines):
        if (m := _TITLE_AFTER.search(line)) and (value := _value_after(lines, index, m.group(1))):
            return _title_lines(lines, index, value), True
    return None, True


def _title_lines(lines: list[str], index: int, value: str) -> str:
    """A title that a layout broke over two lines, joined again."""
    if _clean(lines[index]).endswith(value) or index + 2 >= len(lines):
        return value
    at = next((i for i in range(index + 1, index + 3) if _clean(lines[i]) == value), None)
    if at is None or at + 1 >= len(lines):
        return value
    following = _clean(lines[at + 1])
    if following and following[0].islower() and not _NOT_VALUE.search(following):
        return f"{value} {following}"
    return value


def find_provider(lines: list[str]) -> tuple[str | None, bool]:
    """The provider; sure when labelled or named in the ACPE accreditation statement."""
    labelled = _labelled(lines, _PROVIDER_LABELS)
    joined = " ".join(lines)
    if m := _PROVIDER_ACCREDITED.search(re.split(r"(?<=[.!?])\s+", joined)[-1] or ""):
        labelled.append(_clean(m.group(1)))
    for sentence in re.split(r"(?<=[.!?])\s+", joined):
        if m := _PROVIDER_ACCREDITED.search(sentence):
            labelled.append(_clean(m.group(1)))
    labelled = [v for v in labelled if v and not _NOT_VALUE.search(v)]
    if not labelled:
        return None, True
    return labelled[0], len({v.lower() for v in labelled}) == 1


def find_participant(lines: list[str]) -> tuple[str | None, bool]:
    """The participant's name, from a label or the line after "This certifies that"."""
    names = [v for v in _labelled(lines, _NAME_LABELS) if _looks_like_name(v)]
    if not names:
        return None, True
    return names[0], len(set(names)) == 1


def _looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 2 <= len(words) <= 5 and not any(ch.isdigit() for ch in text)


def find_eprofile(text: str) -> tuple[str | None, bool]:
    """The NABP e-Profile ID (6 or 7 digits after its label)."""
    found = []
    for m in _EPROFILE.finditer(text):
        raw = m.group(1)
        digits = raw.translate(str.maketrans("OoIl", "0011"))
        if digits not in found:
            found.append(digits)
    if not found:
        return None, True
    return found[0], len(found) == 1
