"""A corpus of CE certificates in varied layouts, with the fields each one should read as.

Used by the reader's accuracy test (tests/exchange/certificates) and by ``make bench``.
``CORPUS`` is made of every layout crossed with several courses: statement of credit,
landscape award, transcript table, state-law course without a UAN, CEUs only, hours in
words, several dates on the page, live and home study, pharmacist (P) and JA UANs.
``benchmarks/certificate_render.py`` draws them as text PDFs, scans, PNGs and photos.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Course:
    """The truth about one certificate: what a perfect reader returns."""

    title: str
    provider: str
    date: dt.date
    hours: Decimal
    uan: str | None
    participant: str
    eprofile_id: str | None


@dataclass(frozen=True)
class Text:
    """One piece of text on the page: position as fractions of the page, size in points."""

    text: str
    x: float
    y: float
    points: float = 12
    bold: bool = False
    centred: bool = False


@dataclass(frozen=True)
class Certificate:
    """A certificate to draw: its name, orientation, what is written on it, and the truth."""

    name: str
    layout: str
    landscape: bool
    texts: tuple[Text, ...]
    truth: Course


def _long(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _us(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def _before(day: dt.date, days: int) -> dt.date:
    return day - dt.timedelta(days=days)


def statement(c: Course) -> tuple[bool, list[Text]]:
    """A portrait statement of credit with labels and release/expiration dates."""
    rows = [
        ("Participant:", c.participant),
        ("NABP e-Profile ID:", c.eprofile_id or "not provided"),
        ("Activity Title:", c.title),
        ("Provider:", c.provider),
        ("ACPE UAN:", c.uan or "none"),
        ("Contact Hours:", f"{c.hours}"),
        ("Date Completed:", _us(c.date)),
        ("Release Date:", _us(_before(c.date, 200))),
        ("Expiration Date:", _us(_before(c.date, -900))),
    ]
    texts = [Text("Statement of Credit", 0.5, 0.1, 22, True, True)]
    for row, (label, value) in enumerate(rows):
        texts.append(Text(label, 0.1, 0.22 + row * 0.055, 12, True))
        texts.append(Text(value, 0.38, 0.22 + row * 0.055, 12))
    return False, texts


def award(c: Course) -> tuple[bool, list[Text]]:
    """A landscape award: name and title large and centred, the rest in sentences."""
    texts = [
        Text("Certificate of Completion", 0.5, 0.12, 28, True, True),
        Text("This certifies that", 0.5, 0.25, 14, False, True),
        Text(c.participant, 0.5, 0.33, 24, True, True),
        Text("has successfully completed", 0.5, 0.42, 14, False, True),
        Text(c.title, 0.5, 0.5, 18, True, True),
        Text(f"on {_long(c.date)} for {c.hours} contact hours", 0.5, 0.59, 14, False, True),
    ]
    if c.uan:
        texts.append(Text(f"UAN {c.uan}", 0.5, 0.67, 12, False, True))
    if c.eprofile_id:
        texts.append(Text(f"NABP e-Profile ID {c.eprofile_id}", 0.5, 0.73, 12, False, True))
    texts.append(
        Text(
            f"{c.provider} is accredited by the Accreditation Council for Pharmacy Education",
            0.5,
            0.84,
            10,
            False,
            True,
        )
    )
    texts.append(
        Text("as a provider of continuing pharmacy education.", 0.5, 0.88, 10, False, True)
    )
    return True, texts


def transcript(c: Course) -> tuple[bool, list[Text]]:
    """A transcript: a header, the learner, then a table with one course row."""
    texts = [
        Text(f"{c.provider}", 0.08, 0.08, 16, True),
        Text("CE Transcript", 0.08, 0.13, 14),
        Text(f"Learner: {c.participant}", 0.08, 0.2, 11),
        Text(f"ePID: {c.eprofile_id}" if c.eprofile_id else "ePID:", 0.6, 0.2, 11),
        Text(f"Printed on {_us(_before(c.date, -30))}", 0.6, 0.25, 9),
    ]
    columns = (("Activity Title", 0.08), ("UAN", 0.5), ("Date Completed", 0.75), ("Hours", 0.9))
    texts += [Text(name, x, 0.33, 10, True) for name, x in columns]
    values = (c.title, c.uan or "", _us(c.date), f"{c.hours}")
    texts += [Text(v, x, 0.37, 9) for v, (_, x) in zip(values, columns, strict=True) if v]
    return False, texts


def state_law(c: Course) -> tuple[bool, list[Text]]:
    """A board-approved state-law course: no UAN, hours and a course number."""
    texts = [
        Text("Certificate of Attendance", 0.5, 0.1, 22, True, True),
        Text(f"Awarded to: {c.participant}", 0.1, 0.22, 13),
        Text(f"Course: {c.title}", 0.1, 0.29, 13),
        Text(f"Offered by: {c.provider}", 0.1, 0.36, 13),
        Text("Board-approved course no. 2024-117 (not ACPE accredited)", 0.1, 0.43, 11),
        Text(f"Credit: {c.hours} hour(s) of state law", 0.1, 0.5, 13),
        Text(f"Date attended: {_long(c.date)}", 0.1, 0.57, 13),
    ]
    return False, texts


def ceus(c: Course) -> tuple[bool, list[Text]]:
    """Credit given in CEUs only (0.1 CEU = 1 contact hour)."""
    ceu = (c.hours / 10).normalize()
    texts = [
        Text("Continuing Education Certificate", 0.5, 0.1, 20, True, True),
        Text(f"Name: {c.participant}", 0.1, 0.22, 12),
        Text(f"Program: {c.title}", 0.1, 0.28, 12),
        Text(f"Provided by {c.provider}", 0.1, 0.34, 12),
        Text(f"Credit awarded: {ceu} CEU", 0.1, 0.40, 12),
        Text(f"Program number {c.uan}" if c.uan else "Program number: n/a", 0.1, 0.46, 12),
        Text(f"Completion date: {c.date.isoformat()}", 0.1, 0.52, 12),
    ]
    if c.eprofile_id:
        texts.append(Text(f"e-Profile ID: {c.eprofile_id}", 0.1, 0.58, 12))
    return False, texts


_WORDS = {
    Decimal("1"): "one",
    Decimal("1.5"): "one and a half",
    Decimal("2"): "two",
    Decimal("2.5"): "two and a half",
    Decimal("3"): "three",
    Decimal("4"): "four",
    Decimal("0.5"): "one-half",
    Decimal("1.25"): "one and one-quarter",
}


def words(c: Course) -> tuple[bool, list[Text]]:
    """Hours written in words, in a sentence."""
    texts = [
        Text("Certificate of Participation", 0.5, 0.1, 22, True, True),
        Text(f"Presented to {c.participant}", 0.5, 0.2, 16, False, True),
        Text("for participation in the activity", 0.5, 0.28, 12, False, True),
        Text(f"\u201c{c.title}\u201d", 0.5, 0.34, 15, True, True),
        Text(f"approved for {_WORDS[c.hours]} contact hours", 0.5, 0.41, 12, False, True),
        Text(f"Date of participation: {_long(c.date)}", 0.5, 0.47, 12, False, True),
        Text(f"Provided by {c.provider}", 0.5, 0.53, 12, False, True),
    ]
    if c.uan:
        texts.append(Text(f"ACPE UAN: {c.uan}", 0.5, 0.59, 12, False, True))
    if c.eprofile_id:
        texts.append(Text(f"NABP e-Profile ID: {c.eprofile_id}", 0.5, 0.65, 12, False, True))
    return False, texts


def dated(c: Course) -> tuple[bool, list[Text]]:
    """Many dates: release, review, expiration, completion and printing (landscape)."""
    texts = [
        Text("Statement of Continuing Pharmacy Education Credit", 0.5, 0.1, 20, True, True),
        Text(f"Participant Name: {c.participant}", 0.08, 0.22, 12),
        Text(f"e-Profile: {c.eprofile_id}" if c.eprofile_id else "", 0.6, 0.22, 12),
        Text(f"Activity Title: {c.title}", 0.08, 0.3, 12),
        Text(f"Provided by: {c.provider}", 0.08, 0.37, 12),
        Text(f"Initial release date: {_long(_before(c.date, 365))}", 0.08, 0.45, 11),
        Text(f"Reviewed: {_long(_before(c.date, 120))}", 0.08, 0.5, 11),
        Text(f"Expiration date: {_long(_before(c.date, -700))}", 0.08, 0.55, 11),
        Text(f"Date of completion: {_long(c.date)}", 0.08, 0.62, 12, True),
        Text(f"UAN: {c.uan}   Contact hours: {c.hours}", 0.08, 0.7, 12),
        Text(f"Printed {_us(_before(c.date, -3))}", 0.08, 0.85, 9),
    ]
    return True, [t for t in texts if t.text]


def _line(text: str, y: float, points: float = 12) -> Text:
    """A centred line of plain text."""
    return Text(text, 0.5, y, points, False, True)


def live(c: Course) -> tuple[bool, list[Text]]:
    """A live event in capitals and sentences: hours and CEUs together, an issue date."""
    ceu = (c.hours / 10).normalize()
    eprofile = f" (NABP e-Profile # {c.eprofile_id})" if c.eprofile_id else ""
    texts = [
        Text("CERTIFICATE OF ATTENDANCE", 0.5, 0.1, 24, True, True),
        Text(c.provider, 0.5, 0.18, 14, False, True),
        _line(f"certifies that {c.participant}{eprofile} attended the live activity", 0.3),
        Text(c.title, 0.5, 0.38, 17, True, True),
        _line(f"held {c.date.day} {c.date:%B} {c.date.year} in Austin, Texas", 0.46),
        _line(f"Credit: {c.hours} contact hour(s) ({ceu} CEU)", 0.53),
        _line(f"ACPE Universal Activity Number: {c.uan}" if c.uan else "", 0.6, 11),
        _line(f"Date issued: {_us(_before(c.date, -14))}", 0.8, 10),
    ]
    return True, [t for t in texts if t.text]


LAYOUTS: dict[str, Callable[[Course], tuple[bool, list[Text]]]] = {
    "statement": statement,
    "award": award,
    "transcript": transcript,
    "state-law": state_law,
    "ceus": ceus,
    "words": words,
    "dates": dated,
    "live": live,
}

_PEOPLE = (
    ("Ana Ruiz", "4012345"),
    ("Marcus Bell", "1187734"),
    ("Priya Natarajan", "2290017"),
    ("John O'Neill", None),
    ("Mei-Ling Chen", "3378812"),
    ("Darnell Washington", "5503218"),
)
_COURSES = (
    (
        "Medication Errors in the Community Pharmacy",
        "Pharmacy Tech Academy",
        "0290-0000-26-041-H05-T",
    ),
    (
        "Immunization Update for Technicians",
        "Gulf Coast Health-System Pharmacists",
        "0182-0000-25-118-L06-T",
    ),
    (
        "Sterile Compounding: USP 797 Refresher",
        "Compounding Learning Center",
        "JA4008162-0000-26-012-H07-T",
    ),
    ("Opioid Stewardship and Naloxone", "Midwest Pharmacy Education", "0204-0000-26-102-H08-P"),
    ("Federal Pharmacy Law Review", "Pharmacy Tech Academy", "0290-0000-25-077-H03-T"),
    ("Diabetes Care Essentials", "Northeast College of Pharmacy", "0011-9999-26-005-L01-T"),
    ("Human Trafficking Awareness for Pharmacy Staff", "Texas State Pharmacy Board Courses", None),
)
_HOURS = (Decimal("1"), Decimal("1.5"), Decimal("2"), Decimal("2.5"), Decimal("3"), Decimal("0.5"))
_START = dt.date(2025, 2, 3)


def _course(index: int, layout: str) -> Course:
    title, provider, uan = _COURSES[index % len(_COURSES)]
    person, eprofile = _PEOPLE[index % len(_PEOPLE)]
    hours = _HOURS[(index * 5) % len(_HOURS)]
    if layout == "state-law":
        uan, eprofile = None, None
        title = (
            "Texas Pharmacy Law for Technicians",
            "Florida Laws and Rules",
            "Ohio Jurisprudence",
        )[index % 3]
    return Course(
        title=title,
        provider=provider,
        date=_START + dt.timedelta(days=19 * index + 5 * (index % 4)),
        hours=hours,
        uan=uan,
        participant=person,
        eprofile_id=eprofile,
    )


def build_corpus(per_layout: int = 4) -> tuple[Certificate, ...]:
    """Every layout crossed with ``per_layout`` courses (8 layouts x 4 = 32 certificates)."""
    out: list[Certificate] = []
    for number, (layout, draw) in enumerate(LAYOUTS.items()):
        for offset in range(per_layout):
            course = _course(number * per_layout + offset, layout)
            landscape, texts = draw(course)
            name = f"{layout}-{offset + 1}"
            out.append(Certificate(name, layout, landscape, tuple(texts), course))
    return tuple(out)


CORPUS = build_corpus()


def _same_words(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b

    def key(text: str) -> str:
        return " ".join(text.replace("\u2019", "'").casefold().split()).strip(
            " .,;:\"'\u201c\u201d"
        )

    return key(a) == key(b)


def field_results(reading: object, truth: Course) -> dict[str, bool]:
    """For each field of a reading (a ``CertificateReading``): is it what the certificate says?"""
    read = {
        key: getattr(reading, key)
        for key in ("title", "provider", "date", "hours", "uan", "participant", "eprofile_id")
    }
    return {
        "title": _same_words(read["title"], truth.title),
        "provider": _same_words(read["provider"], truth.provider),
        "date": read["date"] == truth.date,
        "hours": read["hours"] == truth.hours,
        "uan": read["uan"] == truth.uan,
        "participant": _same_words(read["participant"], truth.participant),
        "eprofile_id": read["eprofile_id"] == truth.eprofile_id,
    }


def silently_wrong(reading: object, truth: Course) -> list[str]:
    """The date, hours or UAN read as a wrong value without being marked unsure."""
    results = field_results(reading, truth)
    unsure = reading.unsure  # type: ignore[attr-defined]
    return [
        key
        for key in ("date", "hours", "uan")
        if not results[key] and getattr(reading, key) is not None and key not in unsure
    ]
