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
#: A lower-case line after a title that is a sentence going on, not the title's second line.
_NOT_TITLE_END = re.compile(
    r"^(?:held|on|for|presented|approved|awarded|in|at|with|by|date|dated|completed)\b|\d", re.I
)
#: "<Provider> / certifies that <Name> attended": the line above is who certifies.
_CERTIFIES = re.compile(r"^certifies\s+that\b")
_TRANSCRIPT = re.compile(r"^(?:CE|CPE|continuing\s+education|learner|activity)?\s*transcript", re.I)
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
        value = _clean(next(iter(_cells(line)), ""))
        if value and len(value) <= _MAX_VALUE and not _NOT_VALUE.search(value):
            return value
    return None


def _labelled(lines: list[str], pattern: re.Pattern[str]) -> list[str]:
    """Values after a label: in the label's cell, the next cell, or the line below."""
    found: list[str] = []
    for index, line in enumerate(lines):
        parts = list(_cells(line))
        for position, part in enumerate(parts):
            if not (m := pattern.match(part)):
                continue
            rest = m.group(1)
            if not _clean(rest) and position + 1 < len(parts):
                rest = parts[position + 1]
            if value := _value_after(lines, index, rest):
                found.append(value)
    return found


def _cells(line: str) -> Iterable[str]:
    """The cells of a line (the line itself when it is one cell)."""
    parts = [p.strip() for p in re.split(r" {3,}|\|", line) if p.strip()]
    yield from parts or [line.strip()]


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
    if following and following[0].islower() and not _NOT_TITLE_END.search(following):
        return f"{value} {following}"
    return value


def find_provider(lines: list[str]) -> tuple[str | None, bool]:
    """The provider; sure when labelled or named in the ACPE accreditation statement."""
    labelled = _labelled(lines, _PROVIDER_LABELS)
    labelled += [
        _clean(lines[i - 1])
        for i in range(1, len(lines))
        if _CERTIFIES.match(lines[i]) and not _NOT_VALUE.search(lines[i - 1])
    ]
    for line in lines:
        for part in _cells(line):
            if m := _PROVIDER_ACCREDITED.search(part):
                labelled.append(_clean(m.group(1)))
    labelled = [v for v in labelled if v and not _NOT_VALUE.search(v)]
    if not labelled:
        return _letterhead(lines), False
    return labelled[0], len({v.lower() for v in labelled}) == 1


def _letterhead(lines: list[str]) -> str | None:
    """The name above a transcript's heading ("Midwest Pharmacy Education / CE Transcript")."""
    for index, line in enumerate(lines[1:6], start=1):
        if _TRANSCRIPT.match(line):
            value = _clean(next(iter(_cells(lines[index - 1])), ""))
            return value if value and not _NOT_VALUE.search(value) else None
    return None


_NAME_ENDS = re.compile(
    r"\s*(?:\(|,|\bhas\b|\battended\b|\bcompleted\b|\bparticipated\b|\bfor\b).*$"
)


def find_participant(lines: list[str]) -> tuple[str | None, bool]:
    """The participant's name, from a label or the line after "This certifies that"."""
    found = (_NAME_ENDS.sub("", value) for value in _labelled(lines, _NAME_LABELS))
    names = [v for v in found if _looks_like_name(v)]
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
