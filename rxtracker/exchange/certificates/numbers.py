"""The UAN, the completion date and the contact hours on a certificate's lines.

Each finder returns ``(value, sure)``: a certificate carries several dates (release,
expiration, completion) and several numbers (credits, CEUs, program numbers), and when
the words around them do not settle which is meant, the value is returned as not sure.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from rxtracker.domain import InvalidInput, parse_uan

_UAN = re.compile(
    r"(?<![0-9])(JA\s*\d{7}|\d{4})[\s\-–—.]*(\d{4})[\s\-–—.]*(\d{2})[\s\-–—.]*(\d{3})"
    r"[\s\-–—.]*([LHB])\s*(\d{2})[\s\-–—.]*([PT])(?![0-9])",
    re.IGNORECASE,
)


#: OCR reads the J of a joint-accreditation UAN as a bar or an I; put back, but not sure.
_JA_MISREAD = re.compile(r"(?<![A-Z])[|Il1!]A(?=\s*\d{7}[\s\-–—.])")


def find_uan(text: str) -> tuple[str | None, bool]:
    """The UAN in its dashed form; not sure when two different UANs appear or a J was guessed."""
    text, guessed = _JA_MISREAD.subn("JA", text)
    found: list[str] = []
    for match in _UAN.finditer(text):
        provider, joint, year, seq, letter, topic, audience = match.groups()
        dashed = "-".join(
            (provider.replace(" ", ""), joint, year, seq, letter + topic, audience)
        ).upper()
        try:
            uan = parse_uan(dashed).text
        except InvalidInput:
            continue
        if uan not in found:
            found.append(uan)
    if not found:
        return None, True
    return found[0], len(found) == 1 and not guessed


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june", "lun", "lune", "iun", "iune"),
            ("jul", "july", "lul", "luly", "iul", "iuly"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|[jli]une?|[jli]uly?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DATES = (
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+(\d{{4}})\b", re.I), "mdy"),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I),
        "dmy",
    ),
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "iso"),
    (re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"), "us"),
)

#: Words that make a date the completion date.
_DONE = re.compile(
    r"complet|earned|attended|participat|awarded|date of (?:activity|event|course)|"
    r"activity date|session date|date taken|finished|passed|statement date|date:?\s*$|"
    r"\bheld\b|took place|\bon\s*$",
    re.I,
)
#: Words that make a date anything but the completion date.
_OTHER = re.compile(
    r"releas|expir|valid (?:until|through|thru)|through|termination|end date|"
    r"printed|generated|born|birth|accredit|updated|review|issued|good through|offered",
    re.I,
)


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str) -> list[tuple[int, dt.date]]:
    """(position, date) of every date written in ``text``."""
    out: list[tuple[int, dt.date]] = []
    taken: list[range] = []
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            if any(m.start() in span for span in taken):
                continue
            g = m.groups()
            if order == "mdy":
                day = _make(int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1]))
            elif order == "dmy":
                day = _make(int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0]))
            elif order == "iso":
                day = _make(int(g[0]), int(g[1]), int(g[2]))
            else:
                day = _make(int(g[2]), int(g[0]), int(g[1]))
            if day is not None:
                out.append((m.start(), day))
                taken.append(range(m.start(), m.end()))
    return sorted(out, key=lambda item: item[0])


def _label(lines: list[str], index: int, position: int) -> str:
    """The words that say what a date is: before it on its line, else the line above."""
    before = lines[index][:position]
    words = re.sub(r"[\d/.,-]+\s*$", "", before).strip()
    if re.search(r"[A-Za-z]{3,}", words):
        return words[-60:]
    return lines[index - 1][-60:] if index > 0 else ""


def find_date(lines: list[str]) -> tuple[dt.date | None, bool]:
    """The completion date; not sure when the words do not single one out."""
    done: list[dt.date] = []
    plain: list[dt.date] = []
    every: list[dt.date] = []
    for index, line in enumerate(lines):
        for position, day in dates_in(line):
            every.append(day)
            label = _label(lines, index, position)
            last = re.split(r"[|;]| {3,}", label)[-1] if label else ""
            if _DONE.search(last) and not _OTHER.search(last):
                done.append(day)
            elif not _OTHER.search(last):
                plain.append(day)
    if len(set(done)) == 1:
        return done[0], True
    if done:
        return done[0], False
    if len(set(every)) == 1:
        return every[0], True
    if plain:
        return plain[0], False
    return None, True


_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_HALF = r"(?:\s+and\s+(?:a\s+|one[\s-])?half|\s+and\s+one[\s-]quarter|\s+and\s+three[\s-]quarters?)"
_WORD_NUMBER = r"(?:" + "|".join(_NUMBER_WORDS) + r"|one[\s-]half|half)"
_UNIT = r"(?:contact\s+hours?|contact\s+hrs?|credit\s+hours?|hours?|hrs?\.?)"
_HOURS = re.compile(rf"(?<![\d.])(\d{{1,2}}(?:\.\d{{1,2}})?)\s*(?:\([^)]*\)\s*)?{_UNIT}", re.I)
_HOURS_LABEL = re.compile(
    rf"{_UNIT}(?:\s+(?:awarded|earned|credit))?\s*[:=]?\s*(\d{{1,2}}(?:\.\d{{1,2}})?)(?![\d./-])",
    re.I,
)
_CEU = re.compile(r"(?<![\d.])(\d?\.\d{1,3}|\d)\s*(?:ACPE\s+)?CEUs?\b", re.I)
_CEU_LABEL = re.compile(
    r"\bCEUs?(?:\s+awarded|\s+earned)?\s*[:=]?\s*(\d?\.\d{1,3}|\d)(?![\d./-])", re.I
)
_HOURS_WORDS = re.compile(rf"\b({_WORD_NUMBER})({_HALF})?\s*(?:\([^)]*\)\s*)?{_UNIT}", re.I)


def _words_value(number: str, half: str | None) -> Decimal:
    word = number.lower().replace("-", " ")
    value = Decimal("0.5") if "half" in word else Decimal(_NUMBER_WORDS[word])
    if half:
        extra = half.lower()
        value += (
            Decimal("0.75")
            if "three" in extra
            else Decimal("0.25")
            if "quarter" in extra
            else Decimal("0.5")
        )
    return value


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if Decimal(0) < value <= Decimal(100) else None


def find_hours(text: str) -> tuple[Decimal | None, bool]:
    """Contact hours, from hours or CEUs (0.1 CEU = 1 hour); not sure when they disagree."""
    hours: list[Decimal] = []
    for pattern in (_HOURS, _HOURS_LABEL):
        hours += [v for m in pattern.finditer(text) if (v := _decimal(m.group(1))) is not None]
    hours += [_words_value(m.group(1), m.group(2)) for m in _HOURS_WORDS.finditer(text)]
    ceus = [
        v * 10 for p in (_CEU, _CEU_LABEL) for m in p.finditer(text) if (v := _decimal(m.group(1)))
    ]
    values = set(hours) | set(ceus)
    if not values:
        return None, True
    if len(values) == 1:
        return values.pop().normalize() + 0, True
    best = (hours or ceus)[0]
    return best.normalize() + 0, False
